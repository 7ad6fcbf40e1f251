import { defineOperation } from '../lib/operation';
import { FOUND_USER_SAMPLE, USER_OUTPUT_FIELDS, agencyOnly, companyIdOf, userSearchText, usersMatching } from '../domains/users';

/**
 * A user by email or full name: GET /users/search (which matches names, emails and phones in part), then
 * the users that match exactly. Sub-account connections search their own sub-account; agency connections
 * the agency, or one chosen sub-account.
 */
export default defineOperation({
  key: 'find_user',
  kind: 'search',
  noun: 'User',
  label: 'Find User',
  searchOrCreate: 'create_user',
  description: 'Finds a user by email or full name.',
  endpoint: { method: 'GET', path: '/users/search' },
  scopes: ['users.readonly'],
  token: 'either',
  inputFields: [
    agencyOnly(
      {
        key: 'locationId',
        label: 'Sub-Account',
        required: false,
        dynamic: 'dropdown_sub_accounts.id.name',
        helpText: 'Only users of this sub-account. Leave empty to search every user of the agency.',
      },
      'sub-account filter (agency connections; no request)',
    ),
    { key: 'email', label: 'Email', helpText: 'The user\'s login email, matched exactly (any case). Give an Email, a Name, or both.' },
    { key: 'name', label: 'Name', helpText: 'The user\'s full name, e.g. Priya Patel, matched exactly (any case).' },
  ],
  request: (input, ctx) => ({
    query: { companyId: companyIdOf(ctx), query: userSearchText(input), locationId: ctx.locationId || undefined, limit: 100 },
  }),
  list: { key: usersMatching },
  sample: FOUND_USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
