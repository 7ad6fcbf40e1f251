import { defineInstant } from '../lib/instant';
import { eventId } from '../domains/events';
import { APPOINTMENT_STATUS_CHOICES, appointmentEventsFields } from '../domains/calendars';
import { appointmentMatches, appointmentRecord, checkCalendarOrUser, exampleOf } from '../domains/webhooks';
import twin from './appointment_status_changed';

/**
 * Appointment Updated, from GoHighLevel's AppointmentUpdate webhook. Its polling twin for the item's shape
 * and samples is Appointment Status Changed (no polling trigger sees every change); its id is each version
 * of the appointment (`appointmentId:dateUpdated`), so a rescheduled appointment fires as well as a new status.
 */
export default defineInstant({
  key: 'appointment_updated_instant',
  label: 'Appointment Updated (Instant)',
  description: 'Triggers when an appointment is changed: rescheduled, a new status, new notes.',
  counterpart: twin,
  events: ['AppointmentUpdate'],
  inputFields: [
    ...appointmentEventsFields('appointments'),
    { key: 'appointmentStatus', label: 'Status', choices: APPOINTMENT_STATUS_CHOICES, helpText: 'Only changes that leave the appointment with this status. Leave empty for any.' },
  ],
  check: checkCalendarOrUser,
  record: appointmentRecord,
  matches: appointmentMatches,
  idOf: (a, delivery) => eventId(a.appointmentId, a.dateUpdated ?? delivery.timestamp),
  about: 'Fires for each change GoHighLevel reports on an appointment (AppointmentUpdate) of the chosen calendar or user.',
  example: () => exampleOf('AppointmentUpdate'),
});
