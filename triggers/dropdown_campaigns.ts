import { defineDropdown } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_campaigns',
  noun: 'Campaign',
  endpoint: { method: 'GET', path: '/campaigns/' },
  scopes: ['campaigns.readonly'],
  location: 'query',
  listKey: 'campaigns',
  label: (c) => (c.status ? `${c.name} (${c.status})` : c.name),
});
