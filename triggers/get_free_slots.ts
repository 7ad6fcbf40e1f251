import { defineOperation } from '../lib/operation';
import { userIdField } from '../lib/fields';
import { chosenZone, timeWindow } from '../lib/transforms';
import { CALENDAR_ID, FREE_SLOTS_MAX_DAYS, FREE_SLOTS_WINDOW, slotsOf, timezoneField } from '../domains/calendars';

export default defineOperation({
  key: 'get_free_slots',
  kind: 'trigger',
  noun: 'Free Slot',
  label: 'Get Free Slots',
  description: 'Triggers when a free booking slot opens on a calendar in a date window (one item per slot).',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/free-slots' },
  scopes: ['calendars.readonly'],
  inputFields: [
    CALENDAR_ID,
    { key: 'startDate', label: 'Start Date', type: 'datetime', helpText: 'First day to look for free slots. Leave empty for now.' },
    {
      key: 'endDate',
      label: 'End Date',
      type: 'datetime',
      helpText: `Last moment to look for free slots: at most ${FREE_SLOTS_MAX_DAYS} days after the Start Date. Leave empty for 7 days after it.`,
    },
    timezoneField(
      'IANA timezone name, e.g. America/New_York: slots are listed in it, and dates without an offset are read in it. ' +
        "Leave empty for the Zap's timezone (or the calendar's own when Zapier has none).",
    ),
    { ...userIdField('userId', 'User', { helpText: "Only this team member's free slots. Leave empty for the calendar's." }), to: 'query', as: 'id' },
  ],
  // The window as epoch ms numbers, read in the step's (or the Zap's) timezone, which GHL lists the slots in.
  request: (input, ctx) => {
    const zone = chosenZone(input, ctx);
    const { start, end } = timeWindow(input, zone ?? 'UTC', FREE_SLOTS_WINDOW);
    return { query: { startDate: start, endDate: end, timezone: zone } };
  },
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
