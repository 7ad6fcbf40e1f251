import { defineInstant, fetchesOf } from '../lib/instant';
import { PIPELINE_FILTER, STATUS_EVENT_FILTER } from '../domains/opportunities';
import { exampleOf, opportunityLacks, opportunityRecord, opportunityChangeTimes, opportunityMatches } from '../domains/webhooks';
import twin from './opportunity_status_changed';

/**
 * Opportunity Status Changed, from GoHighLevel's OpportunityStatusUpdate and OpportunityCreate webhooks:
 * the twin's item and id (`opportunityId:status:lastStatusChangeAt`); a delivery without
 * `lastStatusChangeAt` reads the opportunity once for it.
 */
export default defineInstant({
  key: 'opportunity_status_changed_instant',
  label: 'Opportunity Status Changed (Instant)',
  description: 'Triggers when an opportunity gets a new status, such as won or lost.',
  counterpart: twin,
  events: ['OpportunityStatusUpdate', 'OpportunityCreate'],
  inputFields: [
    PIPELINE_FILTER,
    {
      ...STATUS_EVENT_FILTER,
      helpText: 'Only when an opportunity gets this status (won, lost, abandoned or open). Leave empty for any status. A new opportunity counts as getting its first status.',
    },
  ],
  matches: opportunityMatches('pipelineId', 'status'),
  complete: opportunityChangeTimes('lastStatusChangeAt'),
  fetches: fetchesOf('/opportunities/{id}', ['lastStatusChangeAt']),
  record: opportunityRecord,
  lacks: opportunityLacks('lastStatusChangeAt'),
  about: 'Fires each time an opportunity gets a status (OpportunityStatusUpdate), and when one is created.',
  example: () => exampleOf('OpportunityStatusUpdate'),
});
