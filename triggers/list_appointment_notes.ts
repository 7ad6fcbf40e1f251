import { defineOperation } from '../lib/operation';
import { APPOINTMENT_ID, APPOINTMENT_NOTE_OUTPUT_FIELDS, APPOINTMENT_NOTE_SAMPLE } from '../domains/calendar-resources';

export default defineOperation({
  key: 'list_appointment_notes',
  kind: 'trigger',
  noun: 'Appointment Note',
  label: 'List Appointment Notes',
  description: 'Triggers when a note is added to the chosen appointment.',
  endpoint: { method: 'GET', path: '/calendars/appointments/{appointmentId}/notes' },
  scopes: ['calendars/events.readonly'],
  inputFields: [APPOINTMENT_ID],
  // GHL takes at most 20 notes per page (limit ≤ 20, offset).
  list: { key: 'notes', paging: { style: 'limit/offset', size: 20 }, sortBy: 'dateAdded' },
  sample: APPOINTMENT_NOTE_SAMPLE,
  outputFields: APPOINTMENT_NOTE_OUTPUT_FIELDS,
});
