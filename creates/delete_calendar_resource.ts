import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { RESOURCE_ID, RESOURCE_TYPE } from '../domains/calendar-resources';

export default defineOperation({
  key: 'delete_calendar_resource',
  kind: 'create',
  noun: 'Calendar Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a room or piece of equipment.',
  endpoint: { method: 'DELETE', path: '/calendars/resources/{resourceType}/{id}' },
  ...deletion('id', 'Resource ID', { id: 'Q9oPp1yK3w7rS8tU2vXz', deleted: true, success: true }, { deletes: 'the room or piece of equipment' }),
  scopes: ['calendars/resources.write'],
  inputFields: [RESOURCE_TYPE, RESOURCE_ID],
});
