import { defineOperation } from '../lib/operation';
import {
  APPOINTMENT_ID,
  APPOINTMENT_NOTE_FIELDS,
  APPOINTMENT_NOTE_ID,
  APPOINTMENT_NOTE_OUTPUT_FIELDS,
  APPOINTMENT_NOTE_SAMPLE,
} from '../domains/calendar-resources';

export default defineOperation({
  key: 'update_appointment_note',
  kind: 'create',
  noun: 'Appointment Note',
  label: 'Update Appointment Note',
  description: "Updates an appointment's note: replaces its text (and author, if given).",
  endpoint: { method: 'PUT', path: '/calendars/appointments/{appointmentId}/notes/{noteId}' },
  scopes: ['calendars/events.write'],
  // GHL's NotesDTO requires the note text on update too.
  inputFields: [APPOINTMENT_ID, APPOINTMENT_NOTE_ID, ...APPOINTMENT_NOTE_FIELDS],
  result: 'note',
  sample: APPOINTMENT_NOTE_SAMPLE,
  outputFields: APPOINTMENT_NOTE_OUTPUT_FIELDS,
});
