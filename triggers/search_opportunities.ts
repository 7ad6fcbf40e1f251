import { defineOperation } from '../lib/operation';
import { contactIdField, userIdField } from '../lib/fields';
import {
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  PIPELINE_FILTER,
  STAGE_FILTER,
  STATUS_CHOICES,
  statusFilter,
} from '../domains/opportunities';

export default defineOperation({
  key: 'search_opportunities',
  kind: 'trigger',
  noun: 'Opportunity',
  label: 'Search Opportunities',
  description: 'Triggers when a new opportunity matching your filters is added (newest first).',
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly'],
  customFields: 'opportunity',
  location: 'query:location_id',
  inputFields: [
    {
      key: 'q',
      label: 'Search Text',
      helpText: "Only opportunities whose name or contact's name, email or phone contain this text. Leave empty for every new opportunity.",
      to: 'query',
      as: 'id', // trimmed
    },
    PIPELINE_FILTER,
    STAGE_FILTER,
    {
      key: 'status',
      label: 'Status',
      required: false,
      // "All" is only a search filter value, never a status to set.
      choices: { ...STATUS_CHOICES, all: 'All' },
      helpText: 'Only opportunities with this status (empty or "All": any status).',
      to: 'query',
      as: statusFilter,
    },
    { ...userIdField('assignedTo', 'Assigned User', { helpText: 'Only opportunities assigned to this user.' }), to: 'query', name: 'assigned_to' },
    { ...contactIdField({ required: false, helpText: 'Only opportunities of this contact.' }), to: 'query', name: 'contact_id', as: 'id' },
  ],
  request: () => ({ query: { order: 'added_desc' } }),
  list: {
    key: 'opportunities',
    paging: { style: 'page/limit', size: 100 },
    sortBy: 'createdAt',
  },
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
});
