import { defineOperation } from '../lib/operation';

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
  sample: {
    id: 'VDm7RPYC2GLUvdpKmBfC',
    name: 'Sales pipeline',
    stages: [
      { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New lead', position: 0 },
      { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'Proposal sent', position: 1 },
    ],
    showInFunnel: true,
    showInPieChart: true,
    locationId: 've9EPM428h8vShlRW1KT',
  },
  outputFields: [
    { key: 'id', label: 'Pipeline ID' },
    { key: 'name', label: 'Pipeline Name' },
    { key: 'stages', label: 'Stages' },
    { key: 'showInFunnel', label: 'Show in Funnel Chart', type: 'boolean' },
    { key: 'showInPieChart', label: 'Show in Pie Chart', type: 'boolean' },
    { key: 'locationId', label: 'Sub-Account ID' },
  ],
});
