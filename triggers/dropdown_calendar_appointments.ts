import { defineDropdown } from '../lib/dropdown';
import { InputError } from '../lib/http';
import { isBlank } from '../lib/transforms';
import { APPOINTMENT_PICKER_CALENDAR, APPOINTMENT_PICKER_WINDOW, appointmentLabel } from '../domains/calendars';

/**
 * The appointments of the calendar chosen in the same step (its `calendarId` input), from 30 days ago to a
 * year ahead, labelled "Title — start time" (GET /calendars/events needs a calendar and a window).
 */
export default defineDropdown({
  key: 'dropdown_calendar_appointments',
  noun: 'Appointment',
  endpoint: { method: 'GET', path: '/calendars/events' },
  scopes: ['calendars/events.readonly'],
  location: 'query',
  inputs: [APPOINTMENT_PICKER_CALENDAR],
  request: (input) => {
    if (isBlank(input.calendarId)) {
      throw new InputError('Choose a Calendar first to list its appointments, or map an Appointment ID.', 'calendarId');
    }
    const now = Date.now();
    return {
      query: {
        calendarId: String(input.calendarId).trim(),
        startTime: String(now - APPOINTMENT_PICKER_WINDOW.back),
        endTime: String(now + APPOINTMENT_PICKER_WINDOW.ahead),
      },
    };
  },
  listKey: 'events',
  label: appointmentLabel,
});
