import { defineOperation } from '../lib/operation';
import {
  NEWEST_ADDED,
  OPPORTUNITY_EVENT_OUTPUT_FIELDS,
  OPPORTUNITY_EVENT_SAMPLE,
  OPPORTUNITY_EVENTS_PAGING,
  opportunityEvent,
  PIPELINE_FILTER,
  STAGE_FILTER,
  STATUS_EVENT_FILTER,
} from '../domains/opportunities';

/**
 * Fires once per opportunity, when it is created: the newest page by creation (`order=added_desc`); the
 * event's id is the opportunity's id.
 */
export default defineOperation({
  key: 'new_opportunity',
  kind: 'trigger',
  noun: 'Opportunity',
  label: 'New Opportunity',
  description: 'Triggers when an opportunity is created, optionally in a pipeline, stage or status.',
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly'],
  customFields: 'opportunity',
  location: 'query:location_id',
  inputFields: [
    {
      ...PIPELINE_FILTER,
      helpText:
        "Only opportunities in this pipeline. The Stage list shows this pipeline's stages. With a filter, an " +
        'opportunity fires once, when it is first seen matching it (created there, or moved there later).',
    },
    STAGE_FILTER,
    STATUS_EVENT_FILTER,
  ],
  request: () => NEWEST_ADDED,
  list: {
    key: 'opportunities',
    paging: OPPORTUNITY_EVENTS_PAGING,
    sortBy: 'createdAt',
    each: opportunityEvent,
    idOf: (o) => o.opportunityId,
  },
  sample: OPPORTUNITY_EVENT_SAMPLE,
  outputFields: OPPORTUNITY_EVENT_OUTPUT_FIELDS,
});
