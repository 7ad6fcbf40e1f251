import { defineOperation } from '../lib/operation';

export default defineOperation({
  key: 'list_snapshots',
  kind: 'trigger',
  noun: 'Snapshot',
  label: 'List Snapshots',
  description: 'Triggers when a new snapshot is created in, or imported into, the agency (agency connections only).',
  endpoint: { method: 'GET', path: '/snapshots/' },
  scopes: ['snapshots.readonly'],
  token: 'agency',
  request: (_input, ctx) => ({ query: { companyId: ctx.companyId } }),
  // Snapshots carry no date: each fires once, by id.
  list: { key: 'snapshots' },
  sample: { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Martial Arts Snapshot', type: 'own' },
  outputFields: [
    { key: 'id', label: 'Snapshot ID' },
    { key: 'name', label: 'Name' },
    { key: 'type', label: 'Type (own or imported)' },
  ],
});
