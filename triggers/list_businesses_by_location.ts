import { defineOperation } from '../lib/operation';
import { BUSINESS_OUTPUT_FIELDS, BUSINESS_SAMPLE } from '../domains/businesses';

export default defineOperation({
  key: 'list_businesses_by_location',
  kind: 'trigger',
  noun: 'Business',
  label: 'List Businesses by Location',
  description: 'Triggers when a new business is added to the sub-account.',
  endpoint: { method: 'GET', path: '/businesses/' },
  scopes: ['businesses.readonly'],
  location: 'query',
  list: { key: 'businesses', paging: { style: 'limit/skip', size: 100 }, sortBy: 'createdAt' },
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});
