import { defineOperation } from '../lib/operation';
import { CALENDAR_OUTPUT_FIELDS, CALENDAR_SAMPLE, calendarIdField } from '../lib/calendars';

export default defineOperation({
  key: 'get_calendar_by_id',
  kind: 'trigger',
  noun: 'Calendar',
  label: 'Get Calendar by ID',
  description: "Triggers when the chosen calendar's settings change (fires once for each new version of the calendar).",
  endpoint: { method: 'GET', path: '/calendars/{calendarId}' },
  scopes: ['calendars.readonly'],
  inputFields: [calendarIdField()],
  result: 'calendar',
  sample: CALENDAR_SAMPLE,
  outputFields: CALENDAR_OUTPUT_FIELDS,
});
