import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { isBlank, toList } from '../lib/transforms';
import type { Field } from '../lib/types';
import {
  FIRST_NAME,
  LAST_NAME,
  PHONE,
  PLATFORM_LANGUAGE,
  PROFILE_PHOTO,
  ROLE,
  USER_ID,
  USER_OUTPUT_FIELDS,
  USER_SAMPLE,
  USER_TYPE,
  companyIdOf,
  subAccountsField,
} from '../domains/users';
import { record } from '../lib/results';

const PASSWORD: Field = { key: 'password', label: 'Password', type: 'password', required: false, helpText: "The user's new password (the user's own, not your connection's). Leave empty to keep the current one.", to: 'body' };
/** The fields an update may change besides the sub-accounts. */
const CHANGES: Field[] = [FIRST_NAME, LAST_NAME, PASSWORD, PHONE, USER_TYPE, ROLE, PROFILE_PHOTO, PLATFORM_LANGUAGE];

export default defineOperation({
  key: 'update_user',
  kind: 'create',
  noun: 'User',
  label: 'Update User',
  description: "Updates a user's name, password, phone, role or sub-accounts, changing only what you fill in.",
  endpoint: { method: 'PUT', path: '/users/{userId}' },
  scopes: ['users.write'],
  token: 'either',
  inputFields: [
    USER_ID,
    FIRST_NAME,
    LAST_NAME,
    PASSWORD,
    PHONE,
    USER_TYPE,
    ROLE,
    subAccountsField('Replaces the sub-accounts the user can access. Leave empty to keep them.'),
    PROFILE_PHOTO,
    PLATFORM_LANGUAGE,
  ],
  // Only what was filled in. Agency connections send their companyId (GHL needs it for agency-level access)
  // and may replace the user's sub-accounts.
  request: (input, ctx) => {
    const locationIds = ctx.userType === 'Company' ? toList(input.locationIds) : [];
    if (locationIds.length === 0 && CHANGES.every((f) => isBlank(input[f.key]))) {
      throw new InputError('Nothing to update: fill in at least one field besides the User.', 'firstName');
    }
    if (ctx.userType !== 'Company') return {};
    return { body: { ...(locationIds.length ? { locationIds } : {}), companyId: companyIdOf(ctx) } };
  },
  result: record('', 'id'),
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});
