import { defineOperation } from '../lib/operation';
import { ASSOCIATION_OUTPUT_FIELDS, ASSOCIATION_SAMPLE, itemsOf } from '../domains/associations';

export default defineOperation({
  key: 'find_associations',
  kind: 'trigger',
  noun: 'Association',
  label: 'Find Associations',
  description: 'Triggers when a new association (a kind of link between two objects) is defined in the sub-account.',
  endpoint: { method: 'GET', path: '/associations/' },
  scopes: ['associations.readonly'],
  location: 'query',
  // The spec documents one association where a list comes back; itemsOf accepts both.
  list: { key: itemsOf('associations', 'data'), paging: { style: 'limit/skip', size: 100 } },
  sample: ASSOCIATION_SAMPLE,
  outputFields: ASSOCIATION_OUTPUT_FIELDS,
});
