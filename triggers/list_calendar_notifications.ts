import { defineOperation } from '../lib/operation';
import { CALENDAR_ID } from '../domains/calendars';
import { NOTIFICATION_OUTPUT_FIELDS, NOTIFICATION_SAMPLE } from '../domains/calendar-resources';

export default defineOperation({
  key: 'list_calendar_notifications',
  kind: 'trigger',
  noun: 'Calendar Notification',
  label: 'List Calendar Notifications',
  description: 'Triggers when a notification (confirmation, reminder, follow-up…) is added to the chosen calendar.',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/notifications' },
  scopes: ['calendars/events.readonly'],
  inputFields: [
    CALENDAR_ID,
    { key: 'isActive', label: 'Active', type: 'boolean', helpText: 'Yes: only active notifications; no: only inactive ones; empty: both.', to: 'query' },
    {
      key: 'deleted',
      label: 'Deleted',
      type: 'boolean',
      helpText: 'Yes: only deleted notifications; no: only current ones; empty: as GoHighLevel defaults.',
      to: 'query',
    },
  ],
  // The answer is the array itself; items carry `_id`, which the engine uses as the id.
  list: { key: null, paging: { style: 'limit/skip', size: 100 } },
  sample: NOTIFICATION_SAMPLE,
  outputFields: NOTIFICATION_OUTPUT_FIELDS,
});
