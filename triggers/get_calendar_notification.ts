import { defineOperation } from '../lib/operation';
import { NOTIFICATIONS_CALENDAR_ID } from '../domains/calendars';
import { NOTIFICATION_ID, NOTIFICATION_OUTPUT_FIELDS, NOTIFICATION_SAMPLE, withId } from '../domains/calendar-resources';

export default defineOperation({
  key: 'get_calendar_notification',
  kind: 'trigger',
  noun: 'Calendar Notification',
  label: 'Get Calendar Notification',
  description: 'Triggers when the chosen calendar notification is changed (fires once for each new version of it).',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/notifications/{notificationId}' },
  scopes: ['calendars/events.readonly'],
  inputFields: [NOTIFICATIONS_CALENDAR_ID, NOTIFICATION_ID],
  // GHL names the id `_id`.
  result: (data, input) => withId(data, input.notificationId),
  // No update time in the record: a content hash tells versions apart.
  sample: NOTIFICATION_SAMPLE,
  outputFields: NOTIFICATION_OUTPUT_FIELDS,
});
