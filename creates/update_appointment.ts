import { defineOperation } from '../lib/operation';
import { APPOINTMENT_OUTPUT_FIELDS, APPOINTMENT_SAMPLE, appointmentBody, appointmentInputs } from '../lib/calendars';
import { record } from '../lib/results';

export default defineOperation({
  key: 'update_appointment',
  kind: 'create',
  noun: 'Appointment',
  label: 'Update Appointment',
  description:
    'Updates an appointment: reschedule it, change its status (Cancelled cancels it without deleting), title or owner. Only the fields you fill in are changed.',
  endpoint: { method: 'PUT', path: '/calendars/events/appointments/{eventId}' },
  scopes: ['calendars/events.write'],
  inputFields: appointmentInputs('update'),
  request: (input, ctx) => ({ body: appointmentBody(input, ctx, 'update') }),
  result: record('', 'id'),
  sample: APPOINTMENT_SAMPLE,
  outputFields: APPOINTMENT_OUTPUT_FIELDS,
});
