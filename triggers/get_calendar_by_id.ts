import { defineOperation } from '../lib/operation';
import { CALENDAR_ID, CALENDAR_OUTPUT_FIELDS, CALENDAR_SAMPLE } from '../domains/calendars';

export default defineOperation({
  key: 'get_calendar_by_id',
  kind: 'trigger',
  noun: 'Calendar',
  label: 'Get Calendar by ID',
  description: "Triggers when the chosen calendar's settings change (once per new version).",
  endpoint: { method: 'GET', path: '/calendars/{calendarId}' },
  scopes: ['calendars.readonly'],
  inputFields: [CALENDAR_ID],
  result: 'calendar',
  sample: CALENDAR_SAMPLE,
  outputFields: CALENDAR_OUTPUT_FIELDS,
});
