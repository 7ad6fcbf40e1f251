import { defineDropdown } from '../lib/dropdown';

/** Opportunities, newest first ("Name (status)"); "load more" pages through them. */
export default defineDropdown({
  key: 'dropdown_opportunities',
  noun: 'Opportunity',
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly'],
  location: 'query:location_id',
  listKey: 'opportunities',
  paging: { style: 'page/limit', size: 100 },
  request: () => ({ query: { order: 'added_desc' } }),
  label: (o) => (o.status ? `${o.name} (${o.status})` : o.name),
});
