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
    eventIdField('Appointment ID', 'Map the appointment ID from List Calendar Events, Create Appointment or a GoHighLevel webhook.'),
  ],
  result: 'event',
  versionKey: 'dateUpdated',
  sample: EVENT_SAMPLE,
  outputFields: EVENT_OUTPUT_FIELDS,
});
