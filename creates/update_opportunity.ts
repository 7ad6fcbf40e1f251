import { hasCustomFieldInput } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { isBlank } from '../lib/transforms';
import type { InputField } from '../lib/types';
import {
  ASSIGNED_TO,
  MONETARY_VALUE,
  OPPORTUNITY_CUSTOM_FIELDS,
  OPPORTUNITY_ID,
  OPPORTUNITY_NAME_OPTIONAL,
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  PIPELINE_ID_OPTIONAL,
  PIPELINE_STAGE_ID,
  STATUS_OPTIONAL,
} from '../domains/opportunities';

/** What an update may change: the bound fields and the custom fields. */
const CHANGES: InputField[] = [
  PIPELINE_ID_OPTIONAL,
  PIPELINE_STAGE_ID,
  OPPORTUNITY_NAME_OPTIONAL,
  STATUS_OPTIONAL,
  MONETARY_VALUE,
  ASSIGNED_TO,
  OPPORTUNITY_CUSTOM_FIELDS,
];

export default defineOperation({
  key: 'update_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: "Updates an opportunity's name, stage, status, value, owner or custom fields you fill in.",
  endpoint: { method: 'PUT', path: '/opportunities/{id}' },
  scopes: ['opportunities.write'],
  customFields: 'opportunity',
  inputFields: [OPPORTUNITY_ID, ...CHANGES],
  request: (input) => {
    if (CHANGES.every((f) => (typeof f === 'function' ? !hasCustomFieldInput(input) : isBlank(input[f.key])))) {
      throw new InputError('Nothing to update: fill in at least one field besides the Opportunity ID.', 'name');
    }
    return {};
  },
  result: 'opportunity',
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
});
