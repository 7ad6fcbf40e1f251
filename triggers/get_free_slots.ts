import { defineOperation } from '../lib/operation';
import { userIdField } from '../lib/fields';
import {
  FREE_SLOTS_MAX_DAYS,
  SLOT_OUTPUT_FIELDS,
  SLOT_SAMPLE,
  calendarIdField,
  freeSlotsQuery,
  slotsOf,
  timezoneField,
} from '../lib/calendars';

export default defineOperation({
  key: 'get_free_slots',
  kind: 'trigger',
  noun: 'Free Slot',
  label: 'Get Free Slots',
  description:
    'Triggers when a new free booking slot is available on a calendar in a date window (one item per slot, soonest first).',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/free-slots' },
  scopes: ['calendars.readonly'],
  inputFields: [
    calendarIdField(),
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
    userIdField('userId', 'User', { helpText: "Only this team member's free slots. Leave empty for the calendar's." }),
  ],
  request: (input, ctx) => ({ query: freeSlotsQuery(input, ctx) }),
  // Object keyed by date → one item per slot, id `${calendarId}:${UTC start}`; soonest first.
  list: { key: (data, input) => slotsOf(data, input) },
  sample: SLOT_SAMPLE,
  outputFields: SLOT_OUTPUT_FIELDS,
});
