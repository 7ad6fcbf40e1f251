import { defineOperation } from '../lib/operation';

export default defineOperation({
  key: 'list_workflows',
  kind: 'trigger',
  noun: 'Workflow',
  label: 'List Workflows',
  description: 'Triggers when a new workflow is created in the sub-account.',
  endpoint: { method: 'GET', path: '/workflows/' },
  scopes: ['workflows.readonly'],
  location: 'query',
  // GHL returns every workflow at once (no paging parameters).
  list: { key: 'workflows', sortBy: 'createdAt' },
  sample: {
    id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
    name: 'First Workflow',
    status: 'draft',
    version: 2,
    createdAt: '2021-05-26T11:33:49.000Z',
    updatedAt: '2021-05-26T11:33:49.000Z',
    locationId: 've9EPM428h8vShlRW1KT',
  },
  outputFields: [
    { key: 'id', label: 'Workflow ID' },
    { key: 'name', label: 'Name' },
    { key: 'status', label: 'Status' },
    { key: 'version', label: 'Version', type: 'integer' },
    { key: 'createdAt', label: 'Created At', type: 'datetime' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
    { key: 'locationId', label: 'Sub-Account ID' },
  ],
});
