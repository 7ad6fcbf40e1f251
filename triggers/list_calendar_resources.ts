import { defineOperation } from '../lib/operation';
import { RESOURCE_OUTPUT_FIELDS, RESOURCE_SAMPLE, RESOURCE_TYPE } from '../domains/calendar-resources';

export default defineOperation({
  key: 'list_calendar_resources',
  kind: 'trigger',
  noun: 'Calendar Resource',
  label: 'List Calendar Resources',
  description: 'Triggers when a room or piece of equipment is added to the sub-account.',
  endpoint: { method: 'GET', path: '/calendars/resources/{resourceType}' },
  scopes: ['calendars/resources.readonly'],
  location: 'query',
  inputFields: [RESOURCE_TYPE],
  list: { key: null, paging: { style: 'limit/skip', size: 100 } },
  sample: RESOURCE_SAMPLE,
  outputFields: RESOURCE_OUTPUT_FIELDS,
});
