import { defineOperation } from '../lib/operation';
import { toList } from '../lib/transforms';
import { associationIdField, itemsOf, recordIdField, RELATION_OUTPUT_FIELDS, RELATION_SAMPLE } from '../lib/associations';

export default defineOperation({
  key: 'get_relations_by_record',
  kind: 'trigger',
  noun: 'Relation',
  label: 'Get Relations by Record',
  description: 'Triggers when the given record is linked to another record (a new relation).',
  endpoint: { method: 'GET', path: '/associations/relations/{recordId}' },
  scopes: ['associations/relation.readonly'],
  location: 'query',
  inputFields: [
    recordIdField(),
    associationIdField({ required: false, list: true, key: 'associationIds', helpText: 'Only relations of these associations (optional).' }),
  ],
  request: (input) => {
    const associationIds = toList(input.associationIds);
    return { query: { associationIds: associationIds.length ? associationIds : undefined } };
  },
  list: { key: itemsOf('relations', 'data'), paging: { style: 'limit/skip', size: 100 } },
  sample: RELATION_SAMPLE,
  outputFields: RELATION_OUTPUT_FIELDS,
});
