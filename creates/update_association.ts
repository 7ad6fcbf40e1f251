import { defineOperation } from '../lib/operation';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, associationIdField, associationOf } from '../lib/associations';

export default defineOperation({
  key: 'update_association',
  kind: 'create',
  noun: 'Association',
  label: 'Update Association',
  description: "Updates an association's labels (its objects and key cannot change).",
  endpoint: { method: 'PUT', path: '/associations/{associationId}' },
  scopes: ['associations.write'],
  inputFields: [
    associationIdField(),
    { key: 'firstObjectLabel', label: 'First Object Label', required: true, helpText: 'e.g. `student`.' },
    { key: 'secondObjectLabel', label: 'Second Object Label', required: true, helpText: 'e.g. `tutor`.' },
  ],
  // The spec types both labels "object"; GHL takes strings.
  request: (input) => ({
    body: { firstObjectLabel: String(input.firstObjectLabel).trim(), secondObjectLabel: String(input.secondObjectLabel).trim() },
  }),
  result: associationOf,
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
