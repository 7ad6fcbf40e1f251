import { defineOperation } from '../lib/operation';
import { userIdField } from '../lib/fields';
import { USER_OUTPUT_FIELDS, USER_SAMPLE } from '../lib/users';
import { record } from '../lib/results';

export default defineOperation({
  key: 'get_user',
  kind: 'trigger',
  noun: 'User',
  label: 'Get User',
  description: 'Triggers when the chosen user is changed (fires once for each new version of the user).',
  endpoint: { method: 'GET', path: '/users/{userId}' },
  scopes: ['users.readonly'],
  token: 'either',
  inputFields: [userIdField('userId', 'User', { required: true })],
  result: record('', 'id'),
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
