import { defineOperation } from '../lib/operation';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, associationOf } from '../domains/associations';

const OBJECT_KEY_HELP = '`contact`, `opportunity`, or a custom object key such as `custom_objects.children`.';

export default defineOperation({
  key: 'create_association',
  kind: 'create',
  noun: 'Association',
  label: 'Create Association',
  description: 'Creates an association, a kind of link between two objects (for example students and teachers).',
  endpoint: { method: 'POST', path: '/associations/' },
  scopes: ['associations.write'],
  location: 'body',
  // The spec types the labels and object keys "object"; GHL takes (and its examples show) strings, trimmed
  // (`as: 'id'`, the engine's trimmed text).
  inputFields: [
    { key: 'key', label: 'Association Key', required: true, helpText: 'A unique key for the association, e.g. `student_teacher`.', to: 'body', as: 'id' },
    { key: 'firstObjectKey', label: 'First Object Key', required: true, helpText: `The first object: ${OBJECT_KEY_HELP}`, to: 'body', as: 'id' },
    {
      key: 'firstObjectLabel',
      label: 'First Object Label',
      required: true,
      helpText: 'What a first-object record is called in this association, e.g. `student`.',
      to: 'body',
      as: 'id',
    },
    { key: 'secondObjectKey', label: 'Second Object Key', required: true, helpText: `The second object: ${OBJECT_KEY_HELP}`, to: 'body', as: 'id' },
    {
      key: 'secondObjectLabel',
      label: 'Second Object Label',
      required: true,
      helpText: 'What a second-object record is called, e.g. `teacher`.',
      to: 'body',
      as: 'id',
    },
  ],
  result: associationOf,
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
