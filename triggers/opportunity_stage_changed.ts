import { defineOperation } from '../lib/operation';
import { eventId } from '../domains/events';
import {
  NEWEST_UPDATED,
  OPPORTUNITY_EVENT_OUTPUT_FIELDS,
  OPPORTUNITY_EVENT_SAMPLE,
  OPPORTUNITY_EVENTS_PAGING,
  opportunityEvent,
  PIPELINE_FILTER,
  STAGE_FILTER,
} from '../domains/opportunities';

/**
 * Fires each time an opportunity enters a stage, again after it left and came back: the newest page of
 * changed opportunities (`order=updated_desc`), newest first by `lastStageChangeAt`; the event's id is
 * `opportunityId:pipelineStageId:lastStageChangeAt`, so every entry into a stage is one event.
 */
export default defineOperation({
  key: 'opportunity_stage_changed',
  kind: 'trigger',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed',
  description: 'Triggers when an opportunity enters a stage, optionally a chosen pipeline or stage.',
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly'],
  customFields: 'opportunity',
  location: 'query:location_id',
  inputFields: [
    PIPELINE_FILTER,
    {
      ...STAGE_FILTER,
      helpText:
        'Only when an opportunity enters this stage of the chosen pipeline. Leave empty for any stage. A new ' +
        'opportunity counts as entering its first stage. Each check sees where an opportunity is then: one that ' +
        'moves through several stages between two checks fires once, for the stage it is in.',
    },
  ],
  request: () => NEWEST_UPDATED,
  list: {
    key: 'opportunities',
    paging: OPPORTUNITY_EVENTS_PAGING,
    sortBy: 'lastStageChangeAt',
    each: opportunityEvent,
    idOf: (o) => eventId(o.opportunityId, o.pipelineStageId, o.lastStageChangeAt),
  },
  sample: {
    ...OPPORTUNITY_EVENT_SAMPLE,
    id: eventId(OPPORTUNITY_EVENT_SAMPLE.id, OPPORTUNITY_EVENT_SAMPLE.pipelineStageId, OPPORTUNITY_EVENT_SAMPLE.lastStageChangeAt),
  },
  outputFields: OPPORTUNITY_EVENT_OUTPUT_FIELDS,
});
