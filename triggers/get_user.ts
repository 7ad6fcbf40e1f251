import { defineOperation } from '../lib/operation';
import { USER_ID, USER_OUTPUT_FIELDS, USER_SAMPLE } from '../domains/users';
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
  inputFields: [USER_ID],
  result: record('', 'id'),
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
