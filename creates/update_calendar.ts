import { defineOperation } from '../lib/operation';
import { CALENDAR_OUTPUT_FIELDS, CALENDAR_SAMPLE, calendarBody, calendarInputs } from '../lib/calendars';

export default defineOperation({
  key: 'update_calendar',
  kind: 'create',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: "Updates a calendar's settings. Only the fields you fill in are changed.",
  endpoint: { method: 'PUT', path: '/calendars/{calendarId}' },
  scopes: ['calendars.write'],
  inputFields: calendarInputs('update'),
  request: (input) => ({ body: calendarBody(input, 'update') }),
  result: 'calendar',
  sample: CALENDAR_SAMPLE,
  outputFields: CALENDAR_OUTPUT_FIELDS,
});
