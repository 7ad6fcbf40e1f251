/**
 * What the user operations share: the company id they need, the optional sub-account filter for agency
 * connections, the user inputs and the body they become, and the user sample and output fields.
 *
 * Users live in the agency (company). Reads and writes work with either connection type: sub-account
 * connections act in their own sub-account (and their connection's company); agency connections pick the
 * sub-account(s) themselves. Only agency connections can manage agency-type users.
 */
import { isAgency } from './connection';
import { compact, InputError } from './http';
import type { Ctx, Field, FieldFunction, Input, InputField, OutputField } from './types';
import { checkEmail, normalizePhone, toList } from './transforms';

/** The connection's company (agency) id, which the users endpoints need even with a sub-account token. */
export const companyIdOf = (ctx: Pick<Ctx, 'companyId'>): string => {
  if (!ctx.companyId) {
    throw new InputError(
      'This GoHighLevel connection carries no company (agency) ID, which user steps need. Reconnect GoHighLevel and try again.',
    );
  }
  return ctx.companyId;
};

export const AGENCY_USER_MESSAGE =
  'Agency users can only be managed with an agency connection. Reconnect GoHighLevel choosing "Agency" as ' +
  'the connection type, or choose "Sub-Account user" as the User Type.';

/**
 * Agency connections only: an optional Sub-Account filter (input `locationId`). Sub-account connections
 * always use their own sub-account and never see it.
 */
export const optionalSubAccountField = (helpText: string): FieldFunction =>
  Object.assign(
    (_z: unknown, bundle: { authData: Record<string, string> }) =>
      isAgency(bundle)
        ? [
            {
              key: 'locationId',
              label: 'Sub-Account',
              required: false,
              dynamic: 'dropdown_sub_accounts.id.name',
              helpText,
            } as Field,
          ]
        : [],
    { fieldSource: 'sub-account filter (agency connections; no request)' },
  ) as FieldFunction;

/** Agency connections only: the sub-accounts a user belongs to (input `locationIds`). */
export const subAccountsField = (helpText: string): FieldFunction =>
  Object.assign(
    (_z: unknown, bundle: { authData: Record<string, string> }) =>
      isAgency(bundle)
        ? [
            {
              key: 'locationIds',
              label: 'Sub-Accounts',
              list: true,
              dynamic: 'dropdown_sub_accounts.id.name',
              helpText,
            } as Field,
          ]
        : [],
    { fieldSource: 'user sub-accounts (agency connections; no request)' },
  ) as FieldFunction;

export const USER_TYPE_CHOICES = { account: 'Sub-Account user', agency: 'Agency user (agency connections only)' };
export const USER_ROLE_CHOICES = { admin: 'Admin', user: 'User' };
export const PLATFORM_LANGUAGES: Record<string, string> = {
  en_US: 'English (US)',
  es: 'Spanish',
  fr_CA: 'French (Canada)',
  fr_FR: 'French (France)',
  nl: 'Dutch',
  de: 'German',
  pt_PT: 'Portuguese (Portugal)',
  pt_BR: 'Portuguese (Brazil)',
  it: 'Italian',
  sv: 'Swedish',
  da: 'Danish',
  fi: 'Finnish',
  no: 'Norwegian',
};

/** User inputs for create (required: true) and update (nothing required; email cannot be changed). */
export const userInputs = (opts: { create: boolean }): InputField[] => {
  const req = opts.create;
  const fields: InputField[] = [
    { key: 'firstName', label: 'First Name', required: req },
    { key: 'lastName', label: 'Last Name', required: req },
  ];
  if (opts.create) {
    fields.push({ key: 'email', label: 'Email', required: true, helpText: 'The login email, e.g. john@deo.com.' });
  }
  fields.push(
    {
      key: 'password',
      label: 'Password',
      type: 'password',
      required: req,
      helpText: opts.create ? 'The new user\'s password.' : 'Leave empty to keep the current password.',
    },
    { key: 'phone', label: 'Phone', helpText: 'With country code, e.g. +1 883-232-7657.' },
    {
      key: 'type',
      label: 'User Type',
      required: req,
      choices: USER_TYPE_CHOICES,
      ...(req ? { default: 'account' } : {}),
      helpText: 'Sub-account users work in sub-accounts; agency users need an agency connection.',
    },
    { key: 'role', label: 'Role', required: req, choices: USER_ROLE_CHOICES, ...(req ? { default: 'user' } : {}) },
    subAccountsField(
      opts.create
        ? 'The sub-accounts the user can access (required for sub-account users).'
        : 'Replaces the sub-accounts the user can access. Leave empty to keep them.',
    ),
    { key: 'profilePhoto', label: 'Profile Photo URL', helpText: 'A public image URL.' },
    { key: 'platformLanguage', label: 'Platform Language', choices: PLATFORM_LANGUAGES },
  );
  return fields;
};

/** A user type checked against the connection: agency users need an agency connection. */
const checkType = (input: Input, ctx: Ctx): string | undefined => {
  const type = String(input.type ?? '').trim().toLowerCase() || undefined;
  if (type && !['account', 'agency'].includes(type)) {
    throw new InputError(`The User Type field must be "account" or "agency", got "${input.type}".`, 'type');
  }
  if (type === 'agency' && ctx.userType !== 'Company') throw new InputError(AGENCY_USER_MESSAGE, 'type');
  return type;
};

/** Create User body: companyId from the connection; sub-account connections add the user to their sub-account. */
export const createUserBody = (input: Input, ctx: Ctx): Record<string, unknown> => {
  const type = checkType(input, ctx) || 'account';
  let locationIds: string[];
  if (ctx.userType === 'Company') {
    locationIds = toList(input.locationIds);
    if (type === 'account' && locationIds.length === 0) {
      throw new InputError('Choose at least one Sub-Account for a sub-account user.', 'locationIds');
    }
  } else {
    locationIds = [ctx.locationId];
  }
  return compact({
    companyId: companyIdOf(ctx),
    firstName: input.firstName,
    lastName: input.lastName,
    email: checkEmail(input.email, 'email'),
    password: input.password,
    phone: normalizePhone(input.phone, 'phone'),
    type,
    role: input.role,
    locationIds,
    profilePhoto: input.profilePhoto,
    platformLanguage: input.platformLanguage,
  });
};

/**
 * Update User body: only what was filled in. Agency connections send their companyId (GHL needs it for
 * agency-level access) and may replace the user's sub-accounts.
 */
export const updateUserBody = (input: Input, ctx: Ctx): Record<string, unknown> => {
  const agency = ctx.userType === 'Company';
  const locationIds = agency ? toList(input.locationIds) : [];
  const changes = compact({
    firstName: input.firstName,
    lastName: input.lastName,
    password: input.password,
    phone: normalizePhone(input.phone, 'phone'),
    type: checkType(input, ctx),
    role: input.role,
    locationIds: locationIds.length ? locationIds : undefined,
    profilePhoto: input.profilePhoto,
    platformLanguage: input.platformLanguage,
  });
  if (Object.keys(changes).length === 0) {
    throw new InputError('Nothing to update: fill in at least one field besides the User.', 'firstName');
  }
  return agency ? { ...changes, companyId: companyIdOf(ctx) } : changes;
};

export const USER_SAMPLE = {
  id: '0IHuJvc2ofPAAA8GzTRi',
  name: 'John Deo',
  firstName: 'John',
  lastName: 'Deo',
  email: 'john@deo.com',
  phone: '+18088688888',
  extension: '',
  permissions: { contactsEnabled: true, opportunitiesEnabled: true, appointmentsEnabled: true, assignedDataOnly: false },
  roles: { type: 'account', role: 'admin', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: true },
  deleted: false,
  lcPhone: { ve9EPM428h8vShlRW1KT: '+18832327657' },
  platformLanguage: 'en_US',
};

export const USER_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'User ID' },
  { key: 'name', label: 'Full Name' },
  { key: 'firstName', label: 'First Name' },
  { key: 'lastName', label: 'Last Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'extension', label: 'Phone Extension' },
  { key: 'permissions', label: 'Permissions' },
  { key: 'roles', label: 'Roles' },
  { key: 'roles__type', label: 'User Type' },
  { key: 'roles__role', label: 'Role' },
  { key: 'roles__locationIds', label: 'Sub-Account IDs' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'lcPhone', label: 'LC Phone Numbers' },
  { key: 'platformLanguage', label: 'Platform Language' },
];
