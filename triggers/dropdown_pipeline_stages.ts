import { defineOperation } from '../lib/operation';
import { nonEmpty } from '../lib/transforms';
import type { Input } from '../lib/types';

/**
 * The stages of the pipelines answer (GET /opportunities/pipelines) as dropdown items: the chosen pipeline's
 * stages (input `pipelineId`), or every pipeline's stages labelled "Pipeline › Stage" when none is chosen.
 */
const pipelineStages = (data: any, input: Input): any[] => {
  const pipelines: any[] = Array.isArray(data?.pipelines) ? data.pipelines : [];
  const chosen = nonEmpty(input.pipelineId);
  const selected = chosen ? pipelines.filter((p) => p?.id === chosen) : pipelines;
  return selected.flatMap((p) =>
    (Array.isArray(p?.stages) ? p.stages : [])
      .filter((s: any) => s && s.id)
      .map((s: any) => ({
        ...s,
        pipelineId: p.id,
        pipelineName: p.name,
        stageName: s.name,
        name: chosen ? s.name || s.id : `${p.name || p.id} › ${s.name || s.id}`,
      })),
  );
};

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
