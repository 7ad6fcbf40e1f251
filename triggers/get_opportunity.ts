import { defineOperation } from '../lib/operation';
import { OPPORTUNITY_ID, OPPORTUNITY_OUTPUT_FIELDS, OPPORTUNITY_SAMPLE } from '../domains/opportunities';

export default defineOperation({
  key: 'get_opportunity',
  kind: 'trigger',
  noun: 'Opportunity',
  label: 'Get Opportunity',
  description: 'Triggers when the chosen opportunity changes (once per new version of the opportunity).',
  endpoint: { method: 'GET', path: '/opportunities/{id}' },
  scopes: ['opportunities.readonly'],
  customFields: 'opportunity',
  inputFields: [OPPORTUNITY_ID],
  result: 'opportunity',
  versionKey: 'updatedAt',
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
});
