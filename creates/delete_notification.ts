import { defineOperation, deletedResult } from '../lib/operation';
import { DELETE_OUTPUT_FIELDS, calendarIdField, notificationIdField } from '../lib/calendar-resources';

export default defineOperation({
  key: 'delete_notification',
  kind: 'create',
  noun: 'Calendar Notification',
  label: 'Delete Notification',
  description: 'Deletes a calendar notification.',
  endpoint: { method: 'DELETE', path: '/calendars/{calendarId}/notifications/{notificationId}' },
  ack: true,
  scopes: ['calendars/events.write'],
  inputFields: [calendarIdField({ altersDynamicFields: true }), notificationIdField],
  result: deletedResult('notificationId'),
  sample: { id: '66c5ea6f2a1f5c3b9f1d2e4a', deleted: true, message: 'Notification deleted successfully' },
  outputFields: DELETE_OUTPUT_FIELDS('Notification ID', { key: 'message', label: 'Message' }),
});
