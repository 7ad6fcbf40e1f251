import { defineInstant } from '../lib/instant';
import { appointmentEventsFields } from '../domains/calendars';
import { appointmentMatches, appointmentRecord, checkCalendarOrUser, exampleOf } from '../domains/webhooks';
import twin from './new_appointment';

/** New Appointment, from GoHighLevel's AppointmentCreate webhook: New Appointment's item and id (one per booking). */
export default defineInstant({
  key: 'new_appointment_instant',
  label: 'New Appointment (Instant)',
  description: 'Triggers when an appointment is booked on a calendar or for a user.',
  counterpart: twin,
  events: ['AppointmentCreate'],
  inputFields: appointmentEventsFields('appointments'),
  check: checkCalendarOrUser,
  record: appointmentRecord,
  matches: appointmentMatches,
  about: 'Fires once for each appointment booked (AppointmentCreate) on the chosen calendar or for the chosen user.',
  example: () => exampleOf('AppointmentCreate'),
});
