import { defineOperation } from '../lib/operation';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, associationIdField, associationOf } from '../lib/associations';

export default defineOperation({
  key: 'get_association',
  kind: 'trigger',
  noun: 'Association',
  label: 'Get Association',
  description: 'Triggers when the chosen association changes (fires once for each new version of it).',
  endpoint: { method: 'GET', path: '/associations/{associationId}' },
  scopes: ['associations.readonly'],
  inputFields: [associationIdField()],
  result: associationOf,
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
