import { defineOperation } from '../lib/operation';
import { EVENT_OUTPUT_FIELDS, EVENT_SAMPLE, eventIdField } from '../domains/calendars';

export default defineOperation({
  key: 'get_appointment',
  kind: 'trigger',
  noun: 'Appointment',
  label: 'Get Appointment',
  description: 'Triggers when the chosen appointment changes (fires once for each new version of the appointment).',
  endpoint: { method: 'GET', path: '/calendars/events/appointments/{eventId}' },
  scopes: ['calendars/events.readonly'],
  inputFields: [
    eventIdField('Appointment', 'Choose one of the recent and upcoming appointments, or map an Appointment ID (from Create Appointment or an appointment trigger).'),
  ],
  result: 'event',
  versionKey: 'dateUpdated',
  sample: EVENT_SAMPLE,
  outputFields: EVENT_OUTPUT_FIELDS,
});
