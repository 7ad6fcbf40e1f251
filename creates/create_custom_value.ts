import { defineOperation } from '../lib/operation';
import { CUSTOM_VALUE_NAME, CUSTOM_VALUE_OUTPUT_FIELDS, CUSTOM_VALUE_SAMPLE, CUSTOM_VALUE_VALUE } from '../domains/custom-values';

export default defineOperation({
  key: 'create_custom_value',
  kind: 'create',
  noun: 'Value',
  label: 'Create Custom Value',
  description: 'Creates a custom value, the merge field that templates, emails and pages can show.',
  endpoint: { method: 'POST', path: '/locations/{locationId}/customValues' },
  scopes: ['locations/customValues.write'],
  location: 'path',
  inputFields: [CUSTOM_VALUE_NAME, CUSTOM_VALUE_VALUE],
  result: 'customValue',
  sample: CUSTOM_VALUE_SAMPLE,
  outputFields: CUSTOM_VALUE_OUTPUT_FIELDS,
});
