import { defineOperation } from '../lib/operation';
import {
  APPOINTMENT_ID,
  APPOINTMENT_NOTE_FIELDS,
  APPOINTMENT_NOTE_OUTPUT_FIELDS,
  APPOINTMENT_NOTE_SAMPLE,
} from '../domains/calendar-resources';

export default defineOperation({
  key: 'create_appointment_note',
  kind: 'create',
  noun: 'Appointment Note',
  label: 'Create Appointment Note',
  description: 'Adds a note to an appointment.',
  endpoint: { method: 'POST', path: '/calendars/appointments/{appointmentId}/notes' },
  scopes: ['calendars/events.write'],
  inputFields: [APPOINTMENT_ID, ...APPOINTMENT_NOTE_FIELDS],
  result: 'note',
  sample: APPOINTMENT_NOTE_SAMPLE,
  outputFields: APPOINTMENT_NOTE_OUTPUT_FIELDS,
});
