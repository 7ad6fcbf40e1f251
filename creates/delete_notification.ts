import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { NOTIFICATIONS_CALENDAR_ID } from '../domains/calendars';
import { NOTIFICATION_ID } from '../domains/calendar-resources';

export default defineOperation({
  key: 'delete_notification',
  kind: 'create',
  noun: 'Notification',
  label: 'Delete Notification',
  description: 'Deletes a calendar notification.',
  endpoint: { method: 'DELETE', path: '/calendars/{calendarId}/notifications/{notificationId}' },
  ...deletion('notificationId', 'Notification ID', { id: '66c5ea6f2a1f5c3b9f1d2e4a', deleted: true, message: 'Notification deleted successfully' }, { deletes: 'the calendar notification' }),
  scopes: ['calendars/events.write'],
  inputFields: [NOTIFICATIONS_CALENDAR_ID, NOTIFICATION_ID],
});
