/**
 * OAuth: the token endpoint (authorization code and refresh, each refresh spending its refresh token),
 * the marketplace's authorize page (answered at once with a code), agency connections minting
 * sub-account tokens for installed sub-accounts, and the list of installed sub-accounts.
 */
import { fail, Reply, type Handler } from '../http';
import { boolOf, limitSkip, matchesText } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Grant, type Rec, type SandboxState } from '../state';

const SCOPE = 'contacts.readonly contacts.write locations.readonly calendars.readonly calendars.write opportunities.readonly opportunities.write';

/** What POST /oauth/token answers for a grant. */
const tokenAnswer = (state: SandboxState, grant: Grant): Rec => {
  const tokens = state.issue(grant);
  const base = { ...tokens, token_type: 'Bearer', expires_in: 86399, scope: SCOPE, userType: grant.userType, companyId: grant.companyId, userId: grant.userId };
  if (grant.userType === 'Location') return { ...base, locationId: grant.locationId };
  const approved = state.table('installations').where((i) => i.companyId === grant.companyId).map((i) => i.locationId);
  return { ...base, approvedLocations: approved, isBulkInstallation: true };
};

/** POST /oauth/token: authorization_code or refresh_token; every refresh spends the refresh token. */
const token: Handler = (req, state) => {
  const form = req.body || {};
  if (form.client_id !== state.options.clientId || form.client_secret !== state.options.clientSecret) {
    throw fail(401, 'Invalid client: client is invalid');
  }
  if (form.grant_type === 'refresh_token') {
    const entry = state.refreshTokens.get(String(form.refresh_token));
    if (!entry || entry.spent) {
      throw fail(400, 'Invalid grant: refresh token is invalid', { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' });
    }
    entry.spent = true;
    return new Reply(200, tokenAnswer(state, entry.grant));
  }
  if (form.grant_type === 'authorization_code') {
    const grant = state.codes.get(String(form.code));
    if (!grant) throw fail(400, 'Invalid grant: authorization code is invalid', { error: 'invalid_grant' });
    state.codes.delete(String(form.code));
    const chosen: Grant = form.user_type === 'Company' ? { ...grant, userType: 'Company', locationId: '' } : grant;
    return new Reply(200, tokenAnswer(state, chosen));
  }
  throw fail(422, ['grant_type must be one of the following values: authorization_code, refresh_token']);
};

/** The marketplace's authorize page, answered at once: redirects back with a code for the seeded sub-account. */
const authorize: Handler = (req, state) => {
  const code = newId(32);
  const { locationId, companyId, userId } = state.options;
  state.codes.set(code, { userType: 'Location', locationId, companyId, userId });
  let to: URL;
  try {
    to = new URL(String(req.query.redirect_uri || 'http://localhost:9000'));
  } catch {
    throw fail(400, 'redirect_uri is not a URL');
  }
  to.searchParams.set('code', code);
  if (req.query.state) to.searchParams.set('state', String(req.query.state));
  return new Reply(302, undefined, { location: to.toString() });
};

/** POST /oauth/locationToken (agency token, form companyId + locationId): a sub-account token, no refresh token. */
const locationToken: Handler = (req, state) => {
  const grant = req.grant!;
  const { companyId, locationId } = req.body || {};
  if (companyId !== grant.companyId) throw fail(400, `The token does not belong to company ${companyId}`);
  const location = state.table('locations').get(locationId);
  if (!location || location.companyId !== companyId) throw fail(400, `Location ${locationId} not found in company ${companyId}`);
  if (!state.table('installations').has(locationId)) {
    throw fail(400, `The app is not installed in location ${locationId}`);
  }
  const minted = state.issue({ userType: 'Location', locationId, companyId, userId: grant.userId }, { refresh: false });
  return new Reply(200, {
    access_token: minted.access_token,
    token_type: 'Bearer',
    expires_in: 86399,
    scope: SCOPE,
    userType: 'Location',
    companyId,
    locationId,
    userId: grant.userId,
    planId: 'sandbox-plan',
    appId: state.appId,
    versionId: state.appId,
  });
};

/** GET /oauth/installedLocations (companyId, appId; isInstalled, query, skip/limit). */
const installedLocations: Handler = (req, state) => {
  const q = req.query;
  if (q.companyId !== req.grant!.companyId) throw fail(403, 'The token does not have access to this company');
  if (q.appId !== state.appId) throw fail(400, `App ${q.appId} not found`);
  const installed = state.table('installations');
  const isInstalled = boolOf(q.isInstalled);
  const all = state
    .table('locations')
    .where((l) => l.companyId === q.companyId)
    .map((l) => ({
      _id: l.id,
      name: l.name,
      address: [l.address, l.city, l.state].filter(Boolean).join(', '),
      isInstalled: installed.has(l.id),
      ...(installed.has(l.id) ? { installedAt: installed.get(l.id)!.installedAt, versionId: state.appId } : {}),
    }))
    .filter((l) => (isInstalled === undefined || l.isInstalled === isInstalled) && matchesText(q.query, l.name) && (!q.locationId || l._id === q.locationId));
  return { locations: limitSkip(all, q, 20), count: all.length, installToFutureLocations: false };
};

export default defineResource({
  name: 'oauth',
  routes: (r) => {
    r.post('/oauth/token', token, { open: true });
    r.get('/v2/oauth/chooselocation', authorize, { open: true, sandboxOnly: true });
    r.post('/oauth/locationToken', locationToken);
    r.get('/oauth/installedLocations', installedLocations);
  },
  seed: (s) => {
    const installations = s.table('installations');
    for (const id of [SEED.locationId, SEED.secondLocationId]) installations.put({ id, locationId: id, companyId: SEED.companyId, installedAt: now() });
  },
});
