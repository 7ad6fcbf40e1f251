import { recordAt } from '../lib/results';
import { CUSTOM_FIELDS_SCOPE, fetchCustomFieldDefs, hasCustomFieldInput } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import {
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  opportunityBody,
  opportunityInputs,
  opportunityResult,
} from '../lib/opportunities';

export default defineOperation({
  key: 'create_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates a new opportunity for a contact in a pipeline, with its value, owner and custom fields.',
  endpoint: { method: 'POST', path: '/opportunities/' },
  scopes: ['opportunities.write', CUSTOM_FIELDS_SCOPE],
  location: 'body',
  inputFields: opportunityInputs({ required: true, contact: true }),
  request: async (input, ctx) => ({
    body: { ...opportunityBody(input, { defs: (hasCustomFieldInput(input) ? await fetchCustomFieldDefs(ctx.z, ctx.bundle, 'opportunity', ctx) : undefined) }), contactId: input.contactId },
  }),
  result: (data, _input, ctx) => opportunityResult(recordAt(data, 'opportunity'), ctx),
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when the opportunity has custom fields',
});
