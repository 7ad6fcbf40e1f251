import { defineOperation } from '../lib/operation';
import { CALENDAR_OUTPUT_FIELDS, CALENDAR_SAMPLE, calendarFields, meetingLocation } from '../domains/calendars';

export default defineOperation({
  key: 'update_calendar',
  kind: 'create',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: "Updates a calendar's settings, changing only the fields you fill in.",
  endpoint: { method: 'PUT', path: '/calendars/{calendarId}' },
  scopes: ['calendars.write'],
  inputFields: calendarFields('update'),
  request: meetingLocation,
  result: 'calendar',
  sample: CALENDAR_SAMPLE,
  outputFields: CALENDAR_OUTPUT_FIELDS,
});
