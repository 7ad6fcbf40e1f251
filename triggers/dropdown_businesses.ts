import { defineDropdown } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_businesses',
  noun: 'Business',
  endpoint: { method: 'GET', path: '/businesses/' },
  scopes: ['businesses.readonly'],
  location: 'query',
  listKey: 'businesses',
  paging: { style: 'limit/skip', size: 100 },
  label: (b) => b.name,
});
