import { defineOperation } from '../lib/operation';
import { NOTIFICATIONS_CALENDAR_ID } from '../domains/calendars';
import { NOTIFICATION_ID, notificationChange, notificationFields } from '../domains/calendar-resources';

const inputFields = [NOTIFICATIONS_CALENDAR_ID, NOTIFICATION_ID, ...notificationFields('update')];

export default defineOperation({
  key: 'update_notification',
  kind: 'create',
  noun: 'Notification',
  label: 'Update Notification',
  description: "Updates a calendar notification's settings, changing only the fields you fill in.",
  endpoint: { method: 'PUT', path: '/calendars/{calendarId}/notifications/{notificationId}' },
  ack: true,
  scopes: ['calendars/events.write'],
  inputFields,
  request: async (input, ctx) => ({ body: await notificationChange(inputFields, input, ctx) }),
  // GHL answers only `{message}`: the ids of the notification changed are added.
  result: (data, input) => ({
    ...(data && typeof data === 'object' ? data : {}),
    id: input.notificationId,
    calendarId: input.calendarId,
  }),
  sample: {
    id: '66c5ea6f2a1f5c3b9f1d2e4a',
    calendarId: 'ocQHyuzHvysMo5N5VsXc',
    message: 'Notification updated successfully',
  },
  outputFields: [
    { key: 'id', label: 'Notification ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'message', label: 'Message' },
  ],
});
