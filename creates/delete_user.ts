import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { USER_ID } from '../domains/users';

export default defineOperation({
  key: 'delete_user',
  kind: 'create',
  noun: 'User',
  label: 'Delete User',
  description: 'Deletes a user (GoHighLevel queues the deletion; it takes effect within a few minutes).',
  endpoint: { method: 'DELETE', path: '/users/{userId}' },
  ...deletion('userId', 'User ID', { id: '0IHuJvc2ofPAAA8GzTRi', deleted: true, succeded: true, message: 'Queued deleting user with e-mail john@deo.com and name John Deo. Will take effect in a few minutes.' }),
  scopes: ['users.write'],
  token: 'either',
  inputFields: [USER_ID],
});
