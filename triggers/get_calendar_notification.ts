import { defineOperation } from '../lib/operation';
import {
  NOTIFICATION_OUTPUT_FIELDS,
  NOTIFICATION_SAMPLE,
  calendarIdField,
  notificationIdField,
  notificationResult,
} from '../lib/calendar-resources';

export default defineOperation({
  key: 'get_calendar_notification',
  kind: 'trigger',
  noun: 'Calendar Notification',
  label: 'Get Calendar Notification',
  description: 'Triggers when the chosen calendar notification is changed (fires once for each new version of it).',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/notifications/{notificationId}' },
  scopes: ['calendars/events.readonly'],
  inputFields: [calendarIdField({ altersDynamicFields: true }), notificationIdField],
  result: (data, input) => notificationResult(data, input.notificationId),
  // No update time in the record: a content hash tells versions apart.
  sample: NOTIFICATION_SAMPLE,
  outputFields: NOTIFICATION_OUTPUT_FIELDS,
});
