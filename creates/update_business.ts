import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { unwrapRecord } from '../lib/results';
import { isBlank } from '../lib/transforms';
import type { Field } from '../lib/types';
import { BUSINESS_DETAILS, BUSINESS_ID, BUSINESS_KEYS, BUSINESS_NAME, BUSINESS_OUTPUT_FIELDS, BUSINESS_SAMPLE } from '../domains/businesses';

/** What an update may change: every business field, the name included (optional here). */
const CHANGES: Field[] = [{ ...BUSINESS_NAME, required: false }, ...BUSINESS_DETAILS];

export default defineOperation({
  key: 'update_business',
  kind: 'create',
  noun: 'Business',
  label: 'Update Business',
  description: 'Updates a business; only the fields you fill in are changed.',
  endpoint: { method: 'PUT', path: '/businesses/{businessId}' },
  scopes: ['businesses.write'],
  inputFields: [BUSINESS_ID, ...CHANGES],
  request: (input) => {
    if (CHANGES.every((f) => isBlank(input[f.key]))) {
      throw new InputError('Give at least one business field to update (name, phone, email, address…).', 'name');
    }
    return {};
  },
  result: (data) => unwrapRecord(data, BUSINESS_KEYS),
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});
