import { defineOperation } from '../lib/operation';
import { USER_OUTPUT_FIELDS, USER_SAMPLE } from '../domains/users';

export default defineOperation({
  key: 'list_users_by_location',
  kind: 'trigger',
  noun: 'User',
  label: 'List Users by Location',
  description:
    'Triggers when a user is added to the sub-account. Deprecated by GoHighLevel: use Search Users instead (it filters by sub-account too).',
  endpoint: { method: 'GET', path: '/users/' },
  scopes: ['users.readonly'],
  location: 'query',
  list: { key: 'users' },
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
