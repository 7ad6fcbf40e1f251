import { defineOperation } from '../lib/operation';
import { GROUP_FIELDS, GROUP_OUTPUT_FIELDS, GROUP_SAMPLE, boolWhenGiven } from '../domains/calendars';

export default defineOperation({
  key: 'create_calendar_group',
  kind: 'create',
  noun: 'Calendar Group',
  label: 'Create Calendar Group',
  description: 'Creates a calendar group (a booking page that offers several calendars).',
  endpoint: { method: 'POST', path: '/calendars/groups' },
  scopes: ['calendars/groups.write'],
  location: 'body',
  inputFields: [
    ...GROUP_FIELDS,
    {
      key: 'isActive',
      label: 'Active',
      type: 'boolean',
      default: 'true',
      helpText: 'No to create the group disabled.',
      to: 'body',
      as: boolWhenGiven,
    },
  ],
  result: 'group',
  sample: GROUP_SAMPLE,
  outputFields: GROUP_OUTPUT_FIELDS,
});
