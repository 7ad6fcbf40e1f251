import { defineOperation } from '../lib/operation';
import { idField } from '../lib/fields';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, associationOf } from '../domains/associations';

export default defineOperation({
  key: 'get_association_key',
  kind: 'trigger',
  noun: 'Association',
  label: 'Get Association Key',
  description: 'Triggers when the association with the given key changes (fires once for each new version of it).',
  endpoint: { method: 'GET', path: '/associations/key/{key_name}' },
  scopes: ['associations.readonly'],
  location: 'query',
  inputFields: [
    idField('key_name', 'Association Key', 'dropdown_associations.key.name', {
      helpText: 'The association\'s unique key, e.g. `student_teacher`. Choose one, or map a key.',
    }),
  ],
  result: associationOf,
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
