import { defineDropdown } from '../lib/dropdown';

/** Notes of the appointment given in the same step (its `appointmentId` input). */
export default defineDropdown({
  key: 'dropdown_appointment_notes',
  noun: 'Appointment Note',
  endpoint: { method: 'GET', path: '/calendars/appointments/{appointmentId}/notes' },
  scopes: ['calendars/events.readonly'],
  listKey: 'notes',
  // GHL takes at most 20 notes per page.
  paging: { style: 'limit/offset', size: 20 },
  labelKey: 'label',
  label: (n) => {
    const text = String(n.body || '').replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  },
});
