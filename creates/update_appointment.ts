import { defineOperation } from '../lib/operation';
import { record } from '../lib/results';
import { APPOINTMENT_OUTPUT_FIELDS, APPOINTMENT_SAMPLE, appointmentEnd, appointmentFields } from '../domains/calendars';

export default defineOperation({
  key: 'update_appointment',
  kind: 'create',
  noun: 'Appointment',
  label: 'Update Appointment',
  description: 'Updates an appointment: reschedules it, changes its status (Cancelled keeps it), title or owner.',
  endpoint: { method: 'PUT', path: '/calendars/events/appointments/{eventId}' },
  scopes: ['calendars/events.write'],
  inputFields: appointmentFields('update'),
  request: appointmentEnd,
  result: record('', 'id'),
  sample: APPOINTMENT_SAMPLE,
  outputFields: APPOINTMENT_OUTPUT_FIELDS,
});
