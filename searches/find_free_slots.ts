import { defineOperation } from '../lib/operation';
import { FREE_SLOTS_FIELDS, freeSlotsFound, freeSlotsRequest } from '../domains/calendars';

const SLOT = (at: string, utc: string) => ({
  id: `CVokAlI8fgw4WYWoCtQz:${utc}`,
  calendarId: 'CVokAlI8fgw4WYWoCtQz',
  date: at.slice(0, 10),
  startTime: at,
});

/**
 * The free slots of a calendar in a window (at most 31 days): the first (soonest) slot's fields at the top,
 * every slot as line items under `slots`; nothing found (`[]`) when there is no free slot.
 */
export default defineOperation({
  key: 'find_free_slots',
  kind: 'search',
  noun: 'Slot',
  label: 'Find Free Slots',
  description: "Finds a calendar's free booking slots in a date window, soonest first.",
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/free-slots' },
  scopes: ['calendars.readonly'],
  inputFields: FREE_SLOTS_FIELDS,
  request: freeSlotsRequest,
  list: { key: (data, input) => freeSlotsFound(data, input) },
  sample: {
    ...SLOT('2026-07-16T10:00:00-05:00', '2026-07-16T15:00:00.000Z'),
    slotCount: 2,
    slots: [SLOT('2026-07-16T10:00:00-05:00', '2026-07-16T15:00:00.000Z'), SLOT('2026-07-16T10:30:00-05:00', '2026-07-16T15:30:00.000Z')],
  },
  outputFields: [
    { key: 'id', label: 'First Slot ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'userId', label: 'User ID' },
    { key: 'date', label: 'First Slot Date' },
    { key: 'startTime', label: 'First Slot Start Time', type: 'datetime' },
    { key: 'slotCount', label: 'Number of Free Slots', type: 'integer' },
    { key: 'slots', label: 'Free Slots' },
    { key: 'slots[]id', label: 'Slot ID' },
    { key: 'slots[]date', label: 'Slot Date' },
    { key: 'slots[]startTime', label: 'Slot Start Time', type: 'datetime' },
  ],
});
