import { eventPicker } from '../domains/calendars';

/** Appointments of the last 30 and the next 90 days, upcoming first: of the step's calendar, else of each calendar. */
export default eventPicker('dropdown_appointments', 'Appointment', '/calendars/events', 'Appointment');
