import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { USER_ID } from '../domains/users';

export default defineOperation({
  key: 'delete_user',
  kind: 'create',
  noun: 'User',
  label: 'Delete User',
  description: 'Deletes a user (the deletion is queued and takes effect within a few minutes).',
  endpoint: { method: 'DELETE', path: '/users/{userId}' },
  ...deletion('userId', 'User ID', { id: '0IHuJvc2ofPAAA8GzTRi', deleted: true, succeded: true, message: 'Queued deleting user with e-mail priya@acmedental.example.com and name Priya Sharma. Will take effect in a few minutes.' }, { deletes: 'the user, who loses access to the account' }),
  scopes: ['users.write'],
  token: 'either',
  inputFields: [USER_ID],
});
