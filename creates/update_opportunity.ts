import { recordAt } from '../lib/results';
import { CUSTOM_FIELDS_SCOPE, fetchCustomFieldDefs, hasCustomFieldInput } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import {
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  opportunityBody,
  opportunityIdField,
  opportunityInputs,
  opportunityResult,
} from '../lib/opportunities';

export default defineOperation({
  key: 'update_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: 'Updates an opportunity: name, pipeline and stage, status, value, assigned user or custom fields. Empty fields are left unchanged.',
  endpoint: { method: 'PUT', path: '/opportunities/{id}' },
  scopes: ['opportunities.write', CUSTOM_FIELDS_SCOPE],
  inputFields: [opportunityIdField(), ...opportunityInputs({ required: false })],
  request: async (input, ctx) => {
    const body = opportunityBody(input, { defs: (hasCustomFieldInput(input) ? await fetchCustomFieldDefs(ctx.z, ctx.bundle, 'opportunity', ctx) : undefined) });
    if (Object.keys(body).length === 0) {
      throw new InputError('Nothing to update: fill in at least one field besides the Opportunity ID.', 'name');
    }
    return { path: { id: input.opportunityId }, body };
  },
  result: (data, _input, ctx) => opportunityResult(recordAt(data, 'opportunity'), ctx),
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when the opportunity has custom fields',
});
