/**
 * What GoHighLevel answers is read strictly, and what the user wrote reaches GoHighLevel as written:
 * - an empty or malformed 200 is never success (creates, upserts, by-id triggers, searches), though a poll
 *   may read an empty answer as "nothing new" and acknowledgement-only steps stay as they are;
 * - (a body cut off before its end: test/truncated-answer.test.ts, which runs without nock);
 * - GoHighLevel merge fields (`{{contact.first_name}}`) survive core's request path, in bodies and queries.
 */
import nock from 'nock';
import { BASE, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const V = '2021-07-28';
const CAL = '2021-04-15';
const messageOf = (err: any): string => JSON.parse(err.message).message;
const empty = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, opts: { version?: string; query?: Record<string, string>; traceId?: string } = {}) =>
  nock(BASE)
    .intercept(path, method)
    .query(opts.query ?? true)
    .reply(200, '', { 'content-type': 'application/json', ...(opts.traceId ? { 'x-trace-id': opts.traceId } : {}) });

describe('an empty 200 is never taken for success', () => {
  test('a create: Create Appointment names the step, what was missing, the status and the traceId', async () => {
    empty('POST', '/calendars/events/appointments', { traceId: 'trace-empty-1' });
    const err = await perform('creates', 'create_appointment', {
      calendarId: 'cal1',
      contactId: 'c1',
      startTime: '2026-07-08T14:30:00Z',
    }).catch((e) => e);
    expect(messageOf(err)).toBe(
      'Create Appointment: GoHighLevel answered 200 without the appointment this step returns (got an empty body) (traceId trace-empty-1).',
    );
  });

  test.each([
    ['creates', 'create_user', 'POST', '/users/', { companyId: 'x', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', password: 'S3cret!pass', type: 'account', role: 'user', locationIds: ['l1'] }],
    ['creates', 'create_business', 'POST', '/businesses/', { name: 'Acme Widgets' }],
    ['creates', 'upsert_contact', 'POST', '/contacts/upsert', { email: 'jane@example.com' }],
    ['triggers', 'get_contact', 'GET', '/contacts/c1', { contactId: 'c1' }],
    ['triggers', 'get_user', 'GET', '/users/u1', { userId: 'u1' }],
  ] as const)('%s.%s fails instead of returning a record made up from nothing', async (kind, key, method, path, input) => {
    empty(method, path);
    const err = await perform(kind, key, input).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(messageOf(err)).toMatch(/GoHighLevel answered 200 without .* \(got an empty body\)/);
  });

  test.each([
    ['find_contact', '/contacts/search/duplicate', { email: 'jane@example.com' }],
    ['find_opportunity', '/opportunities/search', { q: 'Acme' }],
    ['find_location_by_id', `/locations/${LOCATION_ID}`, { locationId: LOCATION_ID }],
  ] as const)('a search (%s) never turns an unreadable answer into "not found" (which would create a duplicate)', async (key, path, input) => {
    empty('GET', path);
    const err = await perform('searches', key, input).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(messageOf(err)).toMatch(/GoHighLevel answered 200 without/);
  });

  test('a search still answers [] for GHL\'s own "nothing found"', async () => {
    mockGhl({ method: 'GET', path: '/contacts/search/duplicate', query: { locationId: LOCATION_ID, email: 'nobody@example.com' }, version: V, reply: { contact: null, traceId: 't' } });
    expect(await perform('searches', 'find_contact', { email: 'nobody@example.com' })).toEqual([]);
  });

  test('a polling trigger reads an empty answer as nothing new', async () => {
    empty('GET', '/contacts/c1/notes');
    expect(await perform('triggers', 'get_contact_notes', { contactId: 'c1' })).toEqual([]);
  });

  test('deletes and acknowledgement-only steps stay as they are', async () => {
    empty('DELETE', '/contacts/c1/tasks/t1');
    expect(await perform('creates', 'delete_contact_task', { contactId: 'c1', taskId: 't1' })).toEqual({ id: 't1', deleted: true });
    empty('POST', '/contacts/c1/campaigns/camp1');
    expect(await perform('creates', 'add_contact_to_campaign', { contactId: 'c1', campaignId: 'camp1' })).toEqual({
      contactId: 'c1',
      campaignId: 'camp1',
      succeded: true,
    });
  });
});

describe('a 200 without the expected key is an error naming what was missing', () => {
  test('Get User does not return the envelope as the user', async () => {
    mockGhl({ method: 'GET', path: '/users/u1', version: V, reply: { unexpected: true } });
    const err = await perform('triggers', 'get_user', { userId: 'u1' }).catch((e) => e);
    expect(messageOf(err)).toBe('Get User: GoHighLevel answered 200 without the record\'s "id" (got an object with keys unexpected).');
  });

  test.each([
    ['create_block_slot', '/calendars/events/block-slots', CAL, { calendarId: 'cal1', startTime: '2026-07-08T14:30:00Z', endTime: '2026-07-08T15:30:00Z' }],
    ['create_contact_note', '/contacts/c1/notes', V, { contactId: 'c1', body: 'Called back' }],
    ['add_tags_to_contact', '/contacts/c1/tags', V, { contactId: 'c1', tags: 'vip' }],
  ] as const)('%s fails on {"unexpected": true}', async (key, path, version, input) => {
    nock(BASE, { reqheaders: { version } }).post(path).reply(200, { unexpected: true });
    const err = await perform('creates', key, input).catch((e) => e);
    expect(messageOf(err)).toMatch(/GoHighLevel answered 200 without .*\(got an object with keys unexpected\)\.$/);
  });
});

describe('GoHighLevel merge fields reach GoHighLevel untouched (through core\'s own request path)', () => {
  test('in a JSON body: a note', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/c1/notes',
      version: V,
      body: { body: 'Hi {{contact.first_name}}, call back', title: '{{ contact.name }}' },
      reply: { note: { id: 'n1', body: 'Hi {{contact.first_name}}, call back' } },
    });
    const note = await perform('creates', 'create_contact_note', { contactId: 'c1', body: 'Hi {{contact.first_name}}, call back', title: '{{ contact.name }}' });
    expect(note).toMatchObject({ id: 'n1' });
  });

  test('in a nested body value: a task title and a contact name', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/',
      version: V,
      body: { locationId: LOCATION_ID, firstName: '{{contact.first_name}}', tags: ['{{custom_values.tag}}'] },
      reply: { contact: { id: 'c9', firstName: '{{contact.first_name}}' } },
    });
    expect(await perform('creates', 'create_contact', { firstName: '{{contact.first_name}}', tags: ['{{custom_values.tag}}'] })).toMatchObject({
      id: 'c9',
    });
  });

  test('in a query string: search text', async () => {
    mockGhl({
      method: 'GET',
      path: '/opportunities/search',
      version: V,
      query: { location_id: LOCATION_ID, q: '{{opportunity.name}}', order: 'added_desc', limit: '10' },
      reply: { opportunities: [{ id: 'o1', name: '{{opportunity.name}}' }], meta: { total: 1 } },
    });
    const found = await perform('searches', 'find_opportunity', { q: '{{opportunity.name}}' });
    expect(found[0]).toMatchObject({ id: 'o1' });
  });
});
