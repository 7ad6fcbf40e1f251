import { defineOperation } from '../lib/operation';
import { compact } from '../lib/http';
import { toBool } from '../lib/transforms';
import { GROUP_OUTPUT_FIELDS, GROUP_SAMPLE, groupInputs } from '../lib/calendars';

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
    ...groupInputs(true),
    { key: 'isActive', label: 'Active', type: 'boolean', default: 'true', helpText: 'No to create the group disabled.' },
  ],
  request: (input) => ({
    body: compact({ name: input.name, description: input.description, slug: input.slug, isActive: toBool(input.isActive, 'isActive', 'Active') }),
  }),
  result: 'group',
  sample: GROUP_SAMPLE,
  outputFields: GROUP_OUTPUT_FIELDS,
});
