import { defineDropdown } from '../lib/dropdown';
import { appIdOf } from '../lib/connection';
import { InputError } from '../lib/http';

/** Agency connections: the sub-accounts where this app is installed (the Sub-Account picker). */
export default defineDropdown({
  key: 'dropdown_sub_accounts',
  noun: 'Sub-Account',
  endpoint: { method: 'GET', path: '/oauth/installedLocations' },
  scopes: ['oauth.readonly'],
  token: 'agency',
  listKey: 'locations',
  paging: { style: 'limit/skip', size: 100 },
  request: (_input, ctx) => {
    const appId = appIdOf();
    if (!appId) {
      throw new InputError('The app id is unknown: set CLIENT_ID (or GHL_APP_ID) in the integration\'s environment.', 'appId');
    }
    return { query: { companyId: ctx.companyId, appId, isInstalled: true } };
  },
  idOf: (l) => l._id ?? l.id,
  label: (l) => (l.address ? `${l.name} (${l.address})` : l.name),
});
