import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { eventIdField } from '../domains/calendars';

export default defineOperation({
  key: 'delete_event',
  kind: 'create',
  noun: 'Event',
  label: 'Delete Event',
  description: 'Deletes an appointment or a blocked slot (to keep a cancelled appointment, update its status).',
  endpoint: { method: 'DELETE', path: '/calendars/events/{eventId}' },
  ...deletion('eventId', 'Event ID', { id: 'ocQHyuzHvysMo5N5VsXc', deleted: true, succeeded: true }, { deletes: 'the appointment or blocked slot' }),
  scopes: ['calendars/events.write'],
  inputFields: [
    eventIdField(
      'Event',
      'The appointment to delete (choose a recent or upcoming one), or map the ID of an appointment or blocked slot. For a recurring series, an occurrence ID deletes that occurrence and the master event ID deletes the whole series.',
    ),
  ],
  // The spec declares a required (empty) JSON body.
  request: () => ({ body: {} }),
});
