import { defineDropdown } from '../lib/dropdown';

/** Agency connections: the agency's snapshots, to load into a new sub-account (Create Location). */
export default defineDropdown({
  key: 'dropdown_location_snapshots',
  noun: 'Snapshot',
  endpoint: { method: 'GET', path: '/snapshots/' },
  scopes: ['snapshots.readonly'],
  token: 'agency',
  listKey: 'snapshots',
  request: (_input, ctx) => ({ query: { companyId: ctx.companyId } }),
  label: (s) => (s.type ? `${s.name} (${s.type})` : s.name),
});
