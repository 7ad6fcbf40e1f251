import { defineOperation } from '../lib/operation';
import { CALENDAR_OUTPUT_FIELDS, CALENDAR_SAMPLE, calendarFields, meetingLocation } from '../domains/calendars';

export default defineOperation({
  key: 'create_calendar',
  kind: 'create',
  noun: 'Calendar',
  label: 'Create Calendar',
  description: 'Creates a calendar with its team, meeting location, slot settings and open hours.',
  endpoint: { method: 'POST', path: '/calendars/' },
  scopes: ['calendars.write'],
  location: 'body',
  inputFields: calendarFields('create'),
  request: meetingLocation,
  result: 'calendar',
  sample: CALENDAR_SAMPLE,
  outputFields: CALENDAR_OUTPUT_FIELDS,
});
