import { defineOperation } from '../lib/operation';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, ASSOCIATION_ID_FIELD, associationOf } from '../domains/associations';

export default defineOperation({
  key: 'get_association',
  kind: 'trigger',
  noun: 'Association',
  label: 'Get Association',
  description: 'Triggers when the chosen association changes (fires once for each new version of it).',
  endpoint: { method: 'GET', path: '/associations/{associationId}' },
  scopes: ['associations.readonly'],
  inputFields: [ASSOCIATION_ID_FIELD],
  result: associationOf,
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
