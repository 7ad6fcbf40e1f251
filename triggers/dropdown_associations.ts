import { defineOperation } from '../lib/operation';
import { associationLabel, itemsOf } from '../lib/associations';

/**
 * The sub-account's associations (dropdown_associations.id.name, or .key.name for association keys).
 * Made with defineOperation rather than defineDropdown: the list's wrapper key is undocumented.
 */
export default defineOperation({
  key: 'dropdown_associations',
  kind: 'trigger',
  noun: 'Association',
  label: 'Association List',
  description: 'Lists associations for dropdowns.',
  hidden: true,
  endpoint: { method: 'GET', path: '/associations/' },
  scopes: ['associations.readonly'],
  location: 'query',
  list: {
    key: itemsOf('associations', 'data'),
    paging: { style: 'limit/skip', size: 100 },
    each: (a: any) => ({ ...a, name: associationLabel(a) || String(a?.id ?? '') }),
  },
});
