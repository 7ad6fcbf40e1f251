import { defineOperation } from '../lib/operation';
import { BUSINESS_OUTPUT_FIELDS, BUSINESS_SAMPLE, businessBody, businessInputs, businessOf } from '../lib/businesses';

export default defineOperation({
  key: 'create_business',
  kind: 'create',
  noun: 'Business',
  label: 'Create Business',
  description: 'Creates a new business (company) in the sub-account.',
  endpoint: { method: 'POST', path: '/businesses/' },
  scopes: ['businesses.write'],
  location: 'body',
  inputFields: businessInputs({ nameRequired: true }),
  request: (input) => ({ body: businessBody(input) }),
  result: businessOf,
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});
