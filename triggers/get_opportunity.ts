import { CUSTOM_FIELDS_SCOPE } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { OPPORTUNITY_OUTPUT_FIELDS, OPPORTUNITY_SAMPLE, opportunityIdField, opportunityResult } from '../lib/opportunities';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'get_opportunity',
  kind: 'trigger',
  noun: 'Opportunity',
  label: 'Get Opportunity',
  description: 'Triggers when the chosen opportunity is changed (fires once for each new version of the opportunity).',
  endpoint: { method: 'GET', path: '/opportunities/{id}' },
  scopes: ['opportunities.readonly', CUSTOM_FIELDS_SCOPE],
  inputFields: [opportunityIdField()],
  request: (input) => ({ path: { id: input.opportunityId } }),
  result: (data, _input, ctx) => opportunityResult(recordAt(data, 'opportunity'), ctx),
  versionKey: 'updatedAt',
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when the opportunity has custom fields',
});
