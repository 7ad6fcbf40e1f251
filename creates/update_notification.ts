import { defineOperation } from '../lib/operation';
import {
  NOTIFICATION_INPUTS,
  NOTIFICATION_UPDATE_OUTPUT_FIELDS,
  NOTIFICATION_UPDATE_SAMPLE,
  calendarIdField,
  notificationBody,
  notificationIdField,
} from '../lib/calendar-resources';

export default defineOperation({
  key: 'update_notification',
  kind: 'create',
  noun: 'Calendar Notification',
  label: 'Update Notification',
  description: "Updates a calendar notification's settings. Only the fields you fill in are changed.",
  endpoint: { method: 'PUT', path: '/calendars/{calendarId}/notifications/{notificationId}' },
  ack: true,
  scopes: ['calendars/events.write'],
  inputFields: [calendarIdField({ altersDynamicFields: true }), notificationIdField, ...NOTIFICATION_INPUTS('update')],
  request: (input) => ({ body: notificationBody(input, 'update') }),
  // GHL answers only `{message}`: the ids of the notification changed are added.
  result: (data, input) => ({
    ...(data && typeof data === 'object' ? data : {}),
    id: input.notificationId,
    calendarId: input.calendarId,
  }),
  sample: NOTIFICATION_UPDATE_SAMPLE,
  outputFields: NOTIFICATION_UPDATE_OUTPUT_FIELDS,
});
