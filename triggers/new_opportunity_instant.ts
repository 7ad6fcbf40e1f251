import { defineInstant } from '../lib/instant';
import { PIPELINE_FILTER, STAGE_FILTER, STATUS_EVENT_FILTER } from '../domains/opportunities';
import { exampleOf, opportunityLacks, opportunityRecord, opportunityMatches } from '../domains/webhooks';
import twin from './new_opportunity';

/** New Opportunity, from GoHighLevel's OpportunityCreate webhook: New Opportunity's item and id (the opportunity's). */
export default defineInstant({
  key: 'new_opportunity_instant',
  label: 'New Opportunity (Instant)',
  description: 'Triggers when an opportunity is created, optionally in a pipeline, stage or status.',
  counterpart: twin,
  events: ['OpportunityCreate'],
  inputFields: [
    { ...PIPELINE_FILTER, helpText: "Only opportunities created in this pipeline. The Stage list shows this pipeline's stages." },
    { ...STAGE_FILTER, helpText: 'Only opportunities created in this stage of the chosen pipeline.' },
    { ...STATUS_EVENT_FILTER, helpText: 'Only opportunities created with this status. Leave empty for any status.' },
  ],
  matches: opportunityMatches('pipelineId', 'pipelineStageId', 'status'),
  record: opportunityRecord,
  lacks: opportunityLacks(),
  about: 'Fires once for each opportunity created (OpportunityCreate) that matches the filters.',
  example: () => exampleOf('OpportunityCreate'),
});
