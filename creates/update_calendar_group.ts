import { defineOperation } from '../lib/operation';
import { GROUP_OUTPUT_FIELDS, GROUP_SAMPLE, calendarGroupIdField, groupInputs } from '../lib/calendars';

export default defineOperation({
  key: 'update_calendar_group',
  kind: 'create',
  noun: 'Calendar Group',
  label: 'Update Calendar Group',
  description: "Updates a calendar group's name, description and slug (GoHighLevel needs all three).",
  endpoint: { method: 'PUT', path: '/calendars/groups/{groupId}' },
  scopes: ['calendars/groups.write'],
  inputFields: [calendarGroupIdField(), ...groupInputs(true)],
  request: (input) => ({ body: { name: input.name, description: input.description, slug: input.slug } }),
  result: 'group',
  sample: GROUP_SAMPLE,
  outputFields: GROUP_OUTPUT_FIELDS,
});
