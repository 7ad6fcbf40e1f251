import { defineDropdown } from '../lib/dropdown';
import { appIdOf } from '../lib/connection';

/** Agency connections: the sub-accounts where this app is installed (the Sub-Account picker). */
export default defineDropdown({
  key: 'dropdown_sub_accounts',
  noun: 'Sub-Account',
  endpoint: { method: 'GET', path: '/oauth/installedLocations' },
  scopes: ['oauth.readonly'],
  token: 'agency',
  listKey: 'locations',
  paging: { style: 'limit/skip', size: 100 },
  request: (_input, ctx) => ({ query: { companyId: ctx.companyId, appId: appIdOf(), isInstalled: true } }),
  idOf: (l) => l._id ?? l.id,
  label: (l) => (l.address ? `${l.name} (${l.address})` : l.name),
});
