import { defineDropdown } from '../lib/dropdown';

/**
 * Sub-accounts (locations) for the Location input of Find Location by ID: the agency's sub-accounts with
 * an agency connection, the connection's own sub-account with a sub-account connection.
 */
export default defineDropdown({
  key: 'dropdown_locations',
  noun: 'Location',
  endpoint: { method: 'GET', path: '/locations/search' },
  scopes: ['locations.readonly'],
  token: 'either',
  listKey: 'locations',
  paging: { style: 'limit/skip', size: 100 },
  request: (_input, ctx) => ({ query: { companyId: ctx.companyId } }),
  label: (l) => [l.name, [l.city, l.country].filter(Boolean).join(', ')].filter(Boolean).join(' — '),
});
