/**
 * Which sub-account (and which token) a step runs against, for both builds of the app (what authData holds:
 * lib/credentials.ts).
 *
 * OAuth app:
 * - Sub-account connection (`userType` Location): the connection's own `locationId`, `companyId` and token.
 * - Agency connection (`userType` Company): the step's **Sub-Account** input (`locationId`) picks the
 *   sub-account; sub-account endpoints get a token minted with `POST /oauth/locationToken`, re-used until
 *   shortly before it expires.
 *
 * Private-token app (a static GoHighLevel Private Integration token, bound to its sub-account or agency):
 * - Sub-account token: the connection's `locationId`, the token itself. Its company id (which the users
 *   endpoints need) is not in authData: it is read from the sub-account (`GET /locations/{locationId}`) for
 *   steps of the endpoints that take one (agency and either-token endpoints: users, locations, snapshots,
 *   companies), and kept a day.
 * - Agency token: agency and either-token steps as with the OAuth agency connection (the step's own
 *   sub-account inputs, its company read from the connection's `locationId`). Sub-account steps are refused
 *   before any request: GoHighLevel mints sub-account tokens only for the OAuth app's agency tokens
 *   (`POST /oauth/locationToken` and `GET /oauth/installedLocations` are "Agency-Access-Only" in its specs,
 *   and their `oauth.*` scopes are not offered to agency Private Integrations).
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { store } from './cache';
import { bearerTokenOf, isAgencyAuth, isPrivateToken as isPrivateTokenAuth, LOCATION_ID } from './credentials';
import { checkIdValue, describeFailure, ghlRequest, InputError, parseJson, sendGhl } from './http';
import type { Connection, Field, FieldFunction, TokenKind } from './types';
import { stableHash } from './transforms';

export const isAgency = (bundle: Pick<Bundle, 'authData'>): boolean => isAgencyAuth(bundle.authData);

/** A connection of the private-token app. */
export const isPrivateToken = (bundle: Pick<Bundle, 'authData'>): boolean => isPrivateTokenAuth(bundle.authData);

export const AGENCY_ONLY_MESSAGE =
  'This step needs an agency connection: GoHighLevel only allows it with an agency (Company) token. ' +
  'Reconnect GoHighLevel choosing "Agency" as the connection type, then pick this step again.';

export const AGENCY_ONLY_PRIVATE_TOKEN_MESSAGE =
  'This step needs an agency connection: GoHighLevel only allows it with an agency token, and this ' +
  "connection's Private Integration token belongs to a sub-account. Connect an agency-level Private " +
  "Integration token (created in the agency's Settings → Private Integrations) with the Connection Type " +
  '"Agency", or use the GoHighLevel OAuth app\'s agency connection, then pick this step again.';

export const SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE =
  "This step works in a sub-account, and GoHighLevel does not let an agency's Private Integration token " +
  'open one (only the GoHighLevel OAuth app\'s agency connection can). Connect the Private Integration ' +
  "token of the sub-account itself (created in that sub-account's Settings → Private Integrations) with " +
  'the Connection Type "Sub-Account", or use the OAuth app\'s agency connection.';

export const OAUTH_ONLY_PRIVATE_TOKEN_MESSAGE =
  'GoHighLevel shows the sub-accounts where its OAuth app is installed only to the OAuth app\'s agency ' +
  "connection, never to a Private Integration token: enter or map the sub-account's Location ID instead.";

/** GoHighLevel's OAuth endpoints (the mint, the installed sub-accounts): for the OAuth app's tokens only. */
const OAUTH_ENDPOINT = /^\/oauth\//;

/** Why a connection cannot run an agency-only step, in the words of its kind of connection. */
export const agencyOnlyMessage = (bundle: Pick<Bundle, 'authData'>): string =>
  isPrivateToken(bundle) ? AGENCY_ONLY_PRIVATE_TOKEN_MESSAGE : AGENCY_ONLY_MESSAGE;

/** Margin before expiry after which a minted token is not re-used. */
const EXPIRY_MARGIN_S = 300;

/** Minted sub-account tokens, until shortly before they expire (keys hash the agency token, never hold it). */
const minted = store<string>(86_400 - EXPIRY_MARGIN_S);

const cacheKeyFor = (bundle: Bundle, locationId: string): string =>
  `ghl-location-token:${stableHash([bundle.authData?.companyId, locationId, bundle.authData?.access_token])}`;

/** The company of private-token connections, by connection (keys hash the token, never hold it). */
const companies = store<string>(86_400);

/** For tests: forget what connections keep in memory (minted tokens, private-token connections' companies). */
export const clearMintedTokens = (): void => {
  minted.clear();
  companies.clear();
};

/** A minted token that GoHighLevel refused (401): dropped, so the retry after the refresh mints a new one. */
export const forgetLocationToken = async (z: ZObject, bundle: Bundle, locationId: string): Promise<void> => {
  await minted.delete(z, cacheKeyFor(bundle, locationId));
};

/**
 * Mints (or re-uses) a sub-account token for an agency connection. The token is never logged by the app;
 * core's log scrubber censors `access_token` values in the logged response, and handleErrors keeps the
 * answer out of core's "What happened" error context. A token about to expire is not kept.
 */
export const locationToken = async (z: ZObject, bundle: Bundle, locationId: string): Promise<string> => {
  const key = cacheKeyFor(bundle, locationId);
  const cached = await minted.get(z, key);
  if (typeof cached === 'string' && cached) return cached;
  const what = `Opening sub-account ${locationId} with the agency connection`;
  const response = await sendGhl(
    z,
    {
      method: 'POST',
      path: '/oauth/locationToken',
      body: { companyId: bundle.authData.companyId, locationId },
      form: true,
      skipThrowForStatus: true,
    },
    what,
  );
  if (response.status >= 400) {
    const { message } = describeFailure(response);
    throw new z.errors.Error(
      `Could not open sub-account ${locationId} with the agency connection. Is the app installed in that ` +
        `sub-account? GoHighLevel said: ${message}`,
      'GHL_LOCATION_TOKEN',
      response.status,
    );
  }
  const data = (parseJson(response, what) || {}) as Record<string, unknown>;
  const token = typeof data.access_token === 'string' ? data.access_token : '';
  if (!token) {
    throw new z.errors.Error(
      `GoHighLevel answered the sub-account token request for ${locationId} without a token.`,
      'GHL_LOCATION_TOKEN',
      response.status,
    );
  }
  const expiresIn = Number(data.expires_in) || 86399;
  if (expiresIn > EXPIRY_MARGIN_S) await minted.set(z, key, token, expiresIn - EXPIRY_MARGIN_S);
  return token;
};

/** The private-token connection's own sub-account id (it goes into paths, queries and bodies: checked like any id). */
const ownLocationId = (bundle: Bundle): string => {
  const id = String(bundle.authData?.[LOCATION_ID] ?? '').trim();
  checkIdValue(id, LOCATION_ID, 'Location ID');
  if (!id) throw new InputError('The GoHighLevel connection has no Location ID: reconnect it with the Location ID of its sub-account.');
  return id;
};

/** The private-token connection's location (`GET /locations/{locationId}`, with its own token). */
export const readOwnLocation = async (z: ZObject, bundle: Bundle): Promise<Record<string, any>> => {
  const locationId = ownLocationId(bundle);
  const data = await ghlRequest(z, { method: 'GET', path: '/locations/{locationId}', pathParams: { locationId } }, 'Reading the connection\'s sub-account');
  const location = data?.location;
  if (!location || typeof location !== 'object') {
    throw new z.errors.Error(`GoHighLevel answered the read of sub-account ${locationId} without the sub-account.`, 'GHL_UNEXPECTED_ANSWER', 502);
  }
  return location;
};

/** A private-token connection's company (agency) id: its sub-account's `companyId`, read once a day. */
const privateTokenCompany = async (z: ZObject, bundle: Bundle): Promise<string> => {
  const key = `ghl-company:${stableHash([bundle.authData?.[LOCATION_ID], bearerTokenOf(bundle.authData)])}`;
  const kept = await companies.get(z, key);
  if (typeof kept === 'string' && kept) return kept;
  const companyId = String((await readOwnLocation(z, bundle)).companyId ?? '');
  if (companyId) await companies.set(z, key, companyId);
  return companyId;
};

/**
 * The company id of a step's connection: in the OAuth authData; for a private token, read where the
 * endpoint takes one (agency and either-token endpoints), else none (no request for sub-account steps).
 */
const companyIdFor = async (z: ZObject, bundle: Bundle, tokenKind: TokenKind): Promise<string> => {
  if (!isPrivateToken(bundle)) return bundle.authData?.companyId || '';
  return tokenKind === 'sub-account' ? '' : privateTokenCompany(z, bundle);
};

/**
 * Resolves the sub-account, company and token for a step with the given token needs (and, when given, its
 * endpoint's path template: a private token is refused the OAuth endpoints before any request).
 */
export const resolveConnection = async (
  z: ZObject,
  bundle: Bundle,
  tokenKind: TokenKind,
  endpoint?: string,
): Promise<Connection> => {
  const auth = bundle.authData || {};
  if (endpoint && OAUTH_ENDPOINT.test(endpoint) && isPrivateToken(bundle)) throw new InputError(OAUTH_ONLY_PRIVATE_TOKEN_MESSAGE);
  if (!isAgency(bundle)) {
    if (tokenKind === 'agency') throw new InputError(agencyOnlyMessage(bundle));
    const locationId = isPrivateToken(bundle) ? ownLocationId(bundle) : auth.locationId || '';
    return { locationId, companyId: await companyIdFor(z, bundle, tokenKind), userType: 'Location' };
  }
  const chosen = String((bundle.inputData as Record<string, unknown>)?.locationId ?? '').trim();
  // Agency and "either" endpoints take the agency token itself; the chosen sub-account (if any) is the id.
  checkIdValue((bundle.inputData as Record<string, unknown>)?.locationId, 'locationId', 'Sub-Account');
  if (tokenKind !== 'sub-account') {
    return { locationId: chosen, companyId: await companyIdFor(z, bundle, tokenKind), userType: 'Company' };
  }
  if (isPrivateToken(bundle)) throw new InputError(SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE);
  if (!chosen) {
    throw new InputError(
      'The Sub-Account field is required with an agency connection: choose the sub-account this step works in.',
      'locationId',
    );
  }
  const token = await locationToken(z, bundle, chosen);
  return { locationId: chosen, companyId: auth.companyId || '', userType: 'Company', token };
};

/**
 * The Marketplace app's id, needed to list installed sub-accounts: `GHL_APP_ID`, or the part of the
 * OAuth client id before its first dash (GHL client ids are `<appId>-<suffix>`).
 */
export const appIdOf = (): string => process.env.GHL_APP_ID || (process.env.CLIENT_ID || '').split('-')[0];

const SUB_ACCOUNT_PICKER: Field = {
  key: 'locationId',
  label: 'Sub-Account',
  required: true,
  dynamic: 'dropdown_sub_accounts.id.name',
  altersDynamicFields: true,
  helpText: 'The sub-account (location) this step works in. Only sub-accounts where the app is installed are listed.',
};

/** What an agency's private token sees instead of the picker: it cannot open a sub-account. */
const SUB_ACCOUNT_ONLY_NOTE: Field = { key: 'sub_account_only', label: 'Sub-Account', type: 'copy', helpText: SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE };

/**
 * The Sub-Account picker: shown only for agency connections (input key `locationId`); sub-account
 * connections use their own location and never see it. The factory puts it first on sub-account steps.
 * An agency's private token cannot run them: it sees why, before any request.
 */
export const subAccountField: FieldFunction = Object.assign(
  (_z: unknown, bundle: { authData: Record<string, string> }) =>
    isAgency(bundle) ? [{ ...(isPrivateToken(bundle) ? SUB_ACCOUNT_ONLY_NOTE : SUB_ACCOUNT_PICKER) }] : [],
  { fieldSource: 'sub-account picker (agency connections; no request)' },
) as FieldFunction;
