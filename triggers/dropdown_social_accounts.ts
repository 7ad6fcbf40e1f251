import { defineDropdown } from '../lib/dropdown';

/**
 * Connected social media accounts; the value is the account's `profileId` (what the statistics endpoint
 * takes), `dropdown_social_accounts.id.name`.
 */
export default defineDropdown({
  key: 'dropdown_social_accounts',
  noun: 'Social Account',
  endpoint: { method: 'GET', path: '/social-media-posting/{locationId}/accounts' },
  scopes: ['socialplanner/account.readonly'],
  location: 'path',
  listKey: 'results.accounts',
  idOf: (a) => a.profileId ?? a.id,
  label: (a) => `${a.name || a.profileId}${a.platform ? ` (${a.platform}${a.isExpired ? ', expired' : ''})` : ''}`,
});
