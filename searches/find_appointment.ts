import { defineOperation } from '../lib/operation';
import { recordAt } from '../lib/results';
import { withZonedTimes } from '../domains/events';
import { APPOINTMENT_ID, APPOINTMENT_PICKER_CALENDAR, EVENT_OUTPUT_FIELDS, FOUND_APPOINTMENT_SAMPLE } from '../domains/calendars';

/** The appointment with this id; nothing found (`[]`) when GoHighLevel answers 404. */
export default defineOperation({
  key: 'find_appointment',
  kind: 'search',
  noun: 'Appointment',
  label: 'Find Appointment',
  description: 'Finds an appointment by its ID.',
  endpoint: { method: 'GET', path: '/calendars/events/appointments/{eventId}' },
  scopes: ['calendars/events.readonly'],
  // The Calendar only feeds the Appointment dropdown; the request is the appointment's id alone.
  inputFields: [APPOINTMENT_PICKER_CALENDAR, APPOINTMENT_ID],
  result: (data) => withZonedTimes(recordAt(data, 'event'), ['startTime', 'endTime', 'dateAdded', 'dateUpdated']),
  sample: FOUND_APPOINTMENT_SAMPLE,
  outputFields: EVENT_OUTPUT_FIELDS,
});
