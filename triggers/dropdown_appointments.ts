import { defineDropdown } from '../lib/dropdown';
import { acrossCalendars, eventLabel, pickerWindow, soonestFirst } from '../domains/calendars';

/**
 * Appointments of the last 30 and the next 90 days, upcoming first: of the calendar the step names, else of
 * each of the sub-account's calendars (GHL lists events only per calendar, user or group, in a window).
 */
export default defineDropdown({
  key: 'dropdown_appointments',
  noun: 'Appointment',
  endpoint: { method: 'GET', path: '/calendars/events' },
  scopes: ['calendars/events.readonly', 'calendars.readonly'],
  location: 'query',
  inputs: [{ key: 'calendarId', label: 'Calendar', helpText: 'The calendar the step names, if any.' }],
  request: pickerWindow,
  send: acrossCalendars,
  extraRequests: "the sub-account's calendars, and one listing per calendar (at most 20), when the step names no calendar",
  listKey: soonestFirst,
  labelKey: 'label',
  label: (e) => eventLabel(e, 'Appointment'),
});
