import { defineDropdown } from '../lib/dropdown';

/** The sub-account's opportunity pipelines (the Pipeline picker). */
export default defineDropdown({
  key: 'dropdown_pipelines',
  noun: 'Pipeline',
  endpoint: { method: 'GET', path: '/opportunities/pipelines' },
  scopes: ['opportunities.readonly'],
  location: 'query',
  listKey: 'pipelines',
  label: (p) => p.name,
});
