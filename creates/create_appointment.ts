import { defineOperation } from '../lib/operation';
import { record } from '../lib/results';
import { APPOINTMENT_OUTPUT_FIELDS, APPOINTMENT_SAMPLE, appointmentEnd, appointmentFields } from '../domains/calendars';

export default defineOperation({
  key: 'create_appointment',
  kind: 'create',
  noun: 'Appointment',
  label: 'Create Appointment',
  description: 'Books an appointment for a contact on a calendar.',
  endpoint: { method: 'POST', path: '/calendars/events/appointments' },
  scopes: ['calendars/events.write'],
  location: 'body',
  inputFields: appointmentFields('create'),
  request: appointmentEnd,
  result: record('', 'id'),
  sample: APPOINTMENT_SAMPLE,
  outputFields: APPOINTMENT_OUTPUT_FIELDS,
});
