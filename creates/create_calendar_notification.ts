import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { CALENDAR_ID } from '../domains/calendars';
import {
  NOTIFICATION_OUTPUT_FIELDS,
  NOTIFICATION_SAMPLE,
  notificationFields,
  notificationOf,
  withId,
} from '../domains/calendar-resources';

const inputFields = [CALENDAR_ID, ...notificationFields('create')];

export default defineOperation({
  key: 'create_calendar_notification',
  kind: 'create',
  noun: 'Calendar Notification',
  label: 'Create Calendar Notification',
  description: 'Creates a notification (confirmation, reminder, follow-up…) on a calendar.',
  endpoint: { method: 'POST', path: '/calendars/{calendarId}/notifications' },
  scopes: ['calendars/events.write'],
  inputFields,
  // GHL takes a JSON array of notifications and answers with an array: this step sends one and returns it.
  request: async (input, ctx) => ({ body: [await notificationOf(inputFields, input, ctx)] }),
  result: (data) => withId(recordAt(Array.isArray(data) ? data[0] : data)),
  sample: NOTIFICATION_SAMPLE,
  outputFields: NOTIFICATION_OUTPUT_FIELDS,
});
