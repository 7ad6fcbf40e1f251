/**
 * The sandbox itself, over HTTP (no app, no CLI): every request checked against GoHighLevel's specs with the
 * contract's validator (422 naming the property, 404 for unknown routes), tokens and connection kinds,
 * stateful answers in GHL's shapes (paging, free slots by date, files with their content type), faults on
 * demand, and its safety (127.0.0.1 only, 1 MB bodies, the temporary folder removed).
 */
import fs from 'fs';
import net from 'net';
import path from 'path';
import { DEFAULTS, MAX_BODY_BYTES, RateLimits, startSandbox, type Sandbox } from '../sandbox/server';
import { SEED } from '../sandbox/seed-ids';
import { answerProblems, privateTokenScopes, specContext } from '../sandbox/spec';

let sandbox: Sandbox;
let token: string = DEFAULTS.accessToken;

beforeEach(async () => {
  sandbox = await startSandbox();
  token = DEFAULTS.accessToken;
});
afterEach(() => sandbox.close());

const LOC = DEFAULTS.locationId;
const CAL_V = '2021-04-15';
const V = '2021-07-28';

/** A request as GHL wants it: bearer token, Version (2021-04-15 for calendars/conversations), JSON body. */
const call = async (method: string, p: string, body?: unknown, headers: Record<string, string | undefined> = {}) => {
  const h: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}`, Version: /^\/(calendars|conversations)/.test(p) ? CAL_V : V };
  if (body !== undefined) h['Content-Type'] = 'application/json';
  for (const [k, v] of Object.entries(headers)) if (v === undefined) delete h[k];
  else h[k] = v;
  const res = await fetch(sandbox.url + p, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const type = res.headers.get('content-type') || '';
  const raw = Buffer.from(await res.arrayBuffer());
  const text = raw.toString('utf8');
  return { status: res.status, type, raw, headers: res.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
};

const form = async (p: string, fields: Record<string, string>, headers: Record<string, string> = {}) => {
  const res = await fetch(sandbox.url + p, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });
  return { status: res.status, body: (await res.json()) as any };
};

const refreshForm = (refresh_token: string) => ({ client_id: DEFAULTS.clientId, client_secret: DEFAULTS.clientSecret, grant_type: 'refresh_token', refresh_token, user_type: 'Location' });

describe('every request is checked against the specs (the contract check\'s validator)', () => {
  test('a wrong Version: 422 naming the header and the value the endpoint requires', async () => {
    expect(await call('GET', `/contacts/${SEED.contacts.rubika}`, undefined, { Version: CAL_V })).toMatchObject({
      status: 422,
      body: { statusCode: 422, error: 'Unprocessable Entity', message: ['Version header is "2021-04-15", GET /contacts/{contactId} requires "2021-07-28"'] },
    });
    expect((await call('GET', `/calendars/?locationId=${LOC}`, undefined, { Version: V })).body.message).toEqual([
      'Version header is "2021-07-28", GET /calendars/ requires "2021-04-15"',
    ]);
  });

  test('a missing Version: 422 saying so', async () => {
    expect((await call('GET', `/locations/${LOC}`, undefined, { Version: undefined })).body).toMatchObject({ statusCode: 422, message: [expect.stringMatching(/^Version header is missing/)] });
  });

  test('a missing required query parameter: 422 naming it', async () => {
    expect(await call('GET', '/calendars/')).toMatchObject({ status: 422, body: { message: ['required query parameter "locationId" is missing'] } });
    expect((await call('GET', `/calendars/${SEED.calendarId}/free-slots?startDate=1`)).body.message).toEqual(['required query parameter "endDate" is missing']);
  });

  test('an undeclared query parameter: 422 naming it', async () => {
    expect((await call('GET', `/calendars/?locationId=${LOC}&colour=red`)).body.message).toEqual(['query parameter "colour" is not declared by GET /calendars/']);
  });

  test('a body property of the wrong type, and a missing required one: 422 naming each', async () => {
    const wrong = await call('POST', '/businesses/', { name: 42, locationId: LOC });
    expect(wrong).toMatchObject({ status: 422, body: { statusCode: 422, message: ['body.name must be string'], error: 'Unprocessable Entity' } });
    expect((await call('POST', '/businesses/', { locationId: LOC })).body.message).toEqual(['body misses required property "name"']);
    expect(sandbox.state.table('businesses').size).toBe(1); // nothing was created
  });

  test('the documented errata apply (a null businessId removes contacts from their business)', async () => {
    expect((await call('POST', '/contacts/bulk/business', { locationId: LOC, ids: [SEED.contacts.rubika], businessId: null })).status).toBe(200);
    expect(sandbox.state.table('contacts').get(SEED.contacts.rubika)!.businessId).toBeUndefined();
  });

  test('a body that is not JSON: 400, as GHL\'s framework answers', async () => {
    const res = await call('POST', '/businesses/', '{"name": ', { 'Content-Type': 'application/json' });
    expect(res).toMatchObject({ status: 400, body: { statusCode: 400, message: expect.stringMatching(/not valid JSON/) } });
  });

  test('an unknown route: 404 "Cannot GET /x"', async () => {
    expect(await call('GET', '/nothing/here')).toMatchObject({ status: 404, body: { statusCode: 404, message: 'Cannot GET /nothing/here' } });
    expect((await call('DELETE', '/contacts/')).body.message).toBe('Cannot DELETE /contacts/');
  });

  test('a GHL endpoint no resource models yet: 501 saying so (never a made-up answer)', async () => {
    expect(await call('GET', `/products/collections?altId=${LOC}&altType=location`)).toMatchObject({ status: 501, body: { message: expect.stringMatching(/does not model GET \/products\/collections yet/) } });
  });

  test('the sandbox checks its own answers against the spec\'s response schemas', () => {
    const ctx = specContext();
    const op = ctx.spec.byTemplate('GET', '/businesses/{businessId}')!;
    expect(answerProblems(ctx, op, { business: { id: 'b1', name: 'Acme', locationId: LOC } })).toEqual([]);
    expect(answerProblems(ctx, op, { business: { id: 'b1', locationId: LOC } })).toEqual(['answer.business misses required property "name"']);
    expect(answerProblems(ctx, op, { businesses: [] })).toEqual(['answer misses required property "business"']);
  });
});

describe('tokens and connections', () => {
  test('missing, unknown or expired bearer token: 401 in GHL\'s shape', async () => {
    expect(await call('GET', `/locations/${LOC}`, undefined, { Authorization: undefined })).toMatchObject({
      status: 401,
      body: { statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized', traceId: expect.any(String) },
    });
    token = 'not-a-token';
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(401);
  });

  test('a token may only touch its own sub-account: 403', async () => {
    expect(await call('GET', `/locations/${SEED.secondLocationId}`)).toMatchObject({ status: 403, body: { message: 'The token does not have access to this location' } });
    expect((await call('POST', '/contacts/search', { locationId: SEED.secondLocationId })).status).toBe(403);
  });

  test('an agency token on a sub-account endpoint, or a sub-account token on an agency endpoint: 401 (authClass)', async () => {
    token = DEFAULTS.agencyAccessToken;
    expect(await call('GET', `/contacts/${SEED.contacts.rubika}`)).toMatchObject({ status: 401, body: { message: expect.stringMatching(/authClass type is not allowed/) } });
    token = DEFAULTS.accessToken;
    expect((await call('GET', `/companies/${SEED.companyId}`)).status).toBe(401);
  });

  test('agency: POST /oauth/locationToken mints a sub-account token for an installed sub-account, which then works', async () => {
    const auth = { Authorization: `Bearer ${DEFAULTS.agencyAccessToken}`, Version: V };
    const minted = await form('/oauth/locationToken', { companyId: SEED.companyId, locationId: SEED.secondLocationId }, auth);
    expect(minted).toMatchObject({ status: 200, body: { token_type: 'Bearer', locationId: SEED.secondLocationId, userId: DEFAULTS.userId, expires_in: 86399 } });
    expect(minted.body.refresh_token).toBeUndefined();
    token = minted.body.access_token;
    expect((await call('GET', `/locations/${SEED.secondLocationId}`)).body.location).toMatchObject({ name: 'Bright Smiles Orthodontics' });
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(403);

    expect(await form('/oauth/locationToken', { companyId: SEED.companyId, locationId: SEED.notInstalledLocationId }, auth)).toMatchObject({
      status: 400,
      body: { message: `The app is not installed in location ${SEED.notInstalledLocationId}` },
    });
    expect((await form('/oauth/locationToken', { companyId: SEED.companyId, locationId: LOC }, { Authorization: `Bearer ${DEFAULTS.accessToken}`, Version: V })).status).toBe(401);
  });

  test('agency: GET /oauth/installedLocations lists the sub-accounts where the app is installed', async () => {
    token = DEFAULTS.agencyAccessToken;
    const appId = DEFAULTS.clientId.split('-')[0];
    const out = await call('GET', `/oauth/installedLocations?companyId=${SEED.companyId}&appId=${appId}&isInstalled=true`);
    expect(out.body).toMatchObject({ count: 2, locations: [{ _id: LOC, name: 'Acme Dental', isInstalled: true }, { _id: SEED.secondLocationId, isInstalled: true }] });
    expect((await call('GET', `/oauth/installedLocations?companyId=${SEED.companyId}&appId=${appId}`)).body.count).toBe(3);
    expect((await call('GET', `/oauth/installedLocations?companyId=${SEED.companyId}&appId=other`)).status).toBe(400);
    expect((await call('GET', `/companies/${SEED.companyId}`)).body.company).toMatchObject({ id: SEED.companyId, name: 'Acme Agency' });
  });

  test('a refresh rotates the refresh token; the spent one is refused; the new pair works', async () => {
    const first = await form('/oauth/token', refreshForm(DEFAULTS.refreshToken));
    expect(first).toMatchObject({ status: 200, body: { token_type: 'Bearer', userType: 'Location', locationId: LOC, companyId: DEFAULTS.companyId } });
    expect(first.body.refresh_token).not.toBe(DEFAULTS.refreshToken);
    expect(await form('/oauth/token', refreshForm(DEFAULTS.refreshToken))).toMatchObject({ status: 400, body: { message: 'Invalid grant: refresh token is invalid', error: 'invalid_grant' } });
    token = first.body.access_token;
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(200);
  });

  test('the token endpoint: wrong client secret → 401; a JSON body → 422 (it takes a form)', async () => {
    expect((await form('/oauth/token', { ...refreshForm(DEFAULTS.refreshToken), client_secret: 'nope' })).status).toBe(401);
    const json = await call('POST', '/oauth/token', refreshForm(DEFAULTS.refreshToken), { Authorization: undefined, Version: undefined });
    expect(json).toMatchObject({ status: 422, body: { message: [expect.stringMatching(/takes application\/x-www-form-urlencoded/)] } });
    expect(sandbox.state.refreshTokens.get(DEFAULTS.refreshToken)?.spent).toBe(false);
  });

  test('authorization code: the authorize page redirects with a code the token endpoint exchanges once', async () => {
    const res = await fetch(`${sandbox.url}/v2/oauth/chooselocation?redirect_uri=${encodeURIComponent('http://localhost:9000')}&state=xyz`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('state')).toBe('xyz');
    const code = { client_id: DEFAULTS.clientId, client_secret: DEFAULTS.clientSecret, grant_type: 'authorization_code', code: back.searchParams.get('code')! };
    expect((await form('/oauth/token', code)).body).toMatchObject({ locationId: LOC, userType: 'Location' });
    expect((await form('/oauth/token', code)).status).toBe(400);
  });
});

describe('Private Integration tokens: static, bound to their sub-account (or agency) and their scopes', () => {
  test('the seeded tokens have every scope GoHighLevel offers their level, and no oauth scope', () => {
    const offered = privateTokenScopes(specContext());
    expect(offered.Location).toEqual(expect.arrayContaining(['contacts.readonly', 'contacts.write', 'calendars/events.write', 'locations.readonly']));
    expect(offered.Company).toEqual(expect.arrayContaining(['companies.readonly', 'locations.readonly', 'locations.write', 'users.readonly', 'users.write']));
    expect([...offered.Location, ...offered.Company].filter((x) => x.startsWith('oauth.'))).toEqual([]);
  });

  test("a sub-account's token works in its sub-account, and only there: 403 elsewhere", async () => {
    token = DEFAULTS.privateToken;
    expect((await call('GET', `/contacts/${SEED.contacts.rubika}`)).status).toBe(200);
    expect(await call('POST', '/contacts/search', { locationId: SEED.secondLocationId })).toMatchObject({ status: 403, body: { message: 'The token does not have access to this location' } });
  });

  test('a scope the token was not given: 401 "The token is not authorized for this scope."', async () => {
    token = sandbox.state.addPrivateToken('Location', ['contacts.readonly']);
    expect((await call('GET', `/contacts/${SEED.contacts.rubika}`)).status).toBe(200);
    expect(await call('POST', '/contacts/', { locationId: LOC, email: 'jane@example.com' })).toMatchObject({
      status: 401,
      body: { statusCode: 401, message: 'The token is not authorized for this scope.', error: 'Unauthorized' },
    });
  });

  test('a revoked token: 401 Invalid JWT; expiring the OAuth tokens leaves private tokens alone', async () => {
    token = DEFAULTS.privateToken;
    sandbox.state.expire();
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(200);
    sandbox.state.expire(DEFAULTS.privateToken);
    expect(await call('GET', `/locations/${LOC}`)).toMatchObject({ status: 401, body: { message: 'Invalid JWT' } });
  });

  test("an agency's token: agency endpoints and its sub-accounts' records, but no sub-account endpoint and no OAuth endpoint (401)", async () => {
    token = DEFAULTS.agencyPrivateToken;
    expect((await call('GET', `/locations/${SEED.secondLocationId}`)).body.location).toMatchObject({ name: 'Bright Smiles Orthodontics' });
    expect((await call('GET', `/companies/${SEED.companyId}`)).body.company).toMatchObject({ name: 'Acme Agency' });
    expect(await call('GET', `/contacts/${SEED.contacts.rubika}`)).toMatchObject({ status: 401, body: { message: expect.stringMatching(/authClass type is not allowed/) } });
    const appId = DEFAULTS.clientId.split('-')[0];
    expect(await call('GET', `/oauth/installedLocations?companyId=${SEED.companyId}&appId=${appId}`)).toMatchObject({ status: 401, body: { message: expect.stringMatching(/authClass type is not allowed/) } });
    const minted = await form('/oauth/locationToken', { companyId: SEED.companyId, locationId: LOC }, { Authorization: `Bearer ${DEFAULTS.agencyPrivateToken}`, Version: V });
    expect(minted.status).toBe(401);
  });

  test('the seeded connections of the private-token app', () => {
    expect(sandbox.state.authData('private-token')).toEqual({ privateToken: DEFAULTS.privateToken, locationId: LOC, userType: 'Location' });
    expect(sandbox.state.authData('agency-private-token')).toEqual({ privateToken: DEFAULTS.agencyPrivateToken, locationId: LOC, userType: 'Company' });
  });
});

describe('answers from the sandbox\'s state, in GHL\'s shapes', () => {
  test('a created record echoes what was sent, and is there afterwards (create, get, update, delete)', async () => {
    const created = await call('POST', '/businesses/', { name: 'Acme Widgets', locationId: LOC, city: 'Birmingham' });
    expect(created).toMatchObject({ status: 201, body: { success: true, buiseness: { name: 'Acme Widgets', city: 'Birmingham', locationId: LOC } } });
    const id = created.body.buiseness.id;
    expect((await call('GET', `/businesses/${id}`)).body.business).toMatchObject({ id, name: 'Acme Widgets' });
    expect((await call('PUT', `/businesses/${id}`, { name: 'Acme Widgets Ltd' })).body.buiseness).toMatchObject({ id, name: 'Acme Widgets Ltd', city: 'Birmingham' });
    expect((await call('DELETE', `/businesses/${id}`)).body).toEqual({ success: true });
    expect((await call('GET', `/businesses/${id}`)).status).toBe(404);
  });

  test('limit/skip paging', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/businesses/', { name: `Biz ${i}`, locationId: LOC });
    const page = await call('GET', `/businesses/?locationId=${LOC}&limit=2&skip=2`);
    expect(page.body.businesses.map((b: any) => b.name)).toEqual(['Biz 1', 'Biz 2']);
  });

  test('startAfter/startAfterId paging (GET /contacts/, newest first)', async () => {
    const first = await call('GET', `/contacts/?locationId=${LOC}&limit=2`);
    expect(first.body.contacts.map((c: any) => c.id)).toEqual([SEED.contacts.maria, SEED.contacts.john]);
    expect(first.body.meta).toMatchObject({ total: 3, startAfterId: SEED.contacts.john });
    const next = await call('GET', `/contacts/?locationId=${LOC}&limit=2&startAfterId=${first.body.meta.startAfterId}&startAfter=${first.body.meta.startAfter}`);
    expect(next.body.contacts.map((c: any) => c.id)).toEqual([SEED.contacts.rubika]);
  });

  test('page/pageLimit paging and filters (POST /contacts/search)', async () => {
    const page2 = await call('POST', '/contacts/search', { locationId: LOC, page: 2, pageLimit: 2 });
    expect(page2.body).toMatchObject({ total: 3, contacts: [{ id: SEED.contacts.rubika }] });
    const vip = await call('POST', '/contacts/search', { locationId: LOC, filters: [{ field: 'tags', operator: 'contains', value: ['vip'] }] });
    expect(vip.body.contacts.map((c: any) => c.id)).toEqual([SEED.contacts.john, SEED.contacts.rubika]);
  });

  test('free slots are keyed by date, each {slots: [ISO with offset]}; more than 31 days → 422', async () => {
    const from = Date.now() + 2 * 86_400_000;
    const out = await call('GET', `/calendars/${SEED.calendarId}/free-slots?startDate=${from}&endDate=${from + 7 * 86_400_000}`);
    expect(out.status).toBe(200);
    const days = Object.keys(out.body);
    expect(days.length).toBeGreaterThanOrEqual(4);
    for (const d of days) {
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of out.body[d].slots) expect(s).toMatch(new RegExp(`^${d}T\\d\\d:\\d\\d:00-0[56]:00$`));
    }
    const booked = sandbox.state.table('appointments').get(SEED.appointmentId)!.startTime;
    expect(Object.values<any>(out.body).flatMap((d) => d.slots)).not.toContain(booked);
    expect((await call('GET', `/calendars/${SEED.calendarId}/free-slots?startDate=${from}&endDate=${from + 32 * 86_400_000}`)).status).toBe(422);
  });

  test('messages of a conversation, nested as GHL nests them', async () => {
    const out = await call('GET', `/conversations/${SEED.conversationId}/messages?limit=2`);
    expect(out.body.messages).toMatchObject({ nextPage: true, lastMessageId: SEED.messages.smsOut, messages: [{ id: SEED.messages.smsIn }, { id: SEED.messages.smsOut }] });
    const next = await call('GET', `/conversations/${SEED.conversationId}/messages?limit=2&lastMessageId=${SEED.messages.smsOut}`);
    expect(next.body.messages.messages.map((m: any) => m.id)).toEqual([SEED.messages.call, SEED.messages.email]);
  });

  test('a call recording is a real WAV file (audio/*), the transcription download a text file', async () => {
    const rec = await call('GET', `/conversations/messages/${SEED.messages.call}/locations/${LOC}/recording`);
    expect(rec.status).toBe(200);
    expect(rec.type).toMatch(/^audio\//);
    expect(rec.raw.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(rec.raw.subarray(8, 12).toString('ascii')).toBe('WAVE');
    expect(Number(rec.headers.get('content-length'))).toBe(rec.raw.length);
    const text = await call('GET', `/conversations/locations/${LOC}/messages/${SEED.messages.call}/transcription/download`);
    expect(text).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/plain/), body: expect.stringContaining('Hi, this is Rubika calling about the quote.') });
    expect((await call('GET', `/conversations/messages/${SEED.messages.smsIn}/locations/${LOC}/recording`)).status).toBe(404);
  });

  test('the 101st request in 10 s is refused as GHL refuses it (counted per sub-account, with a clock of its own)', () => {
    const limits = new RateLimits();
    const t0 = 1_000_000;
    for (let i = 0; i < 100; i++) expect(limits.headers('loc', t0 + i)['retry-after']).toBeUndefined();
    expect(limits.headers('loc', t0 + 100)).toMatchObject({ 'x-ratelimit-remaining': '0', 'retry-after': '10' });
    expect(limits.headers('other', t0 + 100)['x-ratelimit-remaining']).toBe('99');
    expect(limits.headers('loc', t0 + 10_000)).toMatchObject({ 'x-ratelimit-remaining': '99' }); // a new window
  });

  test('answers carry GHL\'s rate-limit headers', async () => {
    const out = await call('GET', `/locations/${LOC}`);
    expect(out.headers.get('x-ratelimit-max')).toBe('100');
    expect(Number(out.headers.get('x-ratelimit-remaining'))).toBe(99);
  });
});

describe('faults on demand', () => {
  const queue = (body: unknown) => fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  test('the next N answers take the fault, then answers are real again', async () => {
    expect((await queue({ kind: 'rate-limit', times: 2, retryAfter: 5 })).status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const r = await call('GET', `/locations/${LOC}`);
      expect(r).toMatchObject({ status: 429, body: { statusCode: 429 } });
      expect(r.headers.get('retry-after')).toBe('5');
    }
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(200);
  });

  test('500 HTML, empty 200, match by method and path', async () => {
    await queue([{ kind: 'server-error', match: 'GET /contacts/' }, { kind: 'empty' }]);
    expect((await call('GET', `/locations/${LOC}`)).body).toBe(''); // the empty one: the 500 waits for its path
    const html = await call('GET', `/contacts/${SEED.contacts.john}`);
    expect(html).toMatchObject({ status: 500, type: 'text/html', body: expect.stringContaining('<h1>500 Internal Server Error</h1>') });
    expect(await (await fetch(`${sandbox.url}/__sandbox/faults`)).json()).toEqual({ faults: [] });
  });

  test('expired-token: 401 now and until a refresh; the token endpoint itself is not affected', async () => {
    await queue({ kind: 'expired-token' });
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(401);
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(401);
    expect((await form('/oauth/token', refreshForm(DEFAULTS.refreshToken))).status).toBe(200);
  });

  test('timeout: the request is held and the connection dropped', async () => {
    await queue({ kind: 'timeout', holdMs: 50 });
    await expect(call('GET', `/locations/${LOC}`)).rejects.toThrow();
    expect(sandbox.state.requests.at(-1)).toMatchObject({ status: 0, note: 'fault: timeout (no answer)' });
  });

  test('the X-Sandbox-Fault header faults one request; a bad fault is a 422', async () => {
    expect((await call('GET', `/locations/${LOC}`, undefined, { 'X-Sandbox-Fault': 'rate-limit' })).status).toBe(429);
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(200);
    const bad = await queue({ kind: 'meteor-strike' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as any).message[0]).toMatch(/kind must be one of the following values: rate-limit, server-error, empty, timeout, expired-token/);
    await fetch(`${sandbox.url}/_sandbox/expire`, { method: 'POST' });
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(401);
  });
});

describe('safety', () => {
  test('listens on 127.0.0.1 only', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const refused = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '::1', port: sandbox.port }, () => {
        s.destroy();
        resolve(false);
      });
      s.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  test('a body over 1 MB is refused with 413', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES + 10), locationId: LOC });
    const out = await call('POST', '/businesses/', big);
    expect(out).toMatchObject({ status: 413, body: { statusCode: 413 } });
    expect(sandbox.state.table('businesses').size).toBe(1);
  });

  test('its files live in a temporary folder that is removed when it stops', async () => {
    const folder = sandbox.state.files.folder();
    expect(folder.startsWith(require('os').tmpdir())).toBe(true);
    expect(fs.readdirSync(folder)).toEqual([`recording-${SEED.messages.call}.wav`]);
    await sandbox.close();
    expect(fs.existsSync(folder)).toBe(false);
    sandbox = await startSandbox(); // for afterEach
  });
});

describe('the sandbox\'s code', () => {
  const dir = path.join(__dirname, '..', 'sandbox');
  const files = (d: string): string[] => fs.readdirSync(d).flatMap((f) => (fs.statSync(path.join(d, f)).isDirectory() ? files(path.join(d, f)) : [path.join(d, f)]));
  const sources = files(dir).filter((f) => f.endsWith('.ts'));
  const importsOf = (file: string): string[] =>
    [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]).filter((s) => s.startsWith('.'));

  test('never imports the app (its answers come from its own state, never from an operation\'s sample)', () => {
    const appPaths = ['index', 'authentication', 'lib', 'triggers', 'creates', 'searches'].map((p) => path.join(dir, '..', p));
    const offending = sources.flatMap((f) => importsOf(f).map((i) => [f, path.resolve(path.dirname(f), i)] as const)).filter(([, target]) => appPaths.some((p) => target === p || target.startsWith(`${p}${path.sep}`)));
    expect(sources.length).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });

  test('has no import circles', () => {
    const resolve = (from: string, spec: string): string | undefined => {
      const base = path.resolve(path.dirname(from), spec);
      return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => sources.includes(f));
    };
    const graph = new Map(sources.map((f) => [f, importsOf(f).map((i) => resolve(f, i)).filter((x): x is string => !!x)]));
    const cycles: string[] = [];
    const visit = (node: string, stack: string[]) => {
      if (stack.includes(node)) {
        cycles.push([...stack.slice(stack.indexOf(node)), node].map((f) => path.relative(dir, f)).join(' → '));
        return;
      }
      for (const next of graph.get(node) || []) visit(next, [...stack, node]);
    };
    for (const f of sources) visit(f, []);
    expect(graph.get(path.join(dir, 'server.ts'))!.length).toBeGreaterThan(3);
    expect(cycles).toEqual([]);
  });
});
