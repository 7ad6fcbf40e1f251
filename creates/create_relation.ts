import { defineOperation } from '../lib/operation';
import { unwrapRecord } from '../lib/results';
import { ASSOCIATION_ID_FIELD, RELATION_OUTPUT_FIELDS, RELATION_SAMPLE } from '../domains/associations';

export default defineOperation({
  key: 'create_relation',
  kind: 'create',
  noun: 'Relation',
  label: 'Create Relation',
  description: 'Links two records through an association (for example a contact to a custom object record).',
  endpoint: { method: 'POST', path: '/associations/relations' },
  scopes: ['associations/relation.write'],
  location: 'body',
  inputFields: [
    { ...ASSOCIATION_ID_FIELD, to: 'body', as: 'id' },
    {
      key: 'firstRecordId',
      label: 'First Record',
      required: true,
      dynamic: 'dropdown_first_records.id.name',
      helpText: "A record of the association's first object (choose the Association first), or a mapped record ID (e.g. a Contact ID if the first object is contact).",
      to: 'body',
      as: 'id',
    },
    {
      key: 'secondRecordId',
      label: 'Second Record',
      required: true,
      dynamic: 'dropdown_second_records.id.name',
      helpText: "A record of the association's second object (choose the Association first), or a mapped record ID (e.g. a custom object record ID).",
      to: 'body',
      as: 'id',
    },
  ],
  // One relation out of the answer: the object itself or a `relation` wrapper.
  result: (data) => unwrapRecord(data, ['relation']),
  sample: RELATION_SAMPLE,
  outputFields: RELATION_OUTPUT_FIELDS,
});
