import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { GROUP_ID } from '../domains/calendars';

export default defineOperation({
  key: 'delete_calendar_group',
  kind: 'create',
  noun: 'Calendar Group',
  label: 'Delete Calendar Group',
  description: 'Deletes a calendar group.',
  endpoint: { method: 'DELETE', path: '/calendars/groups/{groupId}' },
  ...deletion('groupId', 'Calendar Group ID', { id: 'ocQHyuzHvysMo5N5VsXc', deleted: true, success: true }, { deletes: 'the calendar group' }),
  scopes: ['calendars/groups.write'],
  inputFields: [GROUP_ID],
});
