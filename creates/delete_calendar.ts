import { defineOperation, deletedResult } from '../lib/operation';
import { calendarIdField, deletedOutputFields } from '../lib/calendars';

export default defineOperation({
  key: 'delete_calendar',
  kind: 'create',
  noun: 'Calendar',
  label: 'Delete Calendar',
  description: 'Deletes a calendar permanently.',
  endpoint: { method: 'DELETE', path: '/calendars/{calendarId}' },
  ack: true,
  scopes: ['calendars.write'],
  inputFields: [calendarIdField()],
  result: deletedResult('calendarId'),
  sample: { id: '0TkCdp9PfvLeWKYRRvIz', deleted: true, success: true },
  outputFields: deletedOutputFields('Calendar ID', 'success'),
});
