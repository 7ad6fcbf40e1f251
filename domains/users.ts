/**
 * What several user operations share: the company id they need, the user fields with their bindings (create
 * and update write them to the body), the agency-only Sub-Accounts input, the user type and user-id
 * conversions, and the user sample and output fields.
 *
 * Users live in the agency (company). Reads and writes work with either connection type: sub-account
 * connections act in their own sub-account (and their connection's company); agency connections pick the
 * sub-account(s) themselves. Only agency connections can manage agency-type users.
 */
import { isAgency } from '../lib/connection';
import { userIdField } from '../lib/fields';
import { InputError } from '../lib/http';
import { checkEmail, toList } from '../lib/transforms';
import type { Bundle, Conversion, Ctx, Field, FieldFunction, OutputField, ZObject } from '../lib/types';

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

/** A user type to set, checked against the connection: agency users need an agency connection. */
export const userType: Conversion = (value, f, _input, ctx) => {
  const type = String(value).trim().toLowerCase();
  if (!['account', 'agency'].includes(type)) throw new InputError(`The ${f.label} field must be "account" or "agency", got "${value}".`, f.key);
  if (type === 'agency' && ctx.userType !== 'Company') throw new InputError(AGENCY_USER_MESSAGE, f.key);
  return type;
};

/** Email addresses (a list, or comma-separated text) → GHL's comma-separated text, each address checked. */
export const emailList: Conversion = (value, f) => {
  const emails = toList(value).map((e, i) => checkEmail(e, f.key, `${f.label} (#${i + 1})`) as string);
  if (emails.length === 0) throw new InputError(`The ${f.label} field is required but was empty.`, f.key);
  return emails.join(',');
};

/** A field only agency connections see; sub-account connections act in their own sub-account. */
export const agencyOnly = (field: Field, fieldSource: string): FieldFunction =>
  Object.assign((_z: ZObject, bundle: Bundle) => (isAgency(bundle) ? [field] : []), { fieldSource });

/** The user to act on: `{userId}` in the path. */
export const USER_ID: Field = userIdField('userId', 'User', { required: true });

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

// The user fields create and update write to the body, as update has them (optional; the login email
// cannot be changed). Create makes the names, type and role required, with defaults for type and role.
export const FIRST_NAME: Field = { key: 'firstName', label: 'First Name', required: false, to: 'body' };
export const LAST_NAME: Field = { key: 'lastName', label: 'Last Name', required: false, to: 'body' };
export const PHONE: Field = { key: 'phone', label: 'Phone', helpText: 'With country code, e.g. +1 883-232-7657.', to: 'body', as: 'phone' };
export const USER_TYPE: Field = {
  key: 'type',
  label: 'User Type',
  required: false,
  choices: USER_TYPE_CHOICES,
  helpText: 'Sub-account users work in sub-accounts; agency users need an agency connection.',
  to: 'body',
  as: userType,
};
export const ROLE: Field = { key: 'role', label: 'Role', required: false, choices: USER_ROLE_CHOICES, to: 'body' };
export const PROFILE_PHOTO: Field = { key: 'profilePhoto', label: 'Profile Photo URL', helpText: 'A public image URL.', to: 'body' };
export const PLATFORM_LANGUAGE: Field = { key: 'platformLanguage', label: 'Platform Language', choices: PLATFORM_LANGUAGES, to: 'body' };

/** Agency connections only: the sub-accounts a user belongs to (input `locationIds`; the steps' requests send them). */
export const subAccountsField = (helpText: string): FieldFunction =>
  agencyOnly(
    { key: 'locationIds', label: 'Sub-Accounts', list: true, dynamic: 'dropdown_sub_accounts.id.name', helpText },
    'user sub-accounts (agency connections; no request)',
  );

export const USER_SAMPLE = {
  id: '0IHuJvc2ofPAAA8GzTRi',
  name: 'Priya Sharma',
  firstName: 'Priya',
  lastName: 'Sharma',
  email: 'priya@acmedental.example.com',
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

// ---------------------------------------------------------------------------------------------------
// Find User (issue 14): a user by email or full name, matched exactly among what GET /users/search finds.
// (Imports of this block are kept here, with the block, so parallel work on this module merges cleanly.)
import { isBlank, nonEmpty } from '../lib/transforms';
import { listAt } from '../lib/results';
import type { Input } from '../lib/types';

const same = (a: unknown, b: unknown): boolean => String(a ?? '').trim().toLowerCase() === String(b ?? '').trim().toLowerCase();

/** A user's full name as GoHighLevel shows it: `name`, else first and last name. */
const fullName = (u: any): string => String(u?.name || [u?.firstName, u?.lastName].filter(Boolean).join(' '));

/** The search text Find User sends (GHL matches it in names, emails and phones); one of the two is needed. */
export const userSearchText = (input: Input): string => {
  if (isBlank(input.email) && isBlank(input.name)) throw new InputError('Give an Email or a Name to find a user by.', 'email');
  return (checkEmail(input.email, 'email', 'Email') ?? nonEmpty(input.name))!;
};

/** The users of the answer that match exactly: the email (any case), the full name (any case), or both when both are given. */
export const usersMatching = (data: unknown, input: Input): any[] =>
  listAt(data, 'users').filter(
    (u) => (isBlank(input.email) || same(u?.email, input.email)) && (isBlank(input.name) || same(fullName(u), input.name)),
  );

/** A user as the search finds it (realistic values; the spec's own example is a placeholder). */
export const FOUND_USER_SAMPLE = {
  ...USER_SAMPLE,
  name: 'Priya Patel',
  firstName: 'Priya',
  lastName: 'Patel',
  email: 'priya.patel@acmedental.com',
};
