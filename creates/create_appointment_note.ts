import { defineOperation } from '../lib/operation';
import {
  APPOINTMENT_NOTE_INPUTS,
  APPOINTMENT_NOTE_OUTPUT_FIELDS,
  APPOINTMENT_NOTE_SAMPLE,
  appointmentIdField,
  appointmentNoteBody,
} from '../lib/calendar-resources';

export default defineOperation({
  key: 'create_appointment_note',
  kind: 'create',
  noun: 'Appointment Note',
  label: 'Create Appointment Note',
  description: 'Adds a note to an appointment.',
  endpoint: { method: 'POST', path: '/calendars/appointments/{appointmentId}/notes' },
  scopes: ['calendars/events.write'],
  inputFields: [appointmentIdField, ...APPOINTMENT_NOTE_INPUTS(true)],
  request: (input) => ({ body: appointmentNoteBody(input) }),
  result: 'note',
  sample: APPOINTMENT_NOTE_SAMPLE,
  outputFields: APPOINTMENT_NOTE_OUTPUT_FIELDS,
});
