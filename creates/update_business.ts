import { defineOperation } from '../lib/operation';
import { businessIdField } from '../lib/fields';
import {
  BUSINESS_OUTPUT_FIELDS,
  BUSINESS_SAMPLE,
  businessInputs,
  businessOf,
  businessUpdateBody,
} from '../lib/businesses';

export default defineOperation({
  key: 'update_business',
  kind: 'create',
  noun: 'Business',
  label: 'Update Business',
  description: 'Updates a business; only the fields you fill in are changed.',
  endpoint: { method: 'PUT', path: '/businesses/{businessId}' },
  scopes: ['businesses.write'],
  inputFields: [businessIdField(), ...businessInputs({ nameRequired: false })],
  request: (input) => ({ body: businessUpdateBody(input) }),
  result: businessOf,
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});
