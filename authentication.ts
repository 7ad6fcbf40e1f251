/**
 * OAuth2 with GoHighLevel (sub-account and agency connections).
 *
 * - Authorize: `https://marketplace.gohighlevel.com/v2/oauth/chooselocation` (white-label agencies set
 *   `GHL_MARKETPLACE_URL`, e.g. https://marketplace.leadconnectorhq.com), asking for the union of the
 *   scopes of every registered operation.
 * - Token exchange and refresh: `POST /oauth/token`, form-encoded, with `user_type`. Every refresh returns
 *   the rotated refresh token (the old one is spent); a refused refresh expires the connection.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { describeFailure, ghlRequest, parseJson, sendGhl } from './lib/http';
import { shareRotation } from './lib/token-share';

export const DEFAULT_MARKETPLACE_URL = 'https://marketplace.gohighlevel.com';

/** Scopes the connection itself needs (its test and the agency sub-account picker). */
export const AUTH_SCOPES = ['locations.readonly', 'companies.readonly', 'oauth.readonly', 'oauth.write'];

/** The authData keys kept from GHL's token answer, under GHL's own names. */
const KEPT = ['locationId', 'companyId', 'userType', 'userId'] as const;

export const marketplaceUrl = (): string =>
  (process.env.GHL_MARKETPLACE_URL || DEFAULT_MARKETPLACE_URL).replace(/\/+$/, '');

const enc = encodeURIComponent;

export const authorizeUrlFor = (scopes: string[], bundle: Pick<Bundle, 'inputData'>): string => {
  const input = (bundle.inputData || {}) as Record<string, unknown>;
  const params: Array<[string, string]> = [
    ['response_type', 'code'],
    ['client_id', process.env.CLIENT_ID || ''],
    ['redirect_uri', String(input.redirect_uri ?? '')],
    ['scope', scopes.join(' ')],
    ['state', String(input.state ?? '')],
  ];
  return `${marketplaceUrl()}/v2/oauth/chooselocation?${params.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`;
};

const userTypeOf = (bundle: Bundle): 'Location' | 'Company' => {
  const chosen = (bundle.inputData as Record<string, unknown>)?.user_type ?? bundle.authData?.userType;
  return chosen === 'Company' ? 'Company' : 'Location';
};

/** A refresh GoHighLevel refused (the grant is spent or revoked): an expired connection, unless another run rotated it. */
class RefusedRefresh extends Error {
  constructor(readonly detail: string) {
    super(`GoHighLevel refused to refresh this connection; reconnect your GoHighLevel account. ${detail}`.trim());
    this.name = 'RefusedRefresh';
  }
}

/** POSTs the token form (no bearer token: the client credentials are in the form) and returns the new authData. */
const tokenCall = async (z: ZObject, form: Record<string, string>, refreshing: boolean) => {
  const what = refreshing ? 'Renewing the GoHighLevel connection' : 'Connecting GoHighLevel';
  let response;
  try {
    response = await sendGhl(z, { method: 'POST', path: '/oauth/token', body: form, form: true, token: null, skipThrowForStatus: true }, what);
  } catch (err: any) {
    // A 401 on the token endpoint becomes core's RefreshAuthError: for us it means the grant is refused.
    if (refreshing && err?.name === 'RefreshAuthError') throw new RefusedRefresh('(401)');
    throw err;
  }
  if (response.status >= 400) {
    const { message } = describeFailure(response);
    if (refreshing && response.status < 500) throw new RefusedRefresh(message);
    throw new z.errors.Error(`GoHighLevel token request failed. ${message}`, `GHL_${response.status}`, response.status);
  }
  const data = (parseJson(response, what) || {}) as Record<string, unknown>;
  if (typeof data.access_token !== 'string' || !data.access_token) {
    throw new z.errors.Error('GoHighLevel answered the token request without an access token.', 'GHL_TOKEN', response.status);
  }
  const out: Record<string, string> = { access_token: data.access_token };
  if (typeof data.refresh_token === 'string' && data.refresh_token) out.refresh_token = data.refresh_token;
  if (data.expires_in !== undefined) out.expires_in = String(data.expires_in);
  for (const k of KEPT) if (data[k] !== undefined && data[k] !== null) out[k] = String(data[k]);
  return out;
};

const getAccessToken = async (z: ZObject, bundle: Bundle) => {
  const input = bundle.inputData as Record<string, unknown>;
  return tokenCall(
    z,
    {
      client_id: process.env.CLIENT_ID || '',
      client_secret: process.env.CLIENT_SECRET || '',
      grant_type: 'authorization_code',
      code: String(input.code ?? ''),
      redirect_uri: String(input.redirect_uri ?? ''),
      user_type: userTypeOf(bundle),
    },
    false,
  );
};

/**
 * Refresh with rotation. The spent refresh token's outcome is shared between runs (lib/token-share.ts):
 * parallel runs of an expired connection all end with the rotated tokens, and only a refresh token that
 * nobody rotated expires the connection.
 */
const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const spent = bundle.authData.refresh_token || '';
  let fresh: Record<string, string>;
  try {
    fresh = await shareRotation(
      z,
      spent,
      () =>
        tokenCall(
          z,
          {
            client_id: process.env.CLIENT_ID || '',
            client_secret: process.env.CLIENT_SECRET || '',
            grant_type: 'refresh_token',
            refresh_token: spent,
            user_type: userTypeOf(bundle),
          },
          true,
        ),
      (err) => err instanceof RefusedRefresh,
    );
  } catch (err) {
    if (err instanceof RefusedRefresh) throw new z.errors.ExpiredAuthError(err.message);
    throw err;
  }
  // Keep what GHL did not repeat (ids, and the refresh token if it sent none), take everything it did
  // (above all the rotated refresh token).
  const kept: Record<string, string> = {};
  for (const k of [...KEPT, 'refresh_token'] as const) if (bundle.authData[k]) kept[k] = bundle.authData[k];
  return { ...kept, ...fresh };
};

/** The connection test: the sub-account (or agency) the token belongs to. */
const test = async (z: ZObject, bundle: Bundle) => {
  const auth = bundle.authData;
  if (auth.userType === 'Company') {
    const data = await ghlRequest(z, { method: 'GET', path: '/companies/{companyId}', pathParams: { companyId: auth.companyId } });
    const company = data?.company || {};
    return { name: company.name || 'Agency', companyId: auth.companyId, userType: 'Company' };
  }
  const data = await ghlRequest(z, { method: 'GET', path: '/locations/{locationId}', pathParams: { locationId: auth.locationId } });
  const location = data?.location || {};
  return { name: location.name || 'Sub-account', locationId: auth.locationId, companyId: auth.companyId, userType: 'Location' };
};

/**
 * The name and the kind of the connection: "Acme Dental (sub-account)" or "Acme Agency (agency)". No id:
 * Zapier's publishing requirements keep ids out of connection labels.
 */
export const connectionLabel = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const t = bundle.inputData as Record<string, string>;
  return `${t.name} (${t.userType === 'Company' ? 'agency' : 'sub-account'})`;
};

export const buildAuthentication = (scopes: string[]) => ({
  type: 'oauth2' as const,
  fields: [
    {
      key: 'user_type',
      label: 'Connection Type',
      required: true,
      default: 'Location',
      choices: [
        { value: 'Location', label: 'Sub-Account (one location)', sample: 'Location' },
        { value: 'Company', label: 'Agency (all sub-accounts where the app is installed)', sample: 'Company' },
      ],
      helpText:
        'Choose **Sub-Account** to connect one GoHighLevel location. Choose **Agency** to connect an agency ' +
        'account; each step then asks which sub-account to use. ' +
        '[Agency and sub-account access](https://marketplace.gohighlevel.com/docs/Authorization/TargetUserSubAccount) explains the difference.',
    },
  ],
  oauth2Config: {
    authorizeUrl: (_z: ZObject, bundle: Bundle) => authorizeUrlFor(scopes, bundle),
    getAccessToken,
    refreshAccessToken,
    autoRefresh: true,
    scope: scopes.join(' '),
  },
  test,
  connectionLabel,
});
