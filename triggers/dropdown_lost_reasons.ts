import { defineDropdown } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_lost_reasons',
  noun: 'Lost Reason',
  endpoint: { method: 'GET', path: '/opportunities/lost-reason' },
  scopes: ['opportunities.readonly'],
  location: 'query',
  listKey: 'lostReasons',
  paging: { style: 'limit/skip', size: 100 },
  label: (r) => r.name,
});
