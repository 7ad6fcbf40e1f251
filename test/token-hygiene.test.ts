/**
 * Tokens: concurrent refreshes share one rotation (GoHighLevel refresh tokens are single-use), only a
 * refresh token nobody rotated expires the connection, no token appears in cache keys, cache values,
 * errors or core's "What happened" context, and the OAuth endpoints get the same timeouts, readable
 * network errors and named rate limits as every other request.
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { AGENCY_AUTH, appTester, BASE, COMPANY_ID, LOCATION_AUTH, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const refresh = App.authentication.oauth2Config.refreshAccessToken as any;
const env = { ...process.env };
beforeEach(() => {
  process.env.CLIENT_ID = '6650f1c2a1b2c3d4e5f6a7b8-lx2k9q1z';
  process.env.CLIENT_SECRET = 'client-secret-value';
  process.env.GHL_REFRESH_SHARE_WAIT_MS = '2000';
});
afterAll(() => {
  process.env = env;
});

/**
 * GoHighLevel's token endpoint as it behaves: each refresh token works once (then `invalid_grant`), every
 * success rotates both tokens. Answers after `delayMs`, so concurrent refreshes overlap.
 */
const singleUseTokenEndpoint = (delayMs = 80) => {
  const live = new Set(['loc-refresh-token']);
  const issued: Array<{ access_token: string; refresh_token: string }> = [];
  const calls: Array<{ refresh_token: string; authorization?: string }> = [];
  nock(BASE)
    .persist()
    .post('/oauth/token')
    .delay(delayMs)
    .reply(function (_uri, body) {
      const form = Object.fromEntries(new URLSearchParams(String(body)));
      calls.push({ refresh_token: form.refresh_token, authorization: this.req.headers.authorization as string | undefined });
      if (!live.delete(form.refresh_token)) {
        return [400, { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' }];
      }
      const pair = { access_token: `access-${issued.length + 1}`, refresh_token: `refresh-${issued.length + 1}` };
      issued.push(pair);
      live.add(pair.refresh_token);
      return [200, { ...pair, expires_in: 86399, userType: 'Location', locationId: LOCATION_ID }];
    });
  return { live, issued, calls };
};

/** Another Zapier worker: its own copy of the app (nothing shared in memory), the same z.cache. */
const otherWorker = (zcache: object) => {
  let app: any;
  jest.isolateModules(() => {
    app = require('../index').default;
  });
  const tester = createAppTester(app);
  (tester as unknown as { zcacheTestObj: object }).zcacheTestObj = zcache;
  return (bundle: object) => tester(app.authentication.oauth2Config.refreshAccessToken, bundle as any);
};

describe('concurrent refreshes share one rotation', () => {
  test('5 runs of one worker: one token call, all end with the live tokens', async () => {
    const endpoint = singleUseTokenEndpoint();
    const results: any[] = await Promise.all([1, 2, 3, 4, 5].map(() => appTester(refresh, { authData: LOCATION_AUTH } as any)));
    expect(endpoint.calls).toHaveLength(1);
    const [live] = endpoint.issued;
    for (const r of results) expect(r).toMatchObject({ access_token: live.access_token, refresh_token: live.refresh_token, locationId: LOCATION_ID });
    expect([...endpoint.live]).toEqual([live.refresh_token]);
  });

  test('5 workers at once: one wins, the four refused ones take its rotated tokens instead of expiring the connection', async () => {
    const endpoint = singleUseTokenEndpoint();
    const zcache = {};
    const workers = [1, 2, 3, 4, 5].map(() => otherWorker(zcache));
    const results: any[] = await Promise.all(workers.map((w) => w({ authData: LOCATION_AUTH })));
    expect(endpoint.calls).toHaveLength(5); // each worker tried; the endpoint refused all but one
    expect(endpoint.issued).toHaveLength(1);
    const [live] = endpoint.issued;
    for (const r of results) expect(r).toMatchObject({ access_token: live.access_token, refresh_token: live.refresh_token });
    expect([...endpoint.live]).toEqual([live.refresh_token]);
  });

  test('a worker that comes later takes the rotation from z.cache without calling the endpoint', async () => {
    const endpoint = singleUseTokenEndpoint(0);
    const zcache = {};
    const first: any = await otherWorker(zcache)({ authData: LOCATION_AUTH });
    const later: any = await otherWorker(zcache)({ authData: LOCATION_AUTH });
    expect(endpoint.calls).toHaveLength(1);
    expect(later).toMatchObject({ access_token: first.access_token, refresh_token: first.refresh_token });
  });

  test('a refresh token nobody rotated is a dead grant: the connection expires', async () => {
    process.env.GHL_REFRESH_SHARE_WAIT_MS = '300';
    nock(BASE).post('/oauth/token').reply(400, { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' });
    const err: any = await appTester(refresh, { authData: LOCATION_AUTH } as any).catch((e) => e);
    expect(err.name).toBe('ExpiredAuthError');
    expect(err.message).toMatch(/reconnect your GoHighLevel account.*Invalid grant: refresh token is invalid/);
  });

  test('no token in clear in z.cache keys or values', async () => {
    singleUseTokenEndpoint(0);
    await appTester(refresh, { authData: LOCATION_AUTH } as any);
    const cache = JSON.stringify((appTester as unknown as { zcacheTestObj: object }).zcacheTestObj);
    expect(cache).toMatch(/ghl-refresh:[0-9a-f]{40}/);
    for (const secret of ['loc-refresh-token', 'access-1', 'refresh-1', 'loc-access-token']) expect({ secret, found: cache.includes(secret) }).toEqual({ secret, found: false });
  });

  test('an answer without refresh_token keeps the current one rather than dropping it', async () => {
    nock(BASE).post('/oauth/token').reply(200, { access_token: 'access-only', expires_in: 86399 });
    const out: any = await appTester(refresh, { authData: LOCATION_AUTH } as any);
    expect(out).toMatchObject({ access_token: 'access-only', refresh_token: 'loc-refresh-token' });
  });

  test('POST /oauth/token never carries the old access token as a bearer token', async () => {
    const endpoint = singleUseTokenEndpoint(0);
    await appTester(refresh, { authData: LOCATION_AUTH } as any);
    expect(endpoint.calls[0].authorization).toBeUndefined();
  });
});

describe('the OAuth endpoints are requests like every other', () => {
  test('a network failure renewing the connection is readable, naming what it was doing', async () => {
    nock(BASE).post('/oauth/token').replyWithError('socket hang up');
    const err: any = await appTester(refresh, { authData: LOCATION_AUTH } as any).catch((e) => e);
    expect(JSON.parse(err.message)).toMatchObject({
      message: 'Renewing the GoHighLevel connection: could not reach GoHighLevel (socket hang up). Try again later.',
      code: 'GHL_NETWORK',
    });
  });

  test('a timeout on the sub-account mint is readable too', async () => {
    process.env.GHL_TIMEOUT_MS = '100';
    nock(BASE).post('/oauth/locationToken').delay(2000).reply(200, { access_token: 'late' });
    const err: any = await perform('triggers', 'get_contact', { locationId: LOCATION_ID, contactId: 'c1' }, { authData: AGENCY_AUTH }).catch((e) => e);
    expect(JSON.parse(err.message)).toMatchObject({
      message: `Opening sub-account ${LOCATION_ID} with the agency connection: GoHighLevel did not answer within 0.1 s. Try again later.`,
      code: 'GHL_TIMEOUT',
    });
    delete process.env.GHL_TIMEOUT_MS;
    nock.abortPendingRequests();
  });

  test.each([
    ['the token endpoint', () => appTester(refresh, { authData: LOCATION_AUTH } as any), '/oauth/token', /token endpoint refused to renew the connection for now: the limit of 50 requests per 60 s for this Marketplace app was reached/],
    ['the mint', () => perform('triggers', 'get_contact', { locationId: LOCATION_ID, contactId: 'c1' }, { authData: AGENCY_AUTH }), '/oauth/locationToken', /refused to open the sub-account for now: the limit of 50 requests per 60 s per agency was reached/],
    ['a step', () => perform('triggers', 'get_contact', { contactId: 'c1' }), '/contacts/c1', /rate limit reached: the limit of 50 requests per 60 s per sub-account/],
  ] as const)('a 429 on %s says which limit was hit', async (_what, run, path, expected) => {
    const headers = { 'x-ratelimit-max': '50', 'x-ratelimit-interval-milliseconds': '60000', 'retry-after': '9' };
    nock(BASE).intercept(path, path === '/contacts/c1' ? 'GET' : 'POST').reply(429, { message: 'Too many requests' }, headers);
    const err: any = await run().catch((e: unknown) => e);
    expect(err.name).toBe('ThrottledError');
    expect(err.message).toMatch(expected);
    expect(JSON.parse(err.message)).toMatchObject({ delay: 9 });
  });

  test('the daily limit is named as such', async () => {
    nock(BASE).get('/contacts/c1').reply(429, {}, { 'x-ratelimit-daily-remaining': '0', 'x-ratelimit-limit-daily': '200000' });
    const err: any = await perform('triggers', 'get_contact', { contactId: 'c1' }).catch((e) => e);
    expect(err.message).toMatch(/the daily limit of 200,000 requests per sub-account/);
  });
});

describe('minted sub-account tokens', () => {
  const MINTED = 'minted-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
  const mint = (expiresIn = 86399) =>
    nock(BASE).post('/oauth/locationToken').reply(200, { access_token: MINTED, token_type: 'Bearer', expires_in: expiresIn, locationId: LOCATION_ID, companyId: COMPANY_ID });
  const step = () => perform('triggers', 'get_contact', { locationId: LOCATION_ID, contactId: 'c1' }, { authData: AGENCY_AUTH, keepCache: true });

  test('a step whose request gets a 401 after a mint shows no part of the minted token, and the token is dropped', async () => {
    mint();
    mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', token: MINTED, status: 401, reply: { statusCode: 401, message: 'Invalid JWT' } });
    const err: any = await step().catch((e) => e);
    expect(err.name).toBe('RefreshAuthError');
    expect(err.message).toContain('What happened'); // core's context is there, without the token answer
    for (let i = 0; i + 8 <= MINTED.length; i++) expect(err.message).not.toContain(MINTED.slice(i, i + 8));
    // dropped: the retry (after Zapier refreshes the agency token) mints again
    mint();
    mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', token: MINTED, reply: { contact: { id: 'c1' } } });
    expect(await step()).toMatchObject([{ id: 'c1' }]);
  });

  test('a mint answer that expires within the safety margin is not kept', async () => {
    mint(120);
    mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', token: MINTED, reply: { contact: { id: 'c1' } } });
    await step();
    mint(120); // asked again: the first one was not cached
    mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', token: MINTED, reply: { contact: { id: 'c1' } } });
    await step();
  });
});
