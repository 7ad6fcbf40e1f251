import { defineOperation, deletedResult } from '../lib/operation';
import { DELETE_OUTPUT_FIELDS, resourceIdField, resourceTypeField, resourceTypeOf } from '../lib/calendar-resources';

export default defineOperation({
  key: 'delete_calendar_resource',
  kind: 'create',
  noun: 'Calendar Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a room or piece of equipment.',
  endpoint: { method: 'DELETE', path: '/calendars/resources/{resourceType}/{id}' },
  ack: true,
  scopes: ['calendars/resources.write'],
  inputFields: [resourceTypeField, resourceIdField],
  request: (input) => ({ path: { resourceType: resourceTypeOf(input) } }),
  result: deletedResult('id'),
  sample: { id: 'Q9oPp1yK3w7rS8tU2vXz', deleted: true, success: true },
  outputFields: DELETE_OUTPUT_FIELDS('Resource ID', { key: 'success', label: 'Success', type: 'boolean' }),
});
