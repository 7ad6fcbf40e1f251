import { defineOperation } from '../lib/operation';
import { APPOINTMENT_OUTPUT_FIELDS, APPOINTMENT_SAMPLE, appointmentBody, appointmentInputs } from '../lib/calendars';
import { record } from '../lib/results';

export default defineOperation({
  key: 'create_appointment',
  kind: 'create',
  noun: 'Appointment',
  label: 'Create Appointment',
  description:
    "Books an appointment for a contact on a calendar. Without an End Time or Duration it lasts the calendar's slot duration.",
  endpoint: { method: 'POST', path: '/calendars/events/appointments' },
  scopes: ['calendars/events.write'],
  location: 'body',
  inputFields: appointmentInputs('create'),
  request: (input, ctx) => ({ body: appointmentBody(input, ctx, 'create') }),
  result: record('', 'id'),
  sample: APPOINTMENT_SAMPLE,
  outputFields: APPOINTMENT_OUTPUT_FIELDS,
});
