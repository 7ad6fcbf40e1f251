import { defineOperation } from '../lib/operation';
import { unwrapRecord } from '../lib/results';
import { BUSINESS_DETAILS, BUSINESS_KEYS, BUSINESS_NAME, BUSINESS_OUTPUT_FIELDS, BUSINESS_SAMPLE } from '../domains/businesses';

export default defineOperation({
  key: 'create_business',
  kind: 'create',
  noun: 'Business',
  label: 'Create Business',
  description: 'Creates a new business (company) in the sub-account.',
  endpoint: { method: 'POST', path: '/businesses/' },
  scopes: ['businesses.write'],
  location: 'body',
  inputFields: [BUSINESS_NAME, ...BUSINESS_DETAILS],
  result: (data) => unwrapRecord(data, BUSINESS_KEYS),
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});
