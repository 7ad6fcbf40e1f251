import { CUSTOM_FIELDS_SCOPE } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { contactIdField, userIdField } from '../lib/fields';
import {
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  opportunityResult,
  opportunitySearchQuery,
  pipelineIdField,
  pipelineStageIdField,
  statusField,
} from '../lib/opportunities';

export default defineOperation({
  key: 'search_opportunities',
  kind: 'trigger',
  noun: 'Opportunity',
  label: 'Search Opportunities',
  description: 'Triggers when a new opportunity matching your filters is added (newest first).',
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly', CUSTOM_FIELDS_SCOPE],
  location: 'query:location_id',
  inputFields: [
    {
      key: 'q',
      label: 'Search Text',
      helpText: "Only opportunities whose name or contact's name, email or phone contain this text. Leave empty for every new opportunity.",
    },
    pipelineIdField({ required: false, helpText: 'Only opportunities in this pipeline.' }),
    pipelineStageIdField({ helpText: 'Only opportunities in this stage of the chosen pipeline.' }),
    statusField({ allowAll: true, helpText: 'Only opportunities with this status (empty or "All": any status).' }),
    userIdField('assignedTo', 'Assigned User', { helpText: 'Only opportunities assigned to this user.' }),
    contactIdField({ required: false, helpText: 'Only opportunities of this contact.' }),
  ],
  request: (input) => ({ query: opportunitySearchQuery(input) }),
  list: {
    key: 'opportunities',
    paging: { style: 'page/limit', size: 100 },
    sortBy: 'createdAt',
    each: (o, _input, ctx) => opportunityResult(o, ctx),
  },
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when an opportunity has custom fields',
});
