/**
 * The searches of issue 14 (Find Contact by ID, Find Opportunity by ID, Find Appointment, Find Free Slots,
 * Find User, Find Business) and their search-or-create pairs: each one's exact request (method, path,
 * query, Version), what it returns, `[]` for "not found" (404 or nothing matching) and an error for
 * everything else, and the input errors raised before any request.
 */
import { AGENCY_AUTH, App, COMPANY_ID, inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { FIND_BUSINESS_PAGES } from '../domains/businesses';

setupNock();
afterEach(() => jest.restoreAllMocks());

const V = '2021-07-28';
const CAL_V = '2021-04-15';
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 6, 15, 12);

const notFound = (what: string) => ({ statusCode: 404, message: `${what} not found`, error: 'Not Found' });

describe('Find Contact by ID', () => {
  const CONTACT = { id: 'c1', locationId: LOCATION_ID, firstName: 'Rubika', email: 'rubika@deos.com', customFields: [], dateAdded: 1783401506000, dateUpdated: '2026-07-02T05:18:26.704Z' };

  test('GET /contacts/{contactId}: the contact, its times with a zone and custom fields by name', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1', version: V, reply: { contact: CONTACT } });
    expect(await perform('searches', 'find_contact_by_id', { contactId: ' c1 ' })).toEqual([
      { ...CONTACT, dateAdded: '2026-07-07T05:18:26.000Z', customFieldsByName: {} },
    ]);
  });

  test('404 is "not found" ([]); other errors are errors', async () => {
    mockGhl({ method: 'GET', path: '/contacts/gone', version: V, status: 404, reply: notFound('Contact') });
    expect(await perform('searches', 'find_contact_by_id', { contactId: 'gone' })).toEqual([]);
    mockGhl({ method: 'GET', path: '/contacts/c1', version: V, status: 403, reply: { statusCode: 403, message: 'The token does not have access to this location' } });
    await expect(perform('searches', 'find_contact_by_id', { contactId: 'c1' })).rejects.toThrow(/does not have access to this location/);
    mockGhl({ method: 'GET', path: '/contacts/c1', version: V, reply: { traceId: 't1' } });
    await expect(perform('searches', 'find_contact_by_id', { contactId: 'c1' })).rejects.toThrow(/Find Contact by ID: GoHighLevel answered 200 without the contact/);
  });

  test('an id that would move the request is an input error; the contact is a dropdown', async () => {
    await expect(perform('searches', 'find_contact_by_id', { contactId: ' .. ' })).rejects.toThrow(/The Contact field is not a valid GoHighLevel id/);
    const contact = (await inputFields('searches', 'find_contact_by_id')).find((f) => f.key === 'contactId');
    expect(contact).toMatchObject({ required: true, dynamic: 'dropdown_contacts.id.name' });
  });
});

describe('Find Opportunity by ID', () => {
  const OPP = { id: 'o1', name: 'Website redesign', pipelineId: 'p1', pipelineStageId: 's1', status: 'open', contactId: 'c1', customFields: [], createdAt: '2026-07-01T04:55:17.355Z' };

  test('GET /opportunities/{id}: the opportunity', async () => {
    mockGhl({ method: 'GET', path: '/opportunities/o1', version: V, reply: { opportunity: OPP, traceId: 't' } });
    const [found] = await perform('searches', 'find_opportunity_by_id', { opportunityId: 'o1' });
    expect(found).toEqual({ ...OPP, customFieldsByName: {} });
  });

  test('404 is "not found"; a 422 is an error', async () => {
    mockGhl({ method: 'GET', path: '/opportunities/gone', version: V, status: 404, reply: notFound('Opportunity') });
    expect(await perform('searches', 'find_opportunity_by_id', { opportunityId: 'gone' })).toEqual([]);
    mockGhl({ method: 'GET', path: '/opportunities/o1', version: V, status: 422, reply: { statusCode: 422, message: ['id must be a valid id'] } });
    await expect(perform('searches', 'find_opportunity_by_id', { opportunityId: 'o1' })).rejects.toThrow(/id must be a valid id/);
  });
});

describe('Find Appointment', () => {
  const EVENT = { id: 'e1', title: 'Consultation', calendarId: 'cal1', appointmentStatus: 'confirmed', startTime: '2026-07-16T10:00:00-05:00', dateAdded: '2026-07-10 09:12:00' };

  test('GET /calendars/events/appointments/{eventId} (Version 2021-04-15): the appointment, zone-less times as UTC', async () => {
    mockGhl({ method: 'GET', path: '/calendars/events/appointments/e1', version: CAL_V, reply: { event: EVENT } });
    expect(await perform('searches', 'find_appointment', { eventId: 'e1', calendarId: 'cal1' })).toEqual([
      { ...EVENT, dateAdded: '2026-07-10T09:12:00+00:00' },
    ]);
  });

  test('404 is "not found"; a 400 is an error', async () => {
    mockGhl({ method: 'GET', path: '/calendars/events/appointments/gone', version: CAL_V, status: 404, reply: notFound('Appointment') });
    expect(await perform('searches', 'find_appointment', { eventId: 'gone' })).toEqual([]);
    mockGhl({ method: 'GET', path: '/calendars/events/appointments/e1', version: CAL_V, status: 400, reply: { statusCode: 400, message: 'Bad appointment id' } });
    await expect(perform('searches', 'find_appointment', { eventId: 'e1' })).rejects.toThrow(/Bad appointment id/);
  });

  test('the appointment is a dropdown of the recent and upcoming appointments of the calendar chosen above', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    const fields = await inputFields('searches', 'find_appointment');
    expect(fields.find((f) => f.key === 'calendarId')).toMatchObject({ altersDynamicFields: true, required: false, dynamic: 'dropdown_calendars.id.name' });
    expect(fields.find((f) => f.key === 'eventId')).toMatchObject({ required: true, dynamic: 'dropdown_appointments.id.label' });
    mockGhl({
      method: 'GET',
      path: '/calendars/events',
      query: { locationId: LOCATION_ID, calendarId: 'cal1', startTime: String(NOW - 30 * DAY), endTime: String(NOW + 90 * DAY) },
      version: CAL_V,
      reply: { events: [EVENT] },
    });
    expect(await perform('triggers', 'dropdown_appointments', { calendarId: 'cal1' })).toEqual([expect.objectContaining({ id: 'e1' })]);
  });
});

describe('Find Free Slots', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  const SLOTS = {
    '2026-07-17': { slots: ['2026-07-17T09:00:00-05:00'] },
    '2026-07-16': { slots: ['2026-07-16T10:00:00-05:00', '2026-07-16T10:30:00-05:00'] },
    traceId: 't1',
  };

  test('GET /calendars/{calendarId}/free-slots, epoch ms window: the first slot at the top, every slot as line items', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/cal1/free-slots',
      query: { startDate: String(NOW), endDate: String(NOW + 7 * DAY), timezone: 'America/Chicago' },
      version: CAL_V,
      reply: SLOTS,
    });
    const [found] = await perform('searches', 'find_free_slots', { calendarId: 'cal1', timezone: 'America/Chicago' });
    const slot = (date: string, startTime: string, utc: string) => ({ id: `cal1:${utc}`, calendarId: 'cal1', date, startTime });
    expect(found).toEqual({
      ...slot('2026-07-16', '2026-07-16T10:00:00-05:00', '2026-07-16T15:00:00.000Z'),
      slotCount: 3,
      slots: [
        slot('2026-07-16', '2026-07-16T10:00:00-05:00', '2026-07-16T15:00:00.000Z'),
        slot('2026-07-16', '2026-07-16T10:30:00-05:00', '2026-07-16T15:30:00.000Z'),
        slot('2026-07-17', '2026-07-17T09:00:00-05:00', '2026-07-17T14:00:00.000Z'),
      ],
    });
  });

  test('no free slot is "not found" ([]); an answer that is not slots by date is an error', async () => {
    const mock = (reply: unknown) =>
      mockGhl({ method: 'GET', path: '/calendars/cal1/free-slots', query: { startDate: String(NOW), endDate: String(NOW + 7 * DAY), userId: 'u1' }, version: CAL_V, reply });
    mock({ traceId: 't1' });
    expect(await perform('searches', 'find_free_slots', { calendarId: 'cal1', userId: 'u1' })).toEqual([]);
    mock('');
    await expect(perform('searches', 'find_free_slots', { calendarId: 'cal1', userId: 'u1' })).rejects.toThrow(/Find Free Slots: GoHighLevel answered 200 without the free slots/);
  });

  test('a window longer than 31 days is an input error before any request', async () => {
    await expect(perform('searches', 'find_free_slots', { calendarId: 'cal1', startDate: '2026-08-01', endDate: '2026-09-15' })).rejects.toThrow(
      /at most 31 days after the Start Date/,
    );
  });
});

describe('Find User', () => {
  const USERS = [
    { id: 'u1', name: 'Priya Patel', firstName: 'Priya', lastName: 'Patel', email: 'priya.patel@acmedental.com' },
    { id: 'u2', name: 'Priya Patel-Shah', email: 'priya.ps@acmedental.com' },
  ];
  const usersSearch = (query: Record<string, string>, users = USERS, token?: string) =>
    mockGhl({ method: 'GET', path: '/users/search', query: { companyId: COMPANY_ID, limit: '100', ...query }, version: V, reply: { users, count: users.length }, token });

  test('GET /users/search in the sub-account; the user whose email matches exactly (any case)', async () => {
    usersSearch({ query: 'Priya.Patel@AcmeDental.com', locationId: LOCATION_ID });
    expect((await perform('searches', 'find_user', { email: ' Priya.Patel@AcmeDental.com ' })).map((u: any) => u.id)).toEqual(['u1']);
  });

  test('by full name: only exact names (GHL\'s search also matches parts)', async () => {
    usersSearch({ query: 'priya patel', locationId: LOCATION_ID });
    expect((await perform('searches', 'find_user', { name: 'priya patel' })).map((u: any) => u.id)).toEqual(['u1']);
    usersSearch({ query: 'Priya', locationId: LOCATION_ID });
    expect(await perform('searches', 'find_user', { name: 'Priya' })).toEqual([]);
  });

  test('an agency connection searches the agency (or the chosen sub-account) with its own token', async () => {
    usersSearch({ query: 'priya.patel@acmedental.com' }, USERS, AGENCY_AUTH.access_token);
    expect(await perform('searches', 'find_user', { email: 'priya.patel@acmedental.com' }, { authData: AGENCY_AUTH })).toHaveLength(1);
    usersSearch({ query: 'priya.patel@acmedental.com', locationId: 'sub1' }, [], AGENCY_AUTH.access_token);
    expect(await perform('searches', 'find_user', { email: 'priya.patel@acmedental.com', locationId: 'sub1' }, { authData: AGENCY_AUTH })).toEqual([]);
  });

  test('needs an email or a name; an email must be one; an answer without users is an error', async () => {
    await expect(perform('searches', 'find_user', {})).rejects.toThrow(/Give an Email or a Name/);
    await expect(perform('searches', 'find_user', { email: 'priya at acme' })).rejects.toThrow(/not a valid email address/);
    mockGhl({ method: 'GET', path: '/users/search', query: { companyId: COMPANY_ID, limit: '100', query: 'Priya Patel', locationId: LOCATION_ID }, version: V, reply: { count: 0 } });
    await expect(perform('searches', 'find_user', { name: 'Priya Patel' })).rejects.toThrow(/Find User: GoHighLevel answered 200 without the .{0,3}users/);
  });

  test('pairs with Create User', () => {
    expect((App as any).searchOrCreates.find_user).toMatchObject({ key: 'find_user', search: 'find_user', create: 'create_user' });
  });
});

describe('Find Business', () => {
  const business = (id: string, name: string) => ({ id, name, locationId: LOCATION_ID, createdAt: '2026-07-02T05:18:26.704Z', updatedAt: '2026-07-02T05:18:26.704Z' });
  const page = (skip: number, businesses: unknown[]) =>
    mockGhl({ method: 'GET', path: '/businesses/', query: { locationId: LOCATION_ID, limit: '100', skip: String(skip) }, version: V, reply: { businesses } });
  const filler = (n: number, from = 0) => Array.from({ length: n }, (_, i) => business(`b${from + i}`, `Business ${from + i}`));

  test('GET /businesses/ page by page until a business has the name (any case, spaces collapsed)', async () => {
    page(0, filler(100));
    page(100, [...filler(20, 100), business('hit', 'DGS  VolMAX')]);
    expect((await perform('searches', 'find_business', { name: 'dgs volmax' })).map((b: any) => b.id)).toEqual(['hit']);
  });

  test('a short page without it ends the search: "not found"', async () => {
    page(0, filler(30));
    expect(await perform('searches', 'find_business', { name: 'Acme Widgets' })).toEqual([]);
  });

  test(`at most ${FIND_BUSINESS_PAGES} pages are read`, async () => {
    for (let p = 0; p < FIND_BUSINESS_PAGES; p++) page(p * 100, filler(100, p * 100));
    expect(await perform('searches', 'find_business', { name: 'Acme Widgets' })).toEqual([]); // an 11th request would be unmatched
  });

  test('the name is required; an answer without businesses is an error; other failures are errors', async () => {
    await expect(perform('searches', 'find_business', { name: ' ' })).rejects.toThrow(/Business Name field is required/);
    page(0, undefined as unknown as unknown[]);
    await expect(perform('searches', 'find_business', { name: 'Acme' })).rejects.toThrow(/Find Business: GoHighLevel answered without the .{0,3}businesses/);
    mockGhl({ method: 'GET', path: '/businesses/', query: { locationId: LOCATION_ID, limit: '100', skip: '0' }, version: V, status: 500, reply: { statusCode: 500, message: 'Internal error' } });
    await expect(perform('searches', 'find_business', { name: 'Acme' })).rejects.toThrow(/500|server/i);
  });

  test('pairs with Create Business', () => {
    expect((App as any).searchOrCreates.find_business).toMatchObject({ key: 'find_business', search: 'find_business', create: 'create_business' });
  });
});

test('Find Opportunity pairs with Create Opportunity (not Upsert Opportunity)', () => {
  expect((App as any).searchOrCreates.find_opportunity).toMatchObject({ search: 'find_opportunity', create: 'create_opportunity' });
});
