import { defineOperation } from '../lib/operation';
import { USER_OUTPUT_FIELDS, USER_ROLE_CHOICES, USER_SAMPLE, agencyOnly, companyIdOf } from '../domains/users';

export default defineOperation({
  key: 'search_users',
  kind: 'trigger',
  noun: 'User',
  label: 'Search Users',
  description: 'Triggers when a new user matching your search is added (newest first).',
  endpoint: { method: 'GET', path: '/users/search' },
  scopes: ['users.readonly'],
  token: 'either',
  inputFields: [
    // Agency connections only: an optional sub-account filter (the connection's sub-account, ctx.locationId).
    agencyOnly(
      {
        key: 'locationId',
        label: 'Sub-Account',
        required: false,
        dynamic: 'dropdown_sub_accounts.id.name',
        helpText: 'Only users of this sub-account. Leave empty for every user of the agency.',
      },
      'sub-account filter (agency connections; no request)',
    ),
    { key: 'query', label: 'Search Text', helpText: "Only users whose name, email or phone contain this text.", to: 'query' },
    { key: 'role', label: 'Role', choices: USER_ROLE_CHOICES, helpText: 'Only users with this role.', to: 'query' },
    {
      key: 'type',
      label: 'User Type',
      choices: { account: 'Sub-account users', agency: 'Agency users' },
      helpText: 'Only users of this type.',
      to: 'query',
    },
  ],
  request: (_input, ctx) => ({
    query: { companyId: companyIdOf(ctx), locationId: ctx.locationId || undefined, sort: 'dateAdded', sortDirection: 'desc' },
  }),
  list: { key: 'users', paging: { style: 'limit/skip', size: 100 } },
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
