/**
 * The sandbox itself (no app, no CLI): what it checks like GHL (bearer token, Version, sub-account,
 * refresh-token rotation, expired tokens) and what it models (contacts and their tags, notes, tasks;
 * appointments; opportunities), plus the declaration-driven answers for everything else.
 */
import { DECLARATIONS } from '../index';
import { versionFor } from '../lib/http';
import { DEFAULTS, expectedVersion, startSandbox, type Sandbox } from '../sandbox/server';

let sandbox: Sandbox;
let token = DEFAULTS.accessToken;

beforeEach(async () => {
  sandbox = await startSandbox();
  token = DEFAULTS.accessToken;
});
afterEach(() => sandbox.close());

const LOC = DEFAULTS.locationId;

/** A request as the app sends it: bearer token, the path's Version, JSON body. */
const call = async (method: string, path: string, body?: unknown, headers: Record<string, string | undefined> = {}) => {
  const h: Record<string, string> = { Accept: 'application/json' };
  const version = versionFor(path);
  if (version) h.Version = version;
  h.Authorization = `Bearer ${token}`;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  for (const [k, v] of Object.entries(headers)) if (v === undefined) delete h[k]; else h[k] = v;
  const res = await fetch(sandbox.url + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

const tokenCall = async (form: Record<string, string>, type = 'application/x-www-form-urlencoded') => {
  const body = type.includes('json') ? JSON.stringify(form) : new URLSearchParams(form).toString();
  const res = await fetch(`${sandbox.url}/oauth/token`, { method: 'POST', headers: { 'Content-Type': type }, body });
  return { status: res.status, body: (await res.json()) as any };
};

const refreshForm = (refresh_token: string) => ({
  client_id: DEFAULTS.clientId,
  client_secret: DEFAULTS.clientSecret,
  grant_type: 'refresh_token',
  refresh_token,
  user_type: 'Location',
});

describe('bearer token', () => {
  test('missing or unknown token: 401 in GHL shape', async () => {
    expect(await call('GET', `/locations/${LOC}`, undefined, { Authorization: undefined })).toEqual({
      status: 401,
      body: { statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized', traceId: expect.any(String) },
    });
    token = 'not-a-token';
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(401);
  });

  test('a token may only touch its own sub-account: 403', async () => {
    expect(await call('GET', '/locations/someoneElse1234567890')).toMatchObject({
      status: 403,
      body: { statusCode: 403, message: 'The token does not have access to this location' },
    });
    expect((await call('POST', '/contacts/search', { locationId: 'someoneElse1234567890' })).status).toBe(403);
  });
});

describe('Version header', () => {
  test('missing: 400 with a GHL-style message', async () => {
    expect(await call('GET', `/locations/${LOC}`, undefined, { Version: undefined })).toMatchObject({
      status: 400,
      body: { statusCode: 400, message: 'Version header was not found' },
    });
  });

  test('wrong for the path: 400 (calendars and conversations want 2021-04-15, the rest 2021-07-28)', async () => {
    expect((await call('GET', '/calendars/', undefined, { Version: '2021-07-28' })).status).toBe(400);
    expect((await call('GET', '/calendars/', undefined, { Version: '2021-04-15' })).status).toBe(200);
    expect((await call('GET', '/conversations/search', undefined, { Version: '2021-07-28' })).status).toBe(400);
    expect((await call('GET', `/contacts/${'seD4PfOuKoVMLkEZqohJ'}`, undefined, { Version: '2021-04-15' })).body).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/2021-07-28/),
    });
  });

  test("agrees with the app's versionFor on every declared endpoint", () => {
    for (const d of DECLARATIONS) {
      const want = expectedVersion(d.endpoint.path);
      if (want !== 'any') expect([d.endpoint.path, versionFor(d.endpoint.path)]).toEqual([d.endpoint.path, want]);
    }
  });
});

describe('OAuth token endpoint', () => {
  test('a refresh rotates the refresh token; the spent one is refused; the new pair works', async () => {
    const first = await tokenCall(refreshForm(DEFAULTS.refreshToken));
    expect(first).toMatchObject({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 86399, userType: 'Location', locationId: LOC, companyId: DEFAULTS.companyId },
    });
    expect(first.body.refresh_token).not.toBe(DEFAULTS.refreshToken);

    const again = await tokenCall(refreshForm(DEFAULTS.refreshToken));
    expect(again).toMatchObject({ status: 400, body: { message: 'Invalid grant: refresh token is invalid', error: 'invalid_grant' } });

    expect((await tokenCall(refreshForm(first.body.refresh_token))).status).toBe(200);
    token = first.body.access_token;
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(200);
  });

  test('wrong client credentials: 401; a JSON body: 422 (GHL wants a form); no Version needed', async () => {
    expect((await tokenCall({ ...refreshForm(DEFAULTS.refreshToken), client_secret: 'nope' })).status).toBe(401);
    expect((await tokenCall(refreshForm(DEFAULTS.refreshToken), 'application/json')).status).toBe(422);
    expect(sandbox.state.refreshTokens.get(DEFAULTS.refreshToken)?.spent).toBe(false);
  });

  test('an expired access token answers 401 until the client refreshes', async () => {
    sandbox.state.expire();
    expect(await call('GET', `/locations/${LOC}`)).toMatchObject({ status: 401, body: { error: 'Unauthorized' } });
    const fresh = await tokenCall(refreshForm(DEFAULTS.refreshToken));
    token = fresh.body.access_token;
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(200);
  });

  test('POST /_sandbox/expire expires tokens from outside (for demos)', async () => {
    await fetch(`${sandbox.url}/_sandbox/expire`, { method: 'POST' });
    expect((await call('GET', `/locations/${LOC}`)).status).toBe(401);
  });

  test('authorization code: the authorize page redirects with a code the token endpoint exchanges once', async () => {
    const res = await fetch(`${sandbox.url}/v2/oauth/chooselocation?redirect_uri=${encodeURIComponent('http://localhost:9000')}&state=xyz`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('state')).toBe('xyz');
    const form = { client_id: DEFAULTS.clientId, client_secret: DEFAULTS.clientSecret, grant_type: 'authorization_code', code: back.searchParams.get('code')! };
    expect((await tokenCall(form)).body).toMatchObject({ locationId: LOC, userType: 'Location' });
    expect((await tokenCall(form)).status).toBe(400);
  });
});

describe('contacts', () => {
  test('create, get, update, tag, search, find duplicate, delete', async () => {
    const created = await call('POST', '/contacts/', { locationId: LOC, firstName: 'Jane', email: 'Jane@Example.com', tags: ['lead'] });
    expect(created).toMatchObject({ status: 201, body: { contact: { firstName: 'Jane', email: 'jane@example.com', locationId: LOC, tags: ['lead'] } } });
    const id = created.body.contact.id;
    expect(id).toMatch(/^[A-Za-z0-9]{20}$/);

    expect((await call('GET', `/contacts/${id}`)).body.contact).toMatchObject({ id, name: 'Jane' });

    const updated = await call('PUT', `/contacts/${id}`, { lastName: 'Doe', customFields: [{ key: 'contact.pincode', field_value: 35061 }] });
    expect(updated.body).toMatchObject({ succeded: true, contact: { name: 'Jane Doe', customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: 35061 }] } });
    expect((await call('PUT', `/contacts/${id}`, { locationId: LOC })).status).toBe(422);

    expect((await call('POST', `/contacts/${id}/tags`, { tags: ['vip', 'lead'] })).body).toEqual({ tags: ['lead', 'vip'] });
    expect((await call('DELETE', `/contacts/${id}/tags`, { tags: ['lead'] })).body).toEqual({ tags: ['vip'] });

    const byText = await call('POST', '/contacts/search', { locationId: LOC, query: 'jane', page: 1, pageLimit: 10 });
    expect(byText.body).toMatchObject({ total: 1, contacts: [{ id }] });
    const byTag = await call('POST', '/contacts/search', { locationId: LOC, filters: [{ field: 'tags', operator: 'contains', value: ['vip'] }] });
    expect(byTag.body.contacts.map((c: any) => c.id)).toEqual([id, 'byMEV0NQinDhq8ZfiOi2', 'seD4PfOuKoVMLkEZqohJ']); // newest first
    expect((await call('POST', '/contacts/search', { locationId: LOC, pageLimit: 501 })).status).toBe(422);

    expect((await call('GET', `/contacts/search/duplicate?locationId=${LOC}&email=jane%40example.com`)).body.contact).toMatchObject({ id });
    expect((await call('GET', `/contacts/search/duplicate?locationId=${LOC}&email=nobody%40example.com`)).body.contact).toBeNull();

    expect(await call('DELETE', `/contacts/${id}`)).toEqual({ status: 200, body: { succeded: true } });
    expect(await call('GET', `/contacts/${id}`)).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found' } });
  });

  test('a second contact with the same email: 400 naming the existing one; a bad email: 422 with a message list', async () => {
    expect(await call('POST', '/contacts/', { locationId: LOC, email: 'rubika@deos.com' })).toMatchObject({
      status: 400,
      body: { message: 'This location does not allow duplicated contacts.', meta: { contactId: 'seD4PfOuKoVMLkEZqohJ', matchingField: 'email' } },
    });
    expect(await call('POST', '/contacts/', { locationId: LOC, email: 'nope' })).toMatchObject({
      status: 422,
      body: { statusCode: 422, message: ['email must be an email'], error: 'Unprocessable Entity' },
    });
    const upsert = await call('POST', '/contacts/upsert', { locationId: LOC, email: 'rubika@deos.com', city: 'Pune' });
    expect(upsert.body).toMatchObject({ new: false, contact: { id: 'seD4PfOuKoVMLkEZqohJ', city: 'Pune' } });
  });

  test('notes and tasks belong to their contact', async () => {
    const c = 'byMEV0NQinDhq8ZfiOi2';
    const note = await call('POST', `/contacts/${c}/notes`, { body: 'Prefers email.', userId: DEFAULTS.userId });
    expect(note).toMatchObject({ status: 201, body: { note: { contactId: c, body: 'Prefers email.' } } });
    expect((await call('GET', `/contacts/${c}/notes`)).body.notes).toHaveLength(1);
    expect((await call('GET', `/contacts/seD4PfOuKoVMLkEZqohJ/notes/${note.body.note.id}`)).status).toBe(404);
    expect((await call('POST', `/contacts/${c}/notes`, {})).body.message).toEqual(['body should not be empty']);

    const task = await call('POST', `/contacts/${c}/tasks`, { title: 'Call', dueDate: '2026-07-08T14:30:00.000Z', completed: false });
    const taskId = task.body.task.id;
    expect((await call('PUT', `/contacts/${c}/tasks/${taskId}/completed`, { completed: true })).body.task).toMatchObject({ completed: true });
    expect((await call('DELETE', `/contacts/${c}/tasks/${taskId}`)).body).toEqual({ succeded: true });
  });
});

describe('appointments and opportunities', () => {
  test('an appointment gets the calendar slot length and shows up in the calendar events', async () => {
    const created = await call('POST', '/calendars/events/appointments', {
      locationId: LOC,
      calendarId: 'CVokAlI8fgw4WYWoCtQz',
      contactId: 'byMEV0NQinDhq8ZfiOi2',
      startTime: '2026-07-16T10:00:00-05:00',
    });
    expect(created.body).toMatchObject({ endTime: '2026-07-16T15:30:00.000Z', appointmentStatus: 'confirmed' });
    const id = created.body.id;
    expect((await call('GET', `/calendars/events/appointments/${id}`)).body.event).toMatchObject({ id });
    const from = Date.parse('2026-07-16T00:00:00Z');
    const events = await call('GET', `/calendars/events?locationId=${LOC}&calendarId=CVokAlI8fgw4WYWoCtQz&startTime=${from}&endTime=${from + 86_400_000}`);
    expect(events.body.events.map((e: any) => e.id)).toEqual([id]);
    expect((await call('GET', `/calendars/events?locationId=${LOC}&startTime=${from}&endTime=${from}`)).status).toBe(422);
    expect((await call('DELETE', `/calendars/events/${id}`)).body).toEqual({ succeeded: true });
  });

  test('an opportunity is created, searched and closed', async () => {
    const created = await call('POST', '/opportunities/', {
      locationId: LOC,
      pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
      name: 'Premium plan',
      status: 'open',
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      monetaryValue: 900,
    });
    expect(created).toMatchObject({ status: 201, body: { opportunity: { name: 'Premium plan', contact: { name: 'Rubika Deo' } } } });
    const id = created.body.opportunity.id;
    const found = await call('GET', `/opportunities/search?location_id=${LOC}&q=premium`);
    expect(found.body).toMatchObject({ opportunities: [{ id }], meta: { total: 1 } });
    expect((await call('PUT', `/opportunities/${id}/status`, { status: 'won' })).body).toEqual({ succeded: true });
    expect(sandbox.state.opportunities.get(id)).toMatchObject({ status: 'won' });
    expect((await call('PUT', `/opportunities/${id}/status`, { status: 'maybe' })).status).toBe(422);
  });
});

describe('everything else the app declares', () => {
  test("answers the operation's sample in the envelope from GHL's spec", async () => {
    const business = await call('GET', '/businesses/63771dcac1116f0e21de8e12');
    expect(business).toMatchObject({ status: 200, body: { business: { id: expect.any(String) } } });
    const users = await call('GET', '/users/search?companyId=5DP4iH6HLkQsiKESj6rh');
    expect(users.body.users).toHaveLength(1);
    expect((await call('GET', '/users/search?companyId=5DP4iH6HLkQsiKESj6rh&skip=100')).body.users).toEqual([]);
  });

  test('an endpoint nobody declared: 404 like GHL', async () => {
    expect(await call('GET', '/nothing/here')).toMatchObject({ status: 404, body: { message: 'Cannot GET /nothing/here' } });
  });
});
