import { defineOperation } from '../lib/operation';
import { pipelineStages } from '../lib/opportunities';

/**
 * Stages of the pipeline chosen in the same step (its `pipelineId` input), from GET /opportunities/pipelines;
 * without a chosen pipeline, every pipeline's stages labelled "Pipeline › Stage".
 *
 * Declared like `defineDropdown` does (hidden trigger, `name` label), but with a list function: the stages
 * are nested in the pipelines answer, which `defineDropdown`'s string `listKey` cannot reach.
 */
export default defineOperation({
  key: 'dropdown_pipeline_stages',
  kind: 'trigger',
  noun: 'Stage',
  label: 'Stage List',
  description: 'Lists stages for dropdowns.',
  hidden: true,
  endpoint: { method: 'GET', path: '/opportunities/pipelines' },
  scopes: ['opportunities.readonly'],
  location: 'query',
  list: { key: pipelineStages },
});
