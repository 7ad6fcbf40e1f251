/**
 * Connecting with a GoHighLevel Private Integration token (the private-token build, index.private-token.ts):
 * a static bearer token created in a sub-account's (or the agency's) Settings → Private Integrations, with
 * the scopes ticked there. No authorize page, no refresh: a token GoHighLevel stops taking (rotated,
 * expired, deleted) expires the connection and the user pastes the current one (lib/http.ts `unauthorized`).
 *
 * The fields are the connection's authData (lib/credentials.ts): `privateToken`, `locationId` and the
 * Connection Type `userType` (`Location` or `Company`, GoHighLevel's own words, as in the OAuth app).
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { connectionLabel } from './authentication';
import { LOCATION_ID, PRIVATE_TOKEN, USER_TYPE } from './lib/credentials';
import { isAgency, readOwnLocation } from './lib/connection';
import { ghlRequest, InputError, missingScopeMessage, scopeRefusalOf } from './lib/http';

/** What the connection itself reads: its sub-account (and, for an agency token, the agency). */
export const CONNECTION_SCOPES = { subAccount: ['locations.readonly'], agency: ['locations.readonly', 'companies.readonly'] };

const FIELDS = [
  {
    key: USER_TYPE,
    label: 'Connection Type',
    required: true,
    default: 'Location',
    choices: [
      { value: 'Location', label: "Sub-Account (a token created in a sub-account's settings)", sample: 'Location' },
      { value: 'Company', label: "Agency (a token created in the agency's settings)", sample: 'Company' },
    ],
    helpText:
      "Where the token was created. A sub-account's token runs every step in that sub-account. An agency's token " +
      'runs the agency steps (locations, snapshots, the company, users) but no sub-account step: GoHighLevel ' +
      "lets only the OAuth app's agency connection open a sub-account. " +
      '[Agency and sub-account access](https://marketplace.gohighlevel.com/docs/Authorization/TargetUserSubAccount) explains the difference.',
  },
  {
    key: PRIVATE_TOKEN,
    label: 'Private Integration Token',
    type: 'password' as const,
    required: true,
    helpText:
      'In GoHighLevel, open **Settings → Private Integrations** (in the sub-account, or in the agency for an ' +
      'agency token; if the menu is missing, enable it in Labs), click **Create new Integration**, tick the ' +
      'scopes of the steps you will use, and copy the token (it starts with `pit-`). The connection needs ' +
      '`locations.readonly` (an agency token also `companies.readonly`); contacts need `contacts.readonly` and ' +
      '`contacts.write`, calendars `calendars.readonly` and `calendars/events.write`, and so on: a step whose ' +
      'scope is missing says which scopes to tick. After rotating or deleting the token, reconnect with the new one.',
  },
  {
    key: LOCATION_ID,
    label: 'Location ID',
    required: true,
    helpText:
      "The sub-account's Location ID: in the sub-account, **Settings → Business Profile** shows it, and it is the " +
      'part after `/location/` in the address bar (`app.gohighlevel.com/v2/location/<Location ID>/…`). For an ' +
      "agency token, the Location ID of any of the agency's sub-accounts: the connection reads it to find the agency.",
  },
];

/** A refused scope during the connection test, naming what the test reads. */
const withScopes = (z: ZObject, err: unknown, scopes: string[]): never => {
  const refused = scopeRefusalOf(err);
  if (refused) throw new z.errors.Error(`Connecting GoHighLevel: ${missingScopeMessage(refused.said, scopes, 'the connection')}${refused.trace}`, 'GHL_SCOPE', 401);
  if (err instanceof InputError) throw new z.errors.Error(err.message, 'INVALID_INPUT', 400);
  throw err;
};

/**
 * The connection test: the token reads its sub-account (a 401 is an expired connection, a 403 another
 * sub-account's id); an agency token then reads its agency, the company of that sub-account.
 */
const test = async (z: ZObject, bundle: Bundle) => {
  if (!isAgency(bundle)) {
    const location = await readOwnLocation(z, bundle).catch((err) => withScopes(z, err, CONNECTION_SCOPES.subAccount));
    return { name: location.name || 'Sub-account', locationId: location.id ?? bundle.authData[LOCATION_ID], companyId: location.companyId, userType: 'Location' };
  }
  const location = await readOwnLocation(z, bundle).catch((err) => withScopes(z, err, CONNECTION_SCOPES.agency));
  const companyId = String(location.companyId ?? '');
  const data = await ghlRequest(z, { method: 'GET', path: '/companies/{companyId}', pathParams: { companyId } }, 'Reading the agency').catch(
    (err) => withScopes(z, err, CONNECTION_SCOPES.agency),
  );
  return { name: data?.company?.name || 'Agency', companyId, userType: 'Company' };
};

export const privateTokenAuthentication = {
  type: 'custom' as const,
  fields: FIELDS,
  test,
  connectionLabel,
};
