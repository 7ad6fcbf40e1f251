/**
 * The HTTP engine: Version per path, path filling, and the translation of every GHL failure family into a
 * readable error with GHL's message and traceId (401 and 429 through core's refresh/throttle paths).
 */
import { fillPath, retryDelaySeconds, versionFor } from '../lib/http';
import nock from 'nock';
import { BASE, mockGhl, perform, setupNock, LOCATION_ID } from './helpers';

setupNock();

describe('versionFor', () => {
  test.each([
    ['/contacts/{contactId}', '2021-07-28'],
    ['/contacts/', '2021-07-28'],
    ['/calendars/', '2021-04-15'],
    ['/calendars/events/appointments/{eventId}', '2021-04-15'],
    ['/conversations/search', '2021-04-15'],
    ['/conversations/messages/email/{id}', null],
    ['/oauth/token', null],
    ['/oauth/locationToken', '2021-07-28'],
    ['/opportunities/search', '2021-07-28'],
    ['/calendarsX/foo', '2021-07-28'],
  ])('%s → %s', (path, version) => expect(versionFor(path)).toBe(version));
});

describe('fillPath', () => {
  test('encodes values and names an empty one', () => {
    expect(fillPath('/contacts/{contactId}/notes/{id}', { contactId: 'a b', id: 'x/y' })).toBe('/contacts/a%20b/notes/x%2Fy');
    expect(() => fillPath('/contacts/{contactId}', { contactId: '' })).toThrow('The Contact ID field is required but was empty.');
    expect(() => fillPath('/contacts/{contactId}', {})).toThrow(/Contact ID/);
  });
});

const getContact = () => perform('triggers', 'get_contact', { contactId: 'c1' });
const fail = (status: number, reply: unknown, headers?: Record<string, string>) =>
  mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', status, reply, headers });

describe('error translation', () => {
  test('400: GHL\'s message and traceId', async () => {
    fail(400, { statusCode: 400, message: 'Contact id is not valid', traceId: 'trace-400' });
    await expect(getContact()).rejects.toThrow(
      'GoHighLevel rejected the request (400 Bad Request): Contact id is not valid. (traceId trace-400)',
    );
  });

  test('403: explains sub-account access or scope', async () => {
    fail(403, { statusCode: 403, message: 'The token does not have access to this location' });
    const err: any = await getContact().catch((e) => e);
    const { message, code, status } = JSON.parse(err.message);
    expect(message).toMatch(/^GoHighLevel refused access \(403\): The token does not have access to this location\./);
    expect(message).toMatch(/scope/);
    expect({ name: err.name, code, status }).toEqual({ name: 'AppError', code: 'GHL_403', status: 403 });
  });

  test('404: not found with GHL\'s message', async () => {
    fail(404, { statusCode: 404, message: 'Contact not found', error: 'Not Found' });
    await expect(getContact()).rejects.toThrow('GoHighLevel could not find it (404): Contact not found.');
  });

  test('422: the message array is joined', async () => {
    fail(422, { statusCode: 422, message: ['email must be an email', 'phone must be a string'], error: 'Unprocessable Entity' });
    await expect(getContact()).rejects.toThrow(
      'GoHighLevel could not process the input (422): email must be an email; phone must be a string.',
    );
  });

  test('5xx with an HTML body from a proxy becomes one readable line', async () => {
    fail(502, '<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>', {
      'content-type': 'text/html',
    });
    await expect(getContact()).rejects.toThrow(/GoHighLevel had a server problem \(502\): 502 502 Bad Gateway nginx\. Try again later\./);
  });

  test('5xx with JSON keeps the traceId from the body', async () => {
    fail(500, { statusCode: 500, message: 'Internal server error', traceId: 't-500' });
    await expect(getContact()).rejects.toThrow('GoHighLevel had a server problem (500): Internal server error. Try again later. (traceId t-500)');
  });

  test('401 goes to core\'s refresh path (RefreshAuthError), untouched', async () => {
    fail(401, { statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized' });
    const err: any = await getContact().catch((e) => e);
    expect(err.name).toBe('RefreshAuthError');
  });

  test('429 with Retry-After seconds → ThrottledError with that delay', async () => {
    fail(429, { statusCode: 429, message: 'Too many requests' }, { 'retry-after': '7' });
    const err: any = await getContact().catch((e) => e);
    expect(err.name).toBe('ThrottledError');
    expect(JSON.parse(err.message)).toMatchObject({ delay: 7 });
  });

  test('429 with Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 42_000).toUTCString();
    fail(429, {}, { 'retry-after': at });
    const err: any = await getContact().catch((e) => e);
    expect(err.name).toBe('ThrottledError');
    const delay = JSON.parse(err.message).delay;
    expect(delay).toBeGreaterThanOrEqual(40);
    expect(delay).toBeLessThanOrEqual(43);
  });

  test('429 without Retry-After waits for the rate-limit window', async () => {
    fail(429, {}, { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '10000', 'x-ratelimit-max': '100' });
    const err: any = await getContact().catch((e) => e);
    expect(JSON.parse(err.message)).toMatchObject({ delay: 10 });
  });

  test('a 200 with invalid JSON is a clear error naming the call, never a TypeError', async () => {
    fail(200, '{"contact": {"id": "c1"', { 'content-type': 'application/json' });
    const err: any = await getContact().catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/Get Contact: GoHighLevel answered 200 but the body is not valid JSON/);
  });

  test('a list answer without its list key names the operation', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1/notes', version: '2021-07-28', reply: { unexpected: true } });
    const err: any = await perform('triggers', 'get_contact_notes', { contactId: 'c1' }).catch((e) => e);
    expect(JSON.parse(err.message)).toEqual({
      message: 'Get Contact Notes: GoHighLevel answered 200 without the "notes" list (got an object with keys unexpected).',
      code: 'GHL_UNEXPECTED_ANSWER',
      status: 502,
    });
  });

  test('a create answered 200 with an unexpected shape names the step and status', async () => {
    mockGhl({ method: 'POST', path: '/contacts/c1/tasks', version: '2021-07-28', body: { completed: false, title: 'x', dueDate: '2026-01-01T00:00:00.000Z' }, reply: { something: 'else' } });
    const err: any = await perform('creates', 'create_contact_task', { contactId: 'c1', title: 'x', dueDate: '2026-01-01T00:00:00Z' }).catch((e) => e);
    expect(err.name).not.toBe('TypeError');
    expect(JSON.parse(err.message).message).toBe('Create Contact Task: GoHighLevel answered 200 without the "task" record (got an object with keys something).');
  });

  test('a connection reset is a readable error naming the step', async () => {
    nock(BASE).get('/contacts/c1').replyWithError('socket hang up');
    const err: any = await getContact().catch((e) => e);
    expect(JSON.parse(err.message)).toMatchObject({ message: 'Get Contact: could not reach GoHighLevel (socket hang up). Try again later.', code: 'GHL_NETWORK' });
  });

  test('a timeout is a readable error naming the step', async () => {
    process.env.GHL_TIMEOUT_MS = '100';
    nock(BASE).get('/contacts/c1').delay(2000).reply(200, { contact: { id: 'c1' } });
    try {
      const err: any = await getContact().catch((e) => e);
      expect(JSON.parse(err.message)).toMatchObject({ message: 'Get Contact: GoHighLevel did not answer within 0.1 s. Try again later.', code: 'GHL_TIMEOUT' });
    } finally {
      delete process.env.GHL_TIMEOUT_MS;
    }
  });

  test('searches answer [] for a 404', async () => {
    mockGhl({ method: 'GET', path: '/contacts/search/duplicate', query: { locationId: LOCATION_ID, email: 'a@b.co' }, version: '2021-07-28', status: 404, reply: { statusCode: 404, message: 'Not found' } });
    expect(await perform('searches', 'find_contact', { email: 'a@b.co' })).toEqual([]);
  });
});

describe('retryDelaySeconds', () => {
  const res = (h: Record<string, string>) => ({ getHeader: (k: string) => h[k.toLowerCase()] });
  test('daily quota exhausted waits an hour; nothing known waits 10 s', () => {
    expect(retryDelaySeconds(res({ 'x-ratelimit-daily-remaining': '0' }))).toBe(3600);
    expect(retryDelaySeconds(res({}))).toBe(10);
    expect(retryDelaySeconds(res({ 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }), Date.parse('Wed, 21 Oct 2015 07:27:30 GMT'))).toBe(30);
  });
});
