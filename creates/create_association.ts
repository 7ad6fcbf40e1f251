import { defineOperation } from '../lib/operation';
import { compact } from '../lib/http';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, associationOf } from '../lib/associations';

const OBJECT_KEY_HELP = '`contact`, `opportunity`, or a custom object key such as `custom_objects.children`.';

export default defineOperation({
  key: 'create_association',
  kind: 'create',
  noun: 'Association',
  label: 'Create Association',
  description: 'Creates an association: a kind of link between two objects (e.g. students and teachers).',
  endpoint: { method: 'POST', path: '/associations/' },
  scopes: ['associations.write'],
  location: 'body',
  inputFields: [
    { key: 'key', label: 'Association Key', required: true, helpText: 'A unique key for the association, e.g. `student_teacher`.' },
    { key: 'firstObjectKey', label: 'First Object Key', required: true, helpText: `The first object: ${OBJECT_KEY_HELP}` },
    { key: 'firstObjectLabel', label: 'First Object Label', required: true, helpText: 'What a first-object record is called in this association, e.g. `student`.' },
    { key: 'secondObjectKey', label: 'Second Object Key', required: true, helpText: `The second object: ${OBJECT_KEY_HELP}` },
    { key: 'secondObjectLabel', label: 'Second Object Label', required: true, helpText: 'What a second-object record is called, e.g. `teacher`.' },
  ],
  request: (input) => {
    const key = String(input.key).trim();
    // The spec types the labels and object keys "object"; GHL takes (and its examples show) strings.
    return {
      body: compact({
        key,
        firstObjectLabel: String(input.firstObjectLabel).trim(),
        firstObjectKey: String(input.firstObjectKey).trim(),
        secondObjectLabel: String(input.secondObjectLabel).trim(),
        secondObjectKey: String(input.secondObjectKey).trim(),
      }),
    };
  },
  result: associationOf,
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
