import { defineOperation } from '../lib/operation';
import { eventId } from '../domains/events';
import { nonEmpty } from '../lib/transforms';
import {
  APPOINTMENT_EVENT_OUTPUT_FIELDS,
  APPOINTMENT_EVENT_SAMPLE,
  APPOINTMENT_STATUS_CHOICES,
  appointmentEvent,
  appointmentEventsFields,
  appointmentEventsRequest,
  eventsOf,
} from '../domains/calendars';

/**
 * Fires each time an appointment gets a new status: one request for the appointments of the calendar (or
 * user) starting from 30 days ago to 5 years ahead, newest first by `dateUpdated`; the event's id is
 * `appointmentId:appointmentStatus`. The API filters no status: the chosen one is kept here.
 */
export default defineOperation({
  key: 'appointment_status_changed',
  kind: 'trigger',
  noun: 'Appointment',
  label: 'Appointment Status Changed',
  description: 'Triggers when an appointment gets a new status, such as confirmed, cancelled or showed.',
  endpoint: { method: 'GET', path: '/calendars/events' },
  scopes: ['calendars/events.readonly'],
  location: 'query',
  inputFields: [
    ...appointmentEventsFields('appointments'),
    {
      key: 'appointmentStatus',
      label: 'Status',
      choices: APPOINTMENT_STATUS_CHOICES,
      helpText:
        'Only when an appointment gets this status. Leave empty for any status. A new booking counts as getting its ' +
        'first status. An appointment fires once per status: one that goes back to a status it had before (confirmed, ' +
        'cancelled, confirmed again) does not fire again, and only the status it has at each check is seen.',
    },
  ],
  request: (input) => appointmentEventsRequest(input),
  list: {
    key: (data, input) => {
      const wanted = nonEmpty(input.appointmentStatus)?.toLowerCase();
      return eventsOf(data).filter((e) => !wanted || String(e?.appointmentStatus ?? '').toLowerCase() === wanted);
    },
    sortBy: 'dateUpdated',
    each: appointmentEvent,
    idOf: (a) => eventId(a.appointmentId, a.appointmentStatus),
  },
  sample: {
    ...APPOINTMENT_EVENT_SAMPLE,
    appointmentStatus: 'cancelled',
    id: eventId(APPOINTMENT_EVENT_SAMPLE.id, 'cancelled'),
  },
  outputFields: APPOINTMENT_EVENT_OUTPUT_FIELDS,
});
