import { defineOperation } from '../lib/operation';
import { ASSOCIATION_ID_FIELD, ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, associationOf } from '../domains/associations';

export default defineOperation({
  key: 'update_association',
  kind: 'create',
  noun: 'Association',
  label: 'Update Association',
  description: "Updates an association's labels (its objects and key cannot change).",
  endpoint: { method: 'PUT', path: '/associations/{associationId}' },
  scopes: ['associations.write'],
  inputFields: [
    ASSOCIATION_ID_FIELD,
    // The spec types both labels "object"; GHL takes strings, trimmed (`as: 'id'`, the engine's trimmed text).
    { key: 'firstObjectLabel', label: 'First Object Label', required: true, helpText: 'e.g. `student`.', to: 'body', as: 'id' },
    { key: 'secondObjectLabel', label: 'Second Object Label', required: true, helpText: 'e.g. `tutor`.', to: 'body', as: 'id' },
  ],
  result: associationOf,
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
