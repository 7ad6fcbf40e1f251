import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import {
  NOTIFICATION_INPUTS,
  NOTIFICATION_OUTPUT_FIELDS,
  NOTIFICATION_SAMPLE,
  calendarIdField,
  notificationBody,
  notificationResult,
} from '../lib/calendar-resources';

export default defineOperation({
  key: 'create_calendar_notification',
  kind: 'create',
  noun: 'Calendar Notification',
  label: 'Create Calendar Notification',
  description: 'Creates a notification (confirmation, reminder, follow-up…) on a calendar.',
  endpoint: { method: 'POST', path: '/calendars/{calendarId}/notifications' },
  scopes: ['calendars/events.write'],
  inputFields: [calendarIdField(), ...NOTIFICATION_INPUTS('create')],
  // GHL takes a JSON array of notifications and answers with an array: this step sends one and returns it.
  request: (input) => ({ body: [notificationBody(input, 'create')] }),
  result: (data) => notificationResult(recordAt(Array.isArray(data) ? data[0] : data)),
  sample: NOTIFICATION_SAMPLE,
  outputFields: NOTIFICATION_OUTPUT_FIELDS,
});
