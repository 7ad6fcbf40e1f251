import { defineOperation } from '../lib/operation';
import { unwrapRecord } from '../lib/results';
import { BUSINESS_ID, BUSINESS_KEYS, BUSINESS_OUTPUT_FIELDS, BUSINESS_SAMPLE } from '../domains/businesses';

export default defineOperation({
  key: 'get_business',
  kind: 'trigger',
  noun: 'Business',
  label: 'Get Business',
  description: 'Triggers when the chosen business is changed (fires once for each new version of the business).',
  endpoint: { method: 'GET', path: '/businesses/{businessId}' },
  scopes: ['businesses.readonly'],
  inputFields: [BUSINESS_ID],
  result: (data) => unwrapRecord(data, BUSINESS_KEYS),
  versionKey: 'updatedAt',
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});
