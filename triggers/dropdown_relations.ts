import { defineOperation } from '../lib/operation';
import { itemsOf, relationLabel } from '../lib/associations';

/**
 * Relations of the record given in the same step (its `recordId` input), for Delete Relation.
 * Made with defineOperation: the list's wrapper key is undocumented, and it declares the step input it reads.
 */
export default defineOperation({
  key: 'dropdown_relations',
  kind: 'trigger',
  noun: 'Relation',
  label: 'Relation List',
  description: 'Lists relations of a record for dropdowns.',
  hidden: true,
  endpoint: { method: 'GET', path: '/associations/relations/{recordId}' },
  scopes: ['associations/relation.readonly'],
  location: 'query',
  inputFields: [{ key: 'recordId', label: 'Record ID', required: true, helpText: 'The record given in the step.' }],
  list: {
    key: itemsOf('relations', 'data'),
    paging: { style: 'limit/skip', size: 100 },
    each: (r: any) => ({ ...r, name: relationLabel(r) }),
  },
});
