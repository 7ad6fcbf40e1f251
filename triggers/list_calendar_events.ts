import { defineOperation } from '../lib/operation';
import { EVENT_OUTPUT_FIELDS, EVENT_SAMPLE, eventsFields, eventsWindow } from '../domains/calendars';

export default defineOperation({
  key: 'list_calendar_events',
  kind: 'trigger',
  noun: 'Event',
  label: 'List Calendar Events',
  description: 'Triggers when an appointment is booked for a calendar, a user or a calendar group in a window.',
  endpoint: { method: 'GET', path: '/calendars/events' },
  scopes: ['calendars/events.readonly'],
  location: 'query',
  inputFields: eventsFields('appointments'),
  request: eventsWindow,
  list: { key: 'events', sortBy: 'dateAdded' },
  sample: EVENT_SAMPLE,
  outputFields: EVENT_OUTPUT_FIELDS,
});
