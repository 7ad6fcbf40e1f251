import { defineDropdown } from '../lib/dropdown';

export default defineDropdown({
  key: 'dropdown_workflows',
  noun: 'Workflow',
  endpoint: { method: 'GET', path: '/workflows/' },
  scopes: ['workflows.readonly'],
  location: 'query',
  listKey: 'workflows',
  label: (w) => (w.status ? `${w.name} (${w.status})` : w.name),
});
