import { defineDropdown } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_forms',
  noun: 'Form',
  endpoint: { method: 'GET', path: '/forms/' },
  scopes: ['forms.readonly'],
  location: 'query',
  listKey: 'forms',
  paging: { style: 'limit/skip', size: 50 },
  label: (f) => f.name,
});
