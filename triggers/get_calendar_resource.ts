import { defineOperation } from '../lib/operation';
import {
  RESOURCE_OUTPUT_FIELDS,
  RESOURCE_SAMPLE,
  resourceIdField,
  resourceResult,
  resourceTypeField,
  resourceTypeOf,
} from '../lib/calendar-resources';

export default defineOperation({
  key: 'get_calendar_resource',
  kind: 'trigger',
  noun: 'Calendar Resource',
  label: 'Get Calendar Resource',
  description: 'Triggers when the chosen room or piece of equipment is changed (fires once for each new version of it).',
  endpoint: { method: 'GET', path: '/calendars/resources/{resourceType}/{id}' },
  scopes: ['calendars/resources.readonly'],
  inputFields: [resourceTypeField, resourceIdField],
  request: (input) => ({ path: { resourceType: resourceTypeOf(input) } }),
  result: (data, input) => resourceResult(data, input.id),
  // No update time in the record: a content hash tells versions apart.
  sample: RESOURCE_SAMPLE,
  outputFields: RESOURCE_OUTPUT_FIELDS,
});
