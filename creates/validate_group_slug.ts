import { defineOperation } from '../lib/operation';
import { record } from '../lib/results';

export default defineOperation({
  key: 'validate_group_slug',
  kind: 'create',
  noun: 'Group Slug',
  label: 'Validate Group Slug',
  description: 'Checks whether a calendar group slug is still free in the sub-account.',
  endpoint: { method: 'POST', path: '/calendars/groups/validate-slug' },
  scopes: ['calendars/groups.write'],
  location: 'body',
  inputFields: [{ key: 'slug', label: 'Slug', required: true, helpText: 'The slug to check, e.g. sales-calls.', to: 'body' }],
  // GHL answers `{available}`: the slug checked is added.
  result: (data, input) => ({ slug: input.slug, ...record('', 'available')(data) }),
  sample: { slug: 'sales-calls', available: true },
  outputFields: [
    { key: 'slug', label: 'Slug' },
    { key: 'available', label: 'Available', type: 'boolean' },
  ],
});
