import { defineDropdown } from '../lib/dropdown';
import { acrossCalendars, eventLabel, pickerWindow, soonestFirst } from '../domains/calendars';

/** Blocked slots of the last 30 and the next 90 days, upcoming first: of the step's calendar, else of each calendar. */
export default defineDropdown({
  key: 'dropdown_blocked_slots',
  noun: 'Blocked Slot',
  endpoint: { method: 'GET', path: '/calendars/blocked-slots' },
  scopes: ['calendars/events.readonly', 'calendars.readonly'],
  location: 'query',
  inputs: [{ key: 'calendarId', label: 'Calendar', helpText: 'The calendar the step names, if any.' }],
  request: pickerWindow,
  send: acrossCalendars,
  extraRequests: "the sub-account's calendars, and one listing per calendar (at most 20), when the step names no calendar",
  listKey: soonestFirst,
  labelKey: 'label',
  label: (e) => eventLabel(e, 'Blocked slot'),
});
