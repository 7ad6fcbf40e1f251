import { defineOperation, deletedResult } from '../lib/operation';
import { userIdField } from '../lib/fields';

export default defineOperation({
  key: 'delete_user',
  kind: 'create',
  noun: 'User',
  label: 'Delete User',
  description: 'Deletes a user (GoHighLevel queues the deletion; it takes effect within a few minutes).',
  endpoint: { method: 'DELETE', path: '/users/{userId}' },
  ack: true,
  scopes: ['users.write'],
  token: 'either',
  inputFields: [userIdField('userId', 'User', { required: true })],
  result: deletedResult('userId'),
  sample: {
    id: '0IHuJvc2ofPAAA8GzTRi',
    deleted: true,
    succeded: true,
    message: 'Queued deleting user with e-mail john@deo.com and name John Deo. Will take effect in a few minutes.',
  },
  outputFields: [
    { key: 'id', label: 'User ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
    { key: 'succeded', label: 'Succeeded', type: 'boolean' },
    { key: 'message', label: 'Message' },
  ],
});
