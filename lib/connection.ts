/**
 * Which sub-account (and which token) a step runs against.
 *
 * - Sub-account connection (`userType` Location): the connection's own `locationId` and token.
 * - Agency connection (`userType` Company): the step's **Sub-Account** input (`locationId`) picks the
 *   sub-account; sub-account endpoints get a token minted with `POST /oauth/locationToken`, re-used until
 *   shortly before it expires.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { store } from './cache';
import { checkIdValue, describeFailure, InputError, parseJson, sendGhl } from './http';
import type { Connection, Field, FieldFunction, TokenKind } from './types';
import { stableHash } from './transforms';

export const isAgency = (bundle: Pick<Bundle, 'authData'>): boolean => bundle.authData?.userType === 'Company';

export const AGENCY_ONLY_MESSAGE =
  'This step needs an agency connection: GoHighLevel only allows it with an agency (Company) token. ' +
  'Reconnect GoHighLevel choosing "Agency" as the connection type, then pick this step again.';

/** Margin before expiry after which a minted token is not re-used. */
const EXPIRY_MARGIN_S = 300;

/** Minted sub-account tokens, until shortly before they expire (keys hash the agency token, never hold it). */
const minted = store<string>(86_400 - EXPIRY_MARGIN_S);

const cacheKeyFor = (bundle: Bundle, locationId: string): string =>
  `ghl-location-token:${stableHash([bundle.authData?.companyId, locationId, bundle.authData?.access_token])}`;

/** For tests: forget minted tokens held in memory. */
export const clearMintedTokens = (): void => minted.clear();

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

/** Resolves the sub-account, company and token for a step with the given token needs. */
export const resolveConnection = async (
  z: ZObject,
  bundle: Bundle,
  tokenKind: TokenKind,
): Promise<Connection> => {
  const auth = bundle.authData || {};
  const companyId = auth.companyId || '';
  if (!isAgency(bundle)) {
    if (tokenKind === 'agency') throw new InputError(AGENCY_ONLY_MESSAGE);
    return { locationId: auth.locationId || '', companyId, userType: 'Location' };
  }
  const chosen = String((bundle.inputData as Record<string, unknown>)?.locationId ?? '').trim();
  // Agency and "either" endpoints take the agency token itself; the chosen sub-account (if any) is the id.
  checkIdValue((bundle.inputData as Record<string, unknown>)?.locationId, 'locationId', 'Sub-Account');
  if (tokenKind !== 'sub-account') {
    return { locationId: chosen, companyId, userType: 'Company' };
  }
  if (!chosen) {
    throw new InputError(
      'The Sub-Account field is required with an agency connection: choose the sub-account this step works in.',
      'locationId',
    );
  }
  const token = await locationToken(z, bundle, chosen);
  return { locationId: chosen, companyId, userType: 'Company', token };
};

/**
 * The Marketplace app's id, needed to list installed sub-accounts: `GHL_APP_ID`, or the part of the
 * OAuth client id before its first dash (GHL client ids are `<appId>-<suffix>`).
 */
export const appIdOf = (): string => process.env.GHL_APP_ID || (process.env.CLIENT_ID || '').split('-')[0];

/**
 * The Sub-Account picker: shown only for agency connections (input key `locationId`); sub-account
 * connections use their own location and never see it. The factory puts it first on sub-account steps.
 */
export const subAccountField: FieldFunction = Object.assign(
  (_z: unknown, bundle: { authData: Record<string, string> }) =>
    isAgency(bundle)
      ? [
          {
            key: 'locationId',
            label: 'Sub-Account',
            required: true,
            dynamic: 'dropdown_sub_accounts.id.name',
            altersDynamicFields: true,
            helpText: 'The sub-account (location) this step works in. Only sub-accounts where the app is installed are listed.',
          } as Field,
        ]
      : [],
  { fieldSource: 'sub-account picker (agency connections; no request)' },
) as FieldFunction;
