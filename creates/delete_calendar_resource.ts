import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { resourceIdField, resourceTypeField, resourceTypeOf } from '../lib/calendar-resources';

export default defineOperation({
  key: 'delete_calendar_resource',
  kind: 'create',
  noun: 'Calendar Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a room or piece of equipment.',
  endpoint: { method: 'DELETE', path: '/calendars/resources/{resourceType}/{id}' },
  ...deletion('id', 'Resource ID', { id: 'Q9oPp1yK3w7rS8tU2vXz', deleted: true, success: true }),
  scopes: ['calendars/resources.write'],
  inputFields: [resourceTypeField, resourceIdField],
  request: (input) => ({ path: { resourceType: resourceTypeOf(input) } }),
});
