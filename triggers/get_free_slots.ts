import { defineOperation } from '../lib/operation';
import { FREE_SLOTS_FIELDS, freeSlotsRequest, slotsOf } from '../domains/calendars';

export default defineOperation({
  key: 'get_free_slots',
  kind: 'trigger',
  noun: 'Free Slot',
  label: 'Get Free Slots',
  description: 'Triggers when a free booking slot opens on a calendar in a date window (one item per slot).',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/free-slots' },
  scopes: ['calendars.readonly'],
  inputFields: FREE_SLOTS_FIELDS,
  // The window as epoch ms numbers, read in the step's (or the Zap's) timezone, which GHL lists the slots in.
  request: freeSlotsRequest,
  // Object keyed by date → one item per slot, id `${calendarId}:${UTC start}`; soonest first.
  list: { key: (data, input) => slotsOf(data, input) },
  sample: {
    id: 'CVokAlI8fgw4WYWoCtQz:2026-07-16T15:00:00.000Z',
    calendarId: 'CVokAlI8fgw4WYWoCtQz',
    date: '2026-07-16',
    startTime: '2026-07-16T10:00:00-05:00',
  },
  outputFields: [
    { key: 'id', label: 'Slot ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'userId', label: 'User ID' },
    { key: 'date', label: 'Date' },
    { key: 'startTime', label: 'Start Time', type: 'datetime' },
  ],
});
