import { defineOperation } from '../lib/operation';
import { itemsOf } from '../domains/associations';

/** A relation's dropdown label: "rec1 ↔ rec2". */
const relationLabel = (r: any): string =>
  [r?.firstRecordId, r?.secondRecordId].filter(Boolean).join(' ↔ ') || String(r?.id ?? '');

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
