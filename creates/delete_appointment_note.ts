import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { APPOINTMENT_ID, APPOINTMENT_NOTE_ID } from '../domains/calendar-resources';

export default defineOperation({
  key: 'delete_appointment_note',
  kind: 'create',
  noun: 'Appointment Note',
  label: 'Delete Appointment Note',
  description: "Deletes an appointment's note.",
  endpoint: { method: 'DELETE', path: '/calendars/appointments/{appointmentId}/notes/{noteId}' },
  ...deletion('noteId', 'Note ID', { id: 'HGPcayliwcdoUFzvbTok', deleted: true, success: true }, { deletes: 'the appointment note' }),
  scopes: ['calendars/events.write'],
  inputFields: [APPOINTMENT_ID, APPOINTMENT_NOTE_ID],
});
