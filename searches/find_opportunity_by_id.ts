import { defineOperation } from '../lib/operation';
import { recordAt } from '../lib/results';
import { OPPORTUNITY_EVENT_SAMPLE, OPPORTUNITY_ID, OPPORTUNITY_OUTPUT_FIELDS, opportunityEvent } from '../domains/opportunities';

const { opportunityId: _own, ...FOUND_OPPORTUNITY_SAMPLE } = OPPORTUNITY_EVENT_SAMPLE;

/** The opportunity with this id; nothing found (`[]`) when GoHighLevel answers 404. */
export default defineOperation({
  key: 'find_opportunity_by_id',
  kind: 'search',
  noun: 'Opportunity',
  label: 'Find Opportunity by ID',
  description: 'Finds an opportunity by its ID.',
  endpoint: { method: 'GET', path: '/opportunities/{id}' },
  scopes: ['opportunities.readonly'],
  customFields: 'opportunity',
  inputFields: [OPPORTUNITY_ID],
  result: (data) => {
    const { opportunityId: _same, ...found } = opportunityEvent(recordAt(data, 'opportunity'));
    return found;
  },
  sample: FOUND_OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
});
