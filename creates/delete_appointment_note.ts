import { defineOperation, deletedResult } from '../lib/operation';
import { DELETE_OUTPUT_FIELDS, appointmentIdField, appointmentNoteIdField } from '../lib/calendar-resources';

export default defineOperation({
  key: 'delete_appointment_note',
  kind: 'create',
  noun: 'Appointment Note',
  label: 'Delete Appointment Note',
  description: "Deletes an appointment's note.",
  endpoint: { method: 'DELETE', path: '/calendars/appointments/{appointmentId}/notes/{noteId}' },
  ack: true,
  scopes: ['calendars/events.write'],
  inputFields: [appointmentIdField, appointmentNoteIdField],
  result: deletedResult('noteId'),
  sample: { id: 'HGPcayliwcdoUFzvbTok', deleted: true, success: true },
  outputFields: DELETE_OUTPUT_FIELDS('Note ID', { key: 'success', label: 'Success', type: 'boolean' }),
});
