import { defineDropdown } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_surveys',
  noun: 'Survey',
  endpoint: { method: 'GET', path: '/surveys/' },
  scopes: ['surveys.readonly'],
  location: 'query',
  listKey: 'surveys',
  paging: { style: 'limit/skip', size: 50 },
  label: (s) => s.name,
});
