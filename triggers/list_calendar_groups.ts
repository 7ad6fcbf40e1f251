import { defineOperation } from '../lib/operation';
import { GROUP_OUTPUT_FIELDS, GROUP_SAMPLE } from '../domains/calendars';

export default defineOperation({
  key: 'list_calendar_groups',
  kind: 'trigger',
  noun: 'Calendar Group',
  label: 'List Calendar Groups',
  description: 'Triggers when a new calendar group is added to the sub-account.',
  endpoint: { method: 'GET', path: '/calendars/groups' },
  scopes: ['calendars/groups.readonly'],
  location: 'query',
  list: { key: 'groups' },
  sample: GROUP_SAMPLE,
  outputFields: GROUP_OUTPUT_FIELDS,
});
