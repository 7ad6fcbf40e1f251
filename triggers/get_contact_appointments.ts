import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { subAccountTimezone, withZonedTimes } from '../lib/sub-account';

const TIMES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'];

export default defineOperation({
  key: 'get_contact_appointments',
  kind: 'trigger',
  noun: 'Appointment',
  label: 'Get Contact Appointments',
  description: 'Triggers when an appointment is booked for the chosen contact.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/appointments' },
  scopes: ['contacts.readonly'],
  inputFields: [contactIdField()],
  // GHL answers these times in the sub-account's local time without a zone: read in its timezone.
  list: { key: 'events', sortBy: 'dateAdded', each: async (a, _input, ctx) => withZonedTimes(a, TIMES, await subAccountTimezone(ctx)) },
  extraRequests: "the sub-account's timezone (once a day)",
  sample: {
    id: 'YS3jaqqeehkR2Is80miy',
    calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    locationId: 've9EPM428h8vShlRW1KT',
    title: 'Consultation with Rubika Deo',
    status: 'booked',
    appointmentStatus: 'confirmed',
    assignedUserId: 'hxHGVRb1YJUscrCB8eXK',
    notes: 'First visit',
    address: 'Zoom',
    startTime: '2026-07-16T11:00:00-05:00',
    endTime: '2026-07-16T11:30:00-05:00',
    dateAdded: '2026-07-10T09:12:00-05:00',
    dateUpdated: '2026-07-10T09:12:00-05:00',
  },
  outputFields: [
    { key: 'id', label: 'Appointment ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'locationId', label: 'Sub-Account ID' },
    { key: 'title', label: 'Title' },
    { key: 'status', label: 'Status' },
    { key: 'appointmentStatus', label: 'Appointment Status' },
    { key: 'assignedUserId', label: 'Assigned User ID' },
    { key: 'notes', label: 'Notes' },
    { key: 'address', label: 'Address / Meeting Location' },
    { key: 'startTime', label: 'Start Time' },
    { key: 'endTime', label: 'End Time' },
    { key: 'dateAdded', label: 'Date Added' },
    { key: 'dateUpdated', label: 'Date Updated' },
  ],
});
