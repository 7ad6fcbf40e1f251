import { defineOperation } from '../lib/operation';
import { idField } from '../lib/fields';
import { itemsOf, RECORD_ID_FIELD, RELATION_OUTPUT_FIELDS, RELATION_SAMPLE } from '../domains/associations';

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
    RECORD_ID_FIELD,
    // A list: the query repeats the key (associationIds=a1&associationIds=a2).
    {
      ...idField('associationIds', 'Associations', 'dropdown_associations.id.name', {
        required: false,
        list: true,
        helpText: 'Only relations of these associations (optional).',
      }),
      to: 'query',
    },
  ],
  list: { key: itemsOf('relations', 'data'), paging: { style: 'limit/skip', size: 100 } },
  sample: RELATION_SAMPLE,
  outputFields: RELATION_OUTPUT_FIELDS,
});
