import { defineOperation } from '../lib/operation';
import { BLOCKED_SLOT_EVENT_OUTPUT_FIELDS, BLOCKED_SLOT_EVENT_SAMPLE, eventsInputs, eventsQuery } from '../lib/calendars';

export default defineOperation({
  key: 'list_blocked_slots',
  kind: 'trigger',
  noun: 'Blocked Slot',
  label: 'List Blocked Slots',
  description:
    'Triggers when new time is blocked off in a time window (by default 7 days ago to 30 days ahead) for a calendar, a user or a calendar group.',
  endpoint: { method: 'GET', path: '/calendars/blocked-slots' },
  scopes: ['calendars/events.readonly'],
  location: 'query',
  inputFields: eventsInputs('blocked slots'),
  request: (input, ctx) => ({ query: eventsQuery(input, ctx) }),
  list: { key: 'events', sortBy: 'dateAdded' },
  sample: BLOCKED_SLOT_EVENT_SAMPLE,
  outputFields: BLOCKED_SLOT_EVENT_OUTPUT_FIELDS,
});
