import { defineOperation } from '../lib/operation';
import { RESOURCE_ID, RESOURCE_OUTPUT_FIELDS, RESOURCE_SAMPLE, RESOURCE_TYPE, withId } from '../domains/calendar-resources';

export default defineOperation({
  key: 'get_calendar_resource',
  kind: 'trigger',
  noun: 'Calendar Resource',
  label: 'Get Calendar Resource',
  description: 'Triggers when the chosen room or piece of equipment changes (once per new version).',
  endpoint: { method: 'GET', path: '/calendars/resources/{resourceType}/{id}' },
  scopes: ['calendars/resources.readonly'],
  inputFields: [RESOURCE_TYPE, RESOURCE_ID],
  // GHL's record with an `id`: its own, `_id`, or the id asked for.
  result: (data, input) => withId(data, input.id),
  // No update time in the record: a content hash tells versions apart.
  sample: RESOURCE_SAMPLE,
  outputFields: RESOURCE_OUTPUT_FIELDS,
});
