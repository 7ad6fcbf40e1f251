import { defineOperation, deletedResult } from '../lib/operation';
import { calendarGroupIdField, deletedOutputFields } from '../lib/calendars';

export default defineOperation({
  key: 'delete_calendar_group',
  kind: 'create',
  noun: 'Calendar Group',
  label: 'Delete Calendar Group',
  description: 'Deletes a calendar group.',
  endpoint: { method: 'DELETE', path: '/calendars/groups/{groupId}' },
  ack: true,
  scopes: ['calendars/groups.write'],
  inputFields: [calendarGroupIdField()],
  result: deletedResult('groupId'),
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', deleted: true, success: true },
  outputFields: deletedOutputFields('Calendar Group ID', 'success'),
});
