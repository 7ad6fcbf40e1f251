/**
 * The CRM event triggers of issue 14 (contacts, opportunities, appointments, tasks): each one's exact request
 * (method, path, query, Version, body), one request on a normal poll and more pages only while Zapier
 * populates its dedupe store, the id of each event and the record's own id beside it, newest first by the
 * event's time, times with a zone, the filters, and the input errors raised before any request. Also the
 * event helpers (domains/events.ts, onePerBooking) and the editor rules these operations follow.
 */
import { AGENCY_AUTH, App, COMPANY_ID, inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { eventId, withZonedTimes, zonedTime } from '../domains/events';
import { onePerBooking } from '../domains/calendars';
import { POPULATE_PAGES } from '../lib/operation';

setupNock();
afterEach(() => jest.restoreAllMocks());

const V = '2021-07-28';
const CAL_V = '2021-04-15';
const DAY = 86_400_000;
const YEAR = 365 * DAY;
/** "Now" for the appointment windows: 2026-07-15T12:00:00Z. */
const NOW = Date.UTC(2026, 6, 15, 12);

const at = (minutes: number) => new Date(Date.UTC(2026, 6, 1) + minutes * 60_000).toISOString();

// ---------------------------------------------------------------------------------------------------
// Contacts

const contact = (id: string, added: number, updated = added, extra: Record<string, unknown> = {}) => ({
  id,
  locationId: LOCATION_ID,
  firstName: id,
  tags: [] as string[],
  customFields: [] as unknown[],
  dateAdded: at(added),
  dateUpdated: at(updated),
  ...extra,
});

const contactSearch = (body: Record<string, unknown>, contacts: unknown[], token?: string) =>
  mockGhl({ method: 'POST', path: '/contacts/search', version: V, body, reply: { contacts, total: contacts.length }, token });

describe('New Contact', () => {
  test('POST /contacts/search: the newest page by dateAdded; id = the contact id, contactId beside it', async () => {
    contactSearch({ locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] }, [
      contact('older', 1),
      contact('newer', 5),
    ]);
    const out = await perform('triggers', 'new_contact');
    expect(out.map((c: any) => [c.id, c.contactId])).toEqual([
      ['newer', 'newer'],
      ['older', 'older'],
    ]);
    expect(out[0]).toMatchObject({ customFieldsByName: {}, dateAdded: at(5) });
  });

  test('custom fields by name, times with a zone (GHL epoch milliseconds become ISO-8601 UTC)', async () => {
    contactSearch({ locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] }, [
      { id: 'c1', dateAdded: Date.UTC(2026, 6, 2, 5, 18, 26), dateUpdated: '2026-07-02T05:18:26.704Z', customFields: [{ id: 'cfPin', value: '35061' }] },
    ]);
    mockGhl({
      method: 'GET',
      path: `/locations/${LOCATION_ID}/customFields`,
      query: { model: 'contact' },
      version: V,
      reply: { customFields: [{ id: 'cfPin', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'NUMERICAL', model: 'contact' }] },
    });
    const [c] = await perform('triggers', 'new_contact');
    expect(c).toMatchObject({ id: 'c1', dateAdded: '2026-07-02T05:18:26.000Z', customFieldsByName: { Pincode: '35061' } });
  });

  test('while Zapier populates its dedupe store: full pages are read on, up to five; a normal poll is one request', async () => {
    const page = (p: number, n: number) => Array.from({ length: n }, (_, i) => contact(`p${p}c${i}`, 10_000 - p * 100 - i));
    const body = (p: number) => ({ locationId: LOCATION_ID, page: p, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] });
    contactSearch(body(1), page(1, 100));
    contactSearch(body(2), page(2, 40));
    expect(await perform('triggers', 'new_contact', {}, { meta: { isPopulatingDedupe: true } })).toHaveLength(140);
    for (let p = 1; p <= POPULATE_PAGES; p++) contactSearch(body(p), page(p, 100));
    expect(await perform('triggers', 'new_contact', {}, { meta: { isPopulatingDedupe: true } })).toHaveLength(100 * POPULATE_PAGES);
    contactSearch(body(1), page(1, 100)); // a full page, and no second request on a normal poll (nock would refuse it)
    expect(await perform('triggers', 'new_contact')).toHaveLength(100);
  });

  test('an empty answer is nothing new; an answer without contacts is an error naming the step', async () => {
    mockGhl({ method: 'POST', path: '/contacts/search', version: V, reply: '' });
    expect(await perform('triggers', 'new_contact')).toEqual([]);
    mockGhl({ method: 'POST', path: '/contacts/search', version: V, reply: { total: 3 } });
    await expect(perform('triggers', 'new_contact')).rejects.toThrow(/New Contact: GoHighLevel answered 200 without the .{0,3}contacts.{0,3} list/);
  });

  test('an agency connection searches the chosen sub-account with a minted token', async () => {
    mockGhl({
      method: 'POST',
      path: '/oauth/locationToken',
      version: V,
      token: AGENCY_AUTH.access_token,
      body: { companyId: COMPANY_ID, locationId: 'sub1' },
      reply: { access_token: 'minted-token', expires_in: 86399, locationId: 'sub1' },
    });
    contactSearch({ locationId: 'sub1', page: 1, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] }, [contact('c1', 1)], 'minted-token');
    expect(await perform('triggers', 'new_contact', { locationId: 'sub1' }, { authData: AGENCY_AUTH })).toHaveLength(1);
  });
});

describe('Updated Contact', () => {
  test('the newest page by dateUpdated; one event per version: id = contactId:dateUpdated', async () => {
    const body = { locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [{ field: 'dateUpdated', direction: 'desc' }] };
    contactSearch(body, [contact('a', 1, 9), contact('b', 2, 4)]);
    const first = await perform('triggers', 'updated_contact');
    expect(first.map((c: any) => [c.id, c.contactId])).toEqual([
      [`a:${at(9)}`, 'a'],
      [`b:${at(4)}`, 'b'],
    ]);
    // The same contact changed again: a new event id; unchanged: the same id (Zapier's dedupe drops it).
    contactSearch(body, [contact('b', 2, 12), contact('a', 1, 9)]);
    const second = await perform('triggers', 'updated_contact');
    expect(second.map((c: any) => c.id)).toEqual([`b:${at(12)}`, `a:${at(9)}`]);
  });

  test('shows how it fires (what a poll cannot see) above its inputs', async () => {
    const [about] = await inputFields('triggers', 'updated_contact');
    expect(about).toMatchObject({ type: 'copy', helpText: expect.stringMatching(/Several changes made between two checks arrive as one/) });
  });
});

describe('Tag Added to Contact', () => {
  test('contacts carrying the tag (lower-cased as GHL keeps it), newest changed first; id = contactId:tag', async () => {
    contactSearch(
      {
        locationId: LOCATION_ID,
        page: 1,
        pageLimit: 100,
        filters: [{ field: 'tags', operator: 'contains', value: ['vip'] }],
        sort: [{ field: 'dateUpdated', direction: 'desc' }],
      },
      [contact('a', 1, 3, { tags: ['vip'] }), contact('b', 1, 8, { tags: ['vip', 'gold'] })],
    );
    const out = await perform('triggers', 'tag_added_to_contact', { tag: ' VIP ' });
    expect(out.map((c: any) => [c.id, c.contactId, c.tag])).toEqual([
      ['b:vip', 'b', 'vip'],
      ['a:vip', 'a', 'vip'],
    ]);
  });

  test('a contact changed again keeps its event id: it fires once per tag', async () => {
    const body = {
      locationId: LOCATION_ID,
      page: 1,
      pageLimit: 100,
      filters: [{ field: 'tags', operator: 'contains', value: ['vip'] }],
      sort: [{ field: 'dateUpdated', direction: 'desc' }],
    };
    contactSearch(body, [contact('a', 1, 3, { tags: ['vip'] })]);
    contactSearch(body, [contact('a', 1, 30, { tags: ['vip', 'renewal'] })]);
    expect((await perform('triggers', 'tag_added_to_contact', { tag: 'vip' }))[0].id).toBe('a:vip');
    expect((await perform('triggers', 'tag_added_to_contact', { tag: 'vip' }))[0].id).toBe('a:vip');
  });

  test('the tag is required, a dropdown of the sub-account\'s tags, and its help says what polling cannot see', async () => {
    await expect(perform('triggers', 'tag_added_to_contact', { tag: '  ' })).rejects.toThrow(/The Tag field is required/);
    const fields = await inputFields('triggers', 'tag_added_to_contact');
    const tag = fields.find((f) => f.key === 'tag');
    expect(tag).toMatchObject({ required: true, dynamic: 'dropdown_tags.name.name' });
    expect(tag.helpText).toMatch(/removing the tag and adding it back does not fire again/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Opportunities

const opp = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Deal ${id}`,
  pipelineId: 'p1',
  pipelineStageId: 's1',
  status: 'open',
  contactId: 'c1',
  locationId: LOCATION_ID,
  customFields: [] as unknown[],
  createdAt: at(1),
  updatedAt: at(1),
  lastStageChangeAt: at(1),
  lastStatusChangeAt: at(1),
  ...extra,
});
const oppSearch = (query: Record<string, string>, opportunities: unknown[]) =>
  mockGhl({ method: 'GET', path: '/opportunities/search', query: { location_id: LOCATION_ID, limit: '100', page: '1', ...query }, version: V, reply: { opportunities, meta: { total: opportunities.length } } });

describe('New Opportunity', () => {
  test('GET /opportunities/search, order=added_desc, page/limit; id = the opportunity id, opportunityId beside it', async () => {
    oppSearch({ order: 'added_desc' }, [opp('o1', { createdAt: at(2) }), opp('o2', { createdAt: at(7) })]);
    const out = await perform('triggers', 'new_opportunity');
    expect(out.map((o: any) => [o.id, o.opportunityId])).toEqual([
      ['o2', 'o2'],
      ['o1', 'o1'],
    ]);
  });

  test('pipeline, stage and status filters go in snake case; a status is checked before any request', async () => {
    oppSearch({ order: 'added_desc', pipeline_id: 'p1', pipeline_stage_id: 's2', status: 'won' }, []);
    expect(await perform('triggers', 'new_opportunity', { pipelineId: 'p1', pipelineStageId: 's2', status: 'Won' })).toEqual([]);
    await expect(perform('triggers', 'new_opportunity', { status: 'all' })).rejects.toThrow(/Status field must be one of open, won, lost or abandoned/);
  });

  test('the Stage dropdown depends on the Pipeline', async () => {
    const fields = await inputFields('triggers', 'new_opportunity');
    expect(fields.find((f) => f.key === 'pipelineId')).toMatchObject({ dynamic: 'dropdown_pipelines.id.name', altersDynamicFields: true, required: false });
    expect(fields.find((f) => f.key === 'pipelineStageId')).toMatchObject({ dynamic: 'dropdown_pipeline_stages.id.name', required: false });
  });
});

describe('Opportunity Stage Changed', () => {
  test('order=updated_desc; id = opportunityId:stageId:lastStageChangeAt; newest stage change first', async () => {
    oppSearch({ order: 'updated_desc', pipeline_id: 'p1' }, [
      opp('o1', { pipelineStageId: 's2', lastStageChangeAt: at(5), updatedAt: at(9) }),
      opp('o2', { pipelineStageId: 's3', lastStageChangeAt: at(8), updatedAt: at(8) }),
    ]);
    const out = await perform('triggers', 'opportunity_stage_changed', { pipelineId: 'p1' });
    expect(out.map((o: any) => [o.id, o.opportunityId])).toEqual([
      [`o2:s3:${at(8)}`, 'o2'],
      [`o1:s2:${at(5)}`, 'o1'],
    ]);
  });

  test('re-entering a stage is a new event (A→B→A→B: three ids); another change of the opportunity is not', async () => {
    const states = [
      opp('o1', { pipelineStageId: 'B', lastStageChangeAt: at(1), updatedAt: at(1) }),
      opp('o1', { pipelineStageId: 'A', lastStageChangeAt: at(2), updatedAt: at(2) }),
      opp('o1', { pipelineStageId: 'B', lastStageChangeAt: at(3), updatedAt: at(3) }),
      opp('o1', { pipelineStageId: 'B', lastStageChangeAt: at(3), monetaryValue: 900, updatedAt: at(4) }),
    ];
    const ids: string[] = [];
    for (const state of states) {
      oppSearch({ order: 'updated_desc' }, [state]);
      ids.push(...(await perform('triggers', 'opportunity_stage_changed')).map((o: any) => o.id));
    }
    expect(ids).toEqual([`o1:B:${at(1)}`, `o1:A:${at(2)}`, `o1:B:${at(3)}`, `o1:B:${at(3)}`]);
    expect(new Set(ids).size).toBe(3);
  });

  test('a stage filter asks GHL for that stage only', async () => {
    oppSearch({ order: 'updated_desc', pipeline_id: 'p1', pipeline_stage_id: 's2' }, []);
    expect(await perform('triggers', 'opportunity_stage_changed', { pipelineId: 'p1', pipelineStageId: 's2' })).toEqual([]);
  });
});

describe('Opportunity Status Changed', () => {
  test('order=updated_desc and the status; id = opportunityId:status:lastStatusChangeAt', async () => {
    oppSearch({ order: 'updated_desc', status: 'lost' }, [opp('o1', { status: 'lost', lastStatusChangeAt: at(6) })]);
    const out = await perform('triggers', 'opportunity_status_changed', { status: 'lost' });
    expect(out.map((o: any) => [o.id, o.opportunityId, o.status])).toEqual([[`o1:lost:${at(6)}`, 'o1', 'lost']]);
  });

  test('won, lost, won again: three events; a change that keeps the status is none', async () => {
    const ids: string[] = [];
    for (const [status, t] of [['won', 1], ['lost', 2], ['won', 3], ['won', 3]] as const) {
      oppSearch({ order: 'updated_desc' }, [opp('o1', { status, lastStatusChangeAt: at(t), updatedAt: at(t + 10) })]);
      ids.push(...(await perform('triggers', 'opportunity_status_changed')).map((o: any) => o.id));
    }
    expect(new Set(ids).size).toBe(3);
  });

  test('"all" is not a status to watch (leave the filter empty instead)', async () => {
    await expect(perform('triggers', 'opportunity_status_changed', { status: 'all' })).rejects.toThrow(/must be one of open, won, lost or abandoned/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Appointments

const appt = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Visit ${id}`,
  calendarId: 'cal1',
  locationId: LOCATION_ID,
  contactId: 'c1',
  groupId: '',
  appointmentStatus: 'confirmed',
  assignedUserId: 'u1',
  users: ['u1'],
  startTime: '2026-07-20T10:00:00-05:00',
  endTime: '2026-07-20T10:30:00-05:00',
  dateAdded: '2026-07-14T09:00:00-05:00',
  dateUpdated: '2026-07-14T09:00:00-05:00',
  ...extra,
});
const WINDOW = { startTime: String(NOW - 30 * DAY), endTime: String(NOW + 5 * YEAR) };
const eventsList = (query: Record<string, string>, events: unknown[]) =>
  mockGhl({ method: 'GET', path: '/calendars/events', query: { locationId: LOCATION_ID, ...WINDOW, ...query }, version: CAL_V, reply: { events } });

describe('New Appointment', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));

  test('GET /calendars/events (Version 2021-04-15): 30 days back to 5 years ahead, newest booking first', async () => {
    eventsList({ calendarId: 'cal1' }, [
      appt('soon', { dateAdded: '2026-07-14T09:00:00-05:00' }),
      appt('farAhead', { startTime: '2029-03-01T10:00:00-06:00', dateAdded: '2026-07-15T06:00:00-05:00' }),
    ]);
    const out = await perform('triggers', 'new_appointment', { calendarId: 'cal1' });
    expect(out.map((a: any) => [a.id, a.appointmentId])).toEqual([
      ['farAhead', 'farAhead'],
      ['soon', 'soon'],
    ]);
  });

  test('by user; a recurring series is one booking (its series id), shown by its first occurrence', async () => {
    eventsList({ userId: 'u1' }, [
      appt('m1_1785000000000_1800', { masterEventId: 'm1', startTime: '2026-07-27T10:00:00-05:00' }),
      appt('m1_1784400000000_1800', { masterEventId: 'm1', startTime: '2026-07-20T10:00:00-05:00' }),
      appt('single'),
    ]);
    const out = await perform('triggers', 'new_appointment', { userId: 'u1' });
    expect(out.map((a: any) => [a.id, a.appointmentId, a.startTime])).toEqual([
      ['m1', 'm1', '2026-07-20T10:00:00-05:00'],
      ['single', 'single', '2026-07-20T10:00:00-05:00'],
    ]);
  });

  test('needs a calendar or a user, before any request', async () => {
    await expect(perform('triggers', 'new_appointment', { calendarId: ' ' })).rejects.toThrow(/Choose a Calendar or a User/);
  });

  test('an answer without events is an error naming the step', async () => {
    mockGhl({ method: 'GET', path: '/calendars/events', query: { locationId: LOCATION_ID, calendarId: 'cal1', ...WINDOW }, version: CAL_V, reply: { total: 0 } });
    await expect(perform('triggers', 'new_appointment', { calendarId: 'cal1' })).rejects.toThrow(/New Appointment: GoHighLevel answered 200 without the .{0,3}events.{0,3} list/);
  });
});

describe('Appointment Status Changed', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));

  test('id = appointmentId:appointmentStatus, newest change first; the chosen status is kept here (the API filters none)', async () => {
    const events = [
      appt('a1', { appointmentStatus: 'cancelled', dateUpdated: '2026-07-15T06:00:00-05:00' }),
      appt('a2', { appointmentStatus: 'showed', dateUpdated: '2026-07-15T06:30:00-05:00' }),
      appt('a3', { appointmentStatus: 'confirmed', dateUpdated: '2026-07-14T06:30:00-05:00' }),
    ];
    eventsList({ calendarId: 'cal1' }, events);
    expect((await perform('triggers', 'appointment_status_changed', { calendarId: 'cal1' })).map((a: any) => [a.id, a.appointmentId])).toEqual([
      ['a2:showed', 'a2'],
      ['a1:cancelled', 'a1'],
      ['a3:confirmed', 'a3'],
    ]);
    eventsList({ calendarId: 'cal1' }, events);
    expect((await perform('triggers', 'appointment_status_changed', { calendarId: 'cal1', appointmentStatus: 'cancelled' })).map((a: any) => a.id)).toEqual([
      'a1:cancelled',
    ]);
  });

  test('the status filter is a dropdown of GHL\'s statuses and its help says what polling cannot see', async () => {
    const status = (await inputFields('triggers', 'appointment_status_changed')).find((f) => f.key === 'appointmentStatus');
    expect(Object.keys(status.choices)).toEqual(['new', 'confirmed', 'cancelled', 'showed', 'noshow', 'invalid']);
    expect(status.helpText).toMatch(/goes back to a status it had before .* does not fire again/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Tasks

const task = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  title: `Task ${id}`,
  assignedTo: 'u1',
  dueDate: '2026-07-20T14:00:00.000Z',
  completed: false,
  contactId: 'c1',
  dateAdded: at(1),
  dateUpdated: at(1),
  ...extra,
});
const taskSearch = (body: Record<string, unknown>, tasks: unknown[]) =>
  mockGhl({ method: 'POST', path: `/locations/${LOCATION_ID}/tasks/search`, version: V, body, reply: { tasks } });

describe('New Task', () => {
  test('POST /locations/{locationId}/tasks/search with limit/skip; id = taskId (GHL\'s _id), newest first', async () => {
    taskSearch({ limit: 100, skip: 0 }, [task('t1', { dateAdded: at(2) }), task('t2', { dateAdded: at(5) })]);
    const out = await perform('triggers', 'new_task');
    expect(out.map((t: any) => [t.id, t.taskId])).toEqual([
      ['t2', 't2'],
      ['t1', 't1'],
    ]);
    expect(out[0]).not.toHaveProperty('_id');
  });

  test('one assignee\'s tasks: assignedTo as a list of one; pages while populating dedupe', async () => {
    taskSearch({ assignedTo: ['u1'], limit: 100, skip: 0 }, Array.from({ length: 100 }, (_, i) => task(`a${i}`, { dateAdded: at(1000 - i) })));
    taskSearch({ assignedTo: ['u1'], limit: 100, skip: 100 }, [task('last')]);
    expect(await perform('triggers', 'new_task', { assignedTo: 'u1' }, { meta: { isPopulatingDedupe: true } })).toHaveLength(101);
  });

  test('a task answered with `id` (as the contact task endpoints do) keeps it', async () => {
    taskSearch({ limit: 100, skip: 0 }, [{ id: 'plain1', title: 'Call', completed: false, contactId: 'c1' }]);
    expect(await perform('triggers', 'new_task')).toEqual([expect.objectContaining({ id: 'plain1', taskId: 'plain1' })]);
  });
});

describe('Task Completed', () => {
  test('the search\'s completed tasks; id = taskId:completed, newest change first', async () => {
    taskSearch({ completed: true, limit: 100, skip: 0 }, [
      task('t1', { completed: true, dateUpdated: at(3) }),
      task('t2', { completed: true, dateUpdated: at(9) }),
    ]);
    const out = await perform('triggers', 'task_completed');
    expect(out.map((t: any) => [t.id, t.taskId])).toEqual([
      ['t2:completed', 't2'],
      ['t1:completed', 't1'],
    ]);
  });

  test('its help says a task reopened and completed again does not fire again', async () => {
    const [assignee] = await inputFields('triggers', 'task_completed');
    expect(assignee).toMatchObject({ key: 'assignedTo', dynamic: 'dropdown_users.id.name' });
    expect(assignee.helpText).toMatch(/reopening it and completing it again does not fire again/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Helpers

describe('event helpers', () => {
  test('eventId joins the parts, keeping empty ones', () => {
    expect(eventId('o1', 's2', '2026-07-01T00:00:00.000Z')).toBe('o1:s2:2026-07-01T00:00:00.000Z');
    expect(eventId('a', undefined, 'b')).toBe('a::b');
    expect(eventId('a', undefined, 'b')).not.toBe(eventId('a', 'b'));
  });

  test('zonedTime: zoned values kept, epochs to UTC, zone-less date-times read in the zone given', () => {
    expect(zonedTime('2026-07-16T16:00:00+05:30')).toBe('2026-07-16T16:00:00+05:30');
    expect(zonedTime('2026-07-16T10:00:00.000Z')).toBe('2026-07-16T10:00:00.000Z');
    expect(zonedTime(1784195400000)).toBe('2026-07-16T09:50:00.000Z');
    expect(zonedTime('1784195400')).toBe('2026-07-16T09:50:00.000Z');
    expect(zonedTime('2026-07-16 11:00:00', 'America/Chicago')).toBe('2026-07-16T11:00:00-05:00');
    expect(zonedTime('2026-07-16T11:00')).toBe('2026-07-16T11:00:00+00:00');
    for (const other of ['', undefined, null, '1990-09-25', 'soon', 12, true]) expect(zonedTime(other)).toBe(other);
  });

  test('withZonedTimes converts only the keys given, and only where present', () => {
    expect(withZonedTimes({ a: 1784195400000, b: 1784195400000, c: 'x' }, ['a', 'd'])).toEqual({ a: '2026-07-16T09:50:00.000Z', b: 1784195400000, c: 'x' });
  });

  test('onePerBooking: one item per recurring series (its first occurrence, the series id); others as they are', () => {
    const items = onePerBooking([
      { id: 'x', startTime: '2026-07-01T10:00:00Z' },
      { id: 'm_2', masterEventId: 'm', startTime: '2026-07-08T10:00:00Z' },
      { id: 'm_1', masterEventId: 'm', startTime: '2026-07-01T10:00:00Z' },
      { id: 'n_1', masterEventId: 'n', startTime: '2026-07-02T10:00:00Z' },
    ]);
    expect(items.map((i) => [i.id, i.startTime])).toEqual([
      ['x', '2026-07-01T10:00:00Z'],
      ['m', '2026-07-01T10:00:00Z'],
      ['n', '2026-07-02T10:00:00Z'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------
// What the Zap editor shows (issue 14 §3's rules, for these operations)

const MINE = {
  triggers: [
    'new_contact', 'updated_contact', 'tag_added_to_contact', 'new_opportunity', 'opportunity_stage_changed', 'opportunity_status_changed',
    'new_appointment', 'appointment_status_changed', 'new_task', 'task_completed',
  ],
  searches: ['find_contact_by_id', 'find_opportunity_by_id', 'find_appointment', 'find_free_slots', 'find_user', 'find_business'],
};
const ops = Object.entries(MINE).flatMap(([kind, keys]) => keys.map((key) => ({ kind, op: (App as any)[kind][key] })));
/** Every string of a value with its path (`contact.email`), for the sample checks. */
const strings = (v: unknown, at = ''): Array<[string, string]> =>
  typeof v === 'string'
    ? [[at, v]]
    : v && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, x]) => strings(x, at ? `${at}.${k}` : k))
      : [];

describe('editor rules', () => {
  test.each(ops.map((o) => [o.op.key, o]))('%s', (_key, { kind, op }: any) => {
    const d: string = op.display.description;
    expect(d).toMatch(kind === 'triggers' ? /^Triggers when / : /^Finds /);
    expect(d.length).toBeLessThanOrEqual(100);
    expect(d.replace(/e\.g\.|i\.e\./g, '').match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(d).not.toMatch(/GoHighLevel|HighLevel|LeadConnector|Zapier/i);
    expect(op.display.label.split(/\s+/)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${op.noun}s?$`))]));
    for (const [path, value] of strings(op.operation.sample)) {
      expect({ path, value, placeholder: /\b(test|string|dummy|lorem)\b|John Deo|^Description$/i.test(value) }).toEqual({ path, value, placeholder: false });
      if (/^\d{4}-\d{2}-\d{2}T/.test(value)) expect({ path, value, zoned: /(Z|[+-]\d{2}:\d{2})$/.test(value) }).toEqual({ path, value, zoned: true });
    }
    const covered = new Set(op.operation.outputFields.map((f: any) => f.key));
    expect(Object.keys(op.operation.sample).filter((k) => !covered.has(k))).toEqual([]);
    for (const f of op.operation.inputFields) {
      if (typeof f !== 'function' && /(Id|Ids)$|^assignedTo$/.test(f.key)) expect({ field: f.key, dynamic: !!f.dynamic }).toEqual({ field: f.key, dynamic: true });
    }
  });
});
