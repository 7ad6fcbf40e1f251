import { defineOperation } from '../lib/operation';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, itemsOf } from '../domains/associations';

export default defineOperation({
  key: 'get_association_by_keys',
  kind: 'trigger',
  noun: 'Association',
  label: 'Get Association by Keys',
  description: 'Triggers when a new association is defined for the given object (contact, opportunity, custom).',
  endpoint: { method: 'GET', path: '/associations/objectKey/{objectKey}' },
  scopes: ['associations.readonly'],
  location: 'query',
  inputFields: [
    {
      key: 'objectKey',
      label: 'Object Key',
      required: true,
      placeholder: 'contact',
      helpText: 'The object whose associations to watch: `contact`, `opportunity`, or a custom object key such as `custom_objects.car`.',
    },
  ],
  list: { key: itemsOf('associations', 'data') },
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
