import { defineOperation } from '../lib/operation';
import { businessIdField } from '../lib/fields';
import { BUSINESS_OUTPUT_FIELDS, BUSINESS_SAMPLE, businessOf } from '../lib/businesses';

export default defineOperation({
  key: 'get_business',
  kind: 'trigger',
  noun: 'Business',
  label: 'Get Business',
  description: 'Triggers when the chosen business is changed (fires once for each new version of the business).',
  endpoint: { method: 'GET', path: '/businesses/{businessId}' },
  scopes: ['businesses.readonly'],
  inputFields: [businessIdField()],
  result: businessOf,
  versionKey: 'updatedAt',
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});
