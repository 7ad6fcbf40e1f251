import { defineOperation } from '../lib/operation';
import { toList } from '../lib/transforms';
import { RESOURCE_OUTPUT_FIELDS, RESOURCE_SAMPLE, RESOURCE_TYPE, resourceFields, withId } from '../domains/calendar-resources';

export default defineOperation({
  key: 'create_calendar_resource',
  kind: 'create',
  noun: 'Calendar Resource',
  label: 'Create Calendar Resource',
  description: 'Creates a room or piece of equipment that service calendars can book.',
  endpoint: { method: 'POST', path: '/calendars/resources/{resourceType}' },
  scopes: ['calendars/resources.write'],
  location: 'body',
  inputFields: [RESOURCE_TYPE, ...resourceFields('create')],
  // CreateCalendarResourceDTO requires `calendarIds`: no calendars is sent as an empty list.
  request: (input) => (toList(input.calendarIds).length ? {} : { body: { calendarIds: [] } }),
  result: (data) => withId(data),
  sample: RESOURCE_SAMPLE,
  outputFields: RESOURCE_OUTPUT_FIELDS,
});
