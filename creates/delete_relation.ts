import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { idField } from '../lib/fields';
import { RECORD_ID_FIELD } from '../domains/associations';

export default defineOperation({
  key: 'delete_relation',
  kind: 'create',
  noun: 'Relation',
  label: 'Delete Relation',
  description: 'Deletes a relation between two records (the records themselves stay).',
  endpoint: { method: 'DELETE', path: '/associations/relations/{relationId}' },
  ...deletion('relationId', 'Relation ID', { id: '6d6f6e676f5f72656c617469', deleted: true }, { idFromAnswer: true, deletes: 'the relation between the two records (the records stay)' }),
  scopes: ['associations/relation.write'],
  location: 'query',
  inputFields: [
    { ...RECORD_ID_FIELD, required: false, helpText: 'Only to list its relations in the Relation field below (not sent). A record of either side.' },
    idField('relationId', 'Relation', 'dropdown_relations.id.name', {
      helpText: 'Choose a relation of the record above, or map a Relation ID (from Get Relations by Record).',
    }),
  ],
});
