import { defineDropdown, personLabel } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_users',
  noun: 'User',
  endpoint: { method: 'GET', path: '/users/search' },
  scopes: ['users.readonly'],
  token: 'either',
  listKey: 'users',
  paging: { style: 'limit/skip', size: 100 },
  request: (_input, ctx) => ({ query: { companyId: ctx.companyId, locationId: ctx.locationId || undefined } }),
  label: personLabel,
});
