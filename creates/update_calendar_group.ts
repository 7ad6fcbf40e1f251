import { defineOperation } from '../lib/operation';
import { GROUP_FIELDS, GROUP_ID, GROUP_OUTPUT_FIELDS, GROUP_SAMPLE } from '../domains/calendars';

export default defineOperation({
  key: 'update_calendar_group',
  kind: 'create',
  noun: 'Calendar Group',
  label: 'Update Calendar Group',
  description: "Updates a calendar group's name, description and slug (all three are needed).",
  endpoint: { method: 'PUT', path: '/calendars/groups/{groupId}' },
  scopes: ['calendars/groups.write'],
  inputFields: [GROUP_ID, ...GROUP_FIELDS],
  result: 'group',
  sample: GROUP_SAMPLE,
  outputFields: GROUP_OUTPUT_FIELDS,
});
