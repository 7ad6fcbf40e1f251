import { defineOperation } from '../lib/operation';
import { USER_OUTPUT_FIELDS, USER_SAMPLE } from '../domains/users';

export default defineOperation({
  key: 'list_users_by_location',
  kind: 'trigger',
  noun: 'User',
  label: 'List Users by Location',
  description: 'Triggers when a user is added to the sub-account (deprecated: use Search Users instead).',
  endpoint: { method: 'GET', path: '/users/' },
  scopes: ['users.readonly'],
  location: 'query',
  list: { key: 'users' },
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
