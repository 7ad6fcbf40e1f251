import { defineOperation } from '../lib/operation';
import {
  RESOURCE_INPUTS,
  RESOURCE_OUTPUT_FIELDS,
  RESOURCE_SAMPLE,
  resourceBody,
  resourceIdField,
  resourceResult,
  resourceTypeField,
  resourceTypeOf,
} from '../lib/calendar-resources';

export default defineOperation({
  key: 'update_calendar_resource',
  kind: 'create',
  noun: 'Calendar Resource',
  label: 'Update Calendar Resource',
  description: 'Updates a room or piece of equipment. Only the fields you fill in are changed.',
  endpoint: { method: 'PUT', path: '/calendars/resources/{resourceType}/{id}' },
  scopes: ['calendars/resources.write'],
  // The body's locationId is optional in the spec; sending it keeps the update inside this sub-account.
  location: 'body',
  inputFields: [resourceTypeField, resourceIdField, ...RESOURCE_INPUTS('update')],
  request: (input) => ({ path: { resourceType: resourceTypeOf(input) }, body: resourceBody(input, 'update') }),
  result: (data, input) => resourceResult(data, input.id),
  sample: RESOURCE_SAMPLE,
  outputFields: RESOURCE_OUTPUT_FIELDS,
});
