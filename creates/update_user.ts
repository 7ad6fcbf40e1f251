import { defineOperation } from '../lib/operation';
import { userIdField } from '../lib/fields';
import { USER_OUTPUT_FIELDS, USER_SAMPLE, updateUserBody, userInputs } from '../lib/users';
import { record } from '../lib/results';

export default defineOperation({
  key: 'update_user',
  kind: 'create',
  noun: 'User',
  label: 'Update User',
  description: "Updates a user's name, password, phone, role or sub-accounts. Empty fields are left unchanged.",
  endpoint: { method: 'PUT', path: '/users/{userId}' },
  scopes: ['users.write'],
  token: 'either',
  inputFields: [userIdField('userId', 'User', { required: true }), ...userInputs({ create: false })],
  request: (input, ctx) => ({ body: updateUserBody(input, ctx) }),
  result: record('', 'id'),
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
