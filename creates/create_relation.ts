import { defineOperation } from '../lib/operation';
import { associationIdField, relationOf, RELATION_OUTPUT_FIELDS, RELATION_SAMPLE } from '../lib/associations';

export default defineOperation({
  key: 'create_relation',
  kind: 'create',
  noun: 'Relation',
  label: 'Create Relation',
  description: 'Links two records through an association (e.g. a contact to a custom object record).',
  endpoint: { method: 'POST', path: '/associations/relations' },
  scopes: ['associations/relation.write'],
  location: 'body',
  inputFields: [
    associationIdField(),
    {
      key: 'firstRecordId',
      label: 'First Record ID',
      required: true,
      helpText: "The id of a record of the association's first object (e.g. a Contact ID if the first object is contact).",
    },
    {
      key: 'secondRecordId',
      label: 'Second Record ID',
      required: true,
      helpText: "The id of a record of the association's second object (e.g. a custom object record ID).",
    },
  ],
  request: (input) => ({
    body: {
      associationId: String(input.associationId).trim(),
      firstRecordId: String(input.firstRecordId).trim(),
      secondRecordId: String(input.secondRecordId).trim(),
    },
  }),
  result: relationOf,
  sample: RELATION_SAMPLE,
  outputFields: RELATION_OUTPUT_FIELDS,
});
