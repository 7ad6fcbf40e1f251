import { defineOperation } from '../lib/operation';
import { USER_OUTPUT_FIELDS, USER_SAMPLE, createUserBody, userInputs } from '../lib/users';
import { record } from '../lib/results';

export default defineOperation({
  key: 'create_user',
  kind: 'create',
  noun: 'User',
  label: 'Create User',
  description:
    'Creates a user. With a sub-account connection the user is added to that sub-account; agency users need an agency connection.',
  endpoint: { method: 'POST', path: '/users/' },
  scopes: ['users.write'],
  token: 'either',
  inputFields: userInputs({ create: true }),
  request: (input, ctx) => ({ body: createUserBody(input, ctx) }),
  result: record('', 'id'),
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
