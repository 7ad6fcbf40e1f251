import { defineInstant, fetchesOf } from '../lib/instant';
import { PIPELINE_FILTER, STAGE_FILTER } from '../domains/opportunities';
import { exampleOf, opportunityLacks, opportunityRecord, opportunityChangeTimes, opportunityMatches } from '../domains/webhooks';
import twin from './opportunity_stage_changed';

/**
 * Opportunity Stage Changed, from GoHighLevel's OpportunityStageUpdate and OpportunityCreate webhooks: the
 * twin's item and id (`opportunityId:pipelineStageId:lastStageChangeAt`); a delivery without
 * `lastStageChangeAt` reads the opportunity once for it.
 */
export default defineInstant({
  key: 'opportunity_stage_changed_instant',
  label: 'Opportunity Stage Changed (Instant)',
  description: 'Triggers when an opportunity enters a stage, optionally a chosen pipeline or stage.',
  counterpart: twin,
  events: ['OpportunityStageUpdate', 'OpportunityCreate'],
  inputFields: [
    PIPELINE_FILTER,
    {
      ...STAGE_FILTER,
      helpText: 'Only when an opportunity enters this stage of the chosen pipeline. Leave empty for any stage. A new opportunity counts as entering its first stage.',
    },
  ],
  matches: opportunityMatches('pipelineId', 'pipelineStageId'),
  complete: opportunityChangeTimes('lastStageChangeAt'),
  fetches: fetchesOf('/opportunities/{id}', ['lastStageChangeAt']),
  record: opportunityRecord,
  lacks: opportunityLacks('lastStageChangeAt'),
  about: 'Fires each time an opportunity enters a stage (OpportunityStageUpdate), again after it left and came back, and when one is created.',
  example: () => exampleOf('OpportunityStageUpdate'),
});
