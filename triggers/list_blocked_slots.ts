import { defineOperation } from '../lib/operation';
import { eventsFields, eventsWindow } from '../domains/calendars';

export default defineOperation({
  key: 'list_blocked_slots',
  kind: 'trigger',
  noun: 'Blocked Slot',
  label: 'List Blocked Slots',
  description: 'Triggers when time is blocked off for a calendar, a user or a calendar group in a time window.',
  endpoint: { method: 'GET', path: '/calendars/blocked-slots' },
  scopes: ['calendars/events.readonly'],
  location: 'query',
  inputFields: eventsFields('blocked slots'),
  request: eventsWindow,
  list: { key: 'events', sortBy: 'dateAdded' },
  // A blocked slot as GET /calendars/blocked-slots lists it.
  sample: {
    id: 'Wd2wuCAZQzh2cH1fVZYl',
    title: 'Lunch break',
    calendarId: 'BqTwX8QFwXzpegMve9EQ',
    locationId: 've9EPM428h8vShlRW1KT',
    assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
    startTime: '2026-07-16T13:00:00+05:30',
    endTime: '2026-07-16T14:00:00+05:30',
    dateAdded: '2026-07-10T09:12:00+05:30',
    dateUpdated: '2026-07-10T09:12:00+05:30',
  },
  outputFields: [
    { key: 'id', label: 'Blocked Slot ID' },
    { key: 'title', label: 'Title' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'locationId', label: 'Sub-Account ID' },
    { key: 'assignedUserId', label: 'Assigned User ID' },
    { key: 'startTime', label: 'Start Time', type: 'datetime' },
    { key: 'endTime', label: 'End Time', type: 'datetime' },
    { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
    { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
  ],
});
