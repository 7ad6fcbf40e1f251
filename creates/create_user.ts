import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { toList } from '../lib/transforms';
import {
  FIRST_NAME,
  LAST_NAME,
  PHONE,
  PLATFORM_LANGUAGE,
  PROFILE_PHOTO,
  ROLE,
  USER_OUTPUT_FIELDS,
  USER_SAMPLE,
  USER_TYPE,
  companyIdOf,
  subAccountsField,
} from '../domains/users';
import { record } from '../lib/results';

export default defineOperation({
  key: 'create_user',
  kind: 'create',
  noun: 'User',
  label: 'Create User',
  description: 'Creates a user in the sub-account, or in the agency with an agency connection.',
  endpoint: { method: 'POST', path: '/users/' },
  scopes: ['users.write'],
  token: 'either',
  inputFields: [
    { ...FIRST_NAME, required: true },
    { ...LAST_NAME, required: true },
    { key: 'email', label: 'Email', required: true, helpText: 'The login email, e.g. john@deo.com.', to: 'body', as: 'email' },
    { key: 'password', label: 'Password', type: 'password', required: true, helpText: "The new user's password (the user's own, not your connection's).", to: 'body' },
    PHONE,
    { ...USER_TYPE, required: true, default: 'account' },
    { ...ROLE, required: true, default: 'user' },
    subAccountsField('The sub-accounts the user can access (required for sub-account users).'),
    PROFILE_PHOTO,
    PLATFORM_LANGUAGE,
  ],
  // The company from the connection; a sub-account connection adds the user to its own sub-account, an
  // agency connection to the chosen ones (at least one for a sub-account user).
  request: (input, ctx) => {
    if (ctx.userType !== 'Company') return { body: { companyId: companyIdOf(ctx), locationIds: [ctx.locationId] } };
    const locationIds = toList(input.locationIds);
    if (locationIds.length === 0 && String(input.type).trim().toLowerCase() === 'account') {
      throw new InputError('Choose at least one Sub-Account for a sub-account user.', 'locationIds');
    }
    return { body: { companyId: companyIdOf(ctx), locationIds } };
  },
  result: record('', 'id'),
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
