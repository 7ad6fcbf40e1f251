import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { CALENDAR_ID } from '../domains/calendars';

export default defineOperation({
  key: 'delete_calendar',
  kind: 'create',
  noun: 'Calendar',
  label: 'Delete Calendar',
  description: 'Deletes a calendar permanently.',
  endpoint: { method: 'DELETE', path: '/calendars/{calendarId}' },
  ...deletion('calendarId', 'Calendar ID', { id: '0TkCdp9PfvLeWKYRRvIz', deleted: true, success: true }, { deletes: 'the calendar and its booking page' }),
  scopes: ['calendars.write'],
  inputFields: [CALENDAR_ID],
});
