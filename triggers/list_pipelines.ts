import { defineOperation } from '../lib/operation';
import { PIPELINE_OUTPUT_FIELDS, PIPELINE_SAMPLE } from '../lib/opportunities';

export default defineOperation({
  key: 'list_pipelines',
  kind: 'trigger',
  noun: 'Pipeline',
  label: 'List Pipelines',
  description: 'Triggers when a new opportunity pipeline is added to the sub-account.',
  endpoint: { method: 'GET', path: '/opportunities/pipelines' },
  scopes: ['opportunities.readonly'],
  location: 'query',
  list: { key: 'pipelines' },
  sample: PIPELINE_SAMPLE,
  outputFields: PIPELINE_OUTPUT_FIELDS,
});
