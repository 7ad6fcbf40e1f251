import { defineOperation } from '../lib/operation';
import {
  RESOURCE_INPUTS,
  RESOURCE_OUTPUT_FIELDS,
  RESOURCE_SAMPLE,
  resourceBody,
  resourceResult,
  resourceTypeField,
  resourceTypeOf,
} from '../lib/calendar-resources';

export default defineOperation({
  key: 'create_calendar_resource',
  kind: 'create',
  noun: 'Calendar Resource',
  label: 'Create Calendar Resource',
  description: 'Creates a room or piece of equipment that service calendars can book.',
  endpoint: { method: 'POST', path: '/calendars/resources/{resourceType}' },
  scopes: ['calendars/resources.write'],
  location: 'body',
  inputFields: [resourceTypeField, ...RESOURCE_INPUTS('create')],
  request: (input) => ({ path: { resourceType: resourceTypeOf(input) }, body: resourceBody(input, 'create') }),
  result: (data) => resourceResult(data),
  sample: RESOURCE_SAMPLE,
  outputFields: RESOURCE_OUTPUT_FIELDS,
});
