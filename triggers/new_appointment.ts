import { defineOperation } from '../lib/operation';
import {
  APPOINTMENT_EVENT_OUTPUT_FIELDS,
  APPOINTMENT_EVENT_SAMPLE,
  appointmentEvent,
  appointmentEventsFields,
  appointmentEventsRequest,
  eventsOf,
  onePerBooking,
} from '../domains/calendars';

/**
 * Fires once per appointment, when it is booked, however far ahead: one request for the appointments of the
 * calendar (or user) starting from 30 days ago to 5 years ahead, newest first by `dateAdded` (when it was
 * booked); the event's id is the appointment's id (a recurring booking's series id).
 */
export default defineOperation({
  key: 'new_appointment',
  kind: 'trigger',
  noun: 'Appointment',
  label: 'New Appointment',
  description: 'Triggers when an appointment is booked on a calendar or for a user.',
  endpoint: { method: 'GET', path: '/calendars/events' },
  scopes: ['calendars/events.readonly'],
  location: 'query',
  inputFields: [
    ...appointmentEventsFields('appointments'),
    {
      key: 'about',
      label: 'How it fires',
      type: 'copy',
      helpText:
        'Fires once for each appointment booked, however far ahead it is scheduled (up to 5 years), and once for a ' +
        'recurring series. An appointment moved here from another calendar or user counts as new here.',
    },
  ],
  request: (input) => appointmentEventsRequest(input),
  list: {
    key: (data) => onePerBooking(eventsOf(data)),
    sortBy: 'dateAdded',
    each: appointmentEvent,
    idOf: (a) => a.appointmentId,
  },
  sample: APPOINTMENT_EVENT_SAMPLE,
  outputFields: APPOINTMENT_EVENT_OUTPUT_FIELDS,
});
