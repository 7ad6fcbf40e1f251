/**
 * What the sandbox models for the CRM event triggers of issue 14, over HTTP (no app): the sub-account's
 * task search (every contact's tasks, filters, limit/skip, newest first, GHL's `_id`), tasks' dates, the
 * contact search newest first by `dateUpdated` (tags move it), opportunities' stage and status change times
 * with the `updated_desc` order, and appointments' status changes and far-ahead bookings in the listing.
 */
import { DEFAULTS, startSandbox, type Sandbox } from '../sandbox/server';
import { SEED } from '../sandbox/seed-ids';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(() => sandbox.close());

const LOC = DEFAULTS.locationId;
const call = async (method: string, p: string, body?: unknown) => {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${DEFAULTS.accessToken}`,
    Version: /^\/calendars/.test(p) ? '2021-04-15' : '2021-07-28',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(sandbox.url + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};
const pause = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('POST /locations/{locationId}/tasks/search', () => {
  const search = (body: unknown, loc = LOC) => call('POST', `/locations/${loc}/tasks/search`, body);
  const addTask = (contactId: string, title: string, extra: Record<string, unknown> = {}) =>
    call('POST', `/contacts/${contactId}/tasks`, { title, dueDate: '2026-12-01T10:00:00Z', completed: false, ...extra });

  test('every contact\'s tasks, newest first, as the search answers them (_id, dates, the contact\'s details)', async () => {
    await pause();
    const created = await addTask(SEED.contacts.john, 'Send the contract');
    expect(created.status).toBe(201);
    expect(created.body.task).toMatchObject({ dateAdded: expect.any(String), dateUpdated: created.body.task.dateAdded });
    const out = await search({});
    expect(out.status).toBe(200);
    expect(out.body.tasks.map((t: any) => t._id)).toEqual([created.body.task.id, SEED.taskId]);
    expect(out.body.tasks[0]).toMatchObject({
      title: 'Send the contract',
      contactId: SEED.contacts.john,
      locationId: LOC,
      completed: false,
      contactDetails: { id: SEED.contacts.john, firstName: 'John', email: 'john@deo.com' },
    });
    expect(out.body.tasks[0]).not.toHaveProperty('id');
    expect(sandbox.state.answerProblems).toEqual([]);
  });

  test('filters: completed, assignees, contacts, text, business; limit (default 25) and skip', async () => {
    const done = (await addTask(SEED.contacts.maria, 'Book the cleaning', { assignedTo: SEED.users.frontDesk })).body.task;
    await call('PUT', `/contacts/${SEED.contacts.maria}/tasks/${done.id}/completed`, { completed: true });
    const ids = async (body: unknown) => (await search(body)).body.tasks.map((t: any) => t._id);
    expect(await ids({ completed: true })).toEqual([done.id]);
    expect(await ids({ completed: false })).toEqual([SEED.taskId]);
    expect(await ids({ assignedTo: [SEED.users.frontDesk] })).toEqual([done.id]);
    expect(await ids({ contactId: [SEED.contacts.rubika] })).toEqual([SEED.taskId]);
    expect(await ids({ query: 'cleaning' })).toEqual([done.id]);
    expect(await ids({ businessId: SEED.businessId })).toEqual([SEED.taskId]); // Rubika works at the seeded business
    for (let i = 0; i < 30; i++) await addTask(SEED.contacts.john, `Follow-up ${i}`);
    expect((await search({})).body.tasks).toHaveLength(25);
    expect((await search({ limit: 10, skip: 25 })).body.tasks).toHaveLength(7);
  });

  test('completing or changing a task moves its dateUpdated, not its dateAdded', async () => {
    const before = sandbox.state.table('tasks').get(SEED.taskId)!;
    const added = before.dateAdded;
    await pause();
    await call('PUT', `/contacts/${SEED.contacts.rubika}/tasks/${SEED.taskId}/completed`, { completed: true });
    const after = sandbox.state.table('tasks').get(SEED.taskId)!;
    expect(after.dateAdded).toBe(added);
    expect(Date.parse(after.dateUpdated)).toBeGreaterThan(Date.parse(added));
    const updated = after.dateUpdated;
    await pause();
    await call('PUT', `/contacts/${SEED.contacts.rubika}/tasks/${SEED.taskId}`, { title: 'Call back about the new quote' });
    expect(Date.parse(sandbox.state.table('tasks').get(SEED.taskId)!.dateUpdated)).toBeGreaterThan(Date.parse(updated));
  });

  test('another sub-account\'s path is refused (403); a body off the spec is refused (422)', async () => {
    expect((await search({}, SEED.secondLocationId)).status).toBe(403);
    expect(await search({ completed: 'yes' })).toMatchObject({ status: 422, body: { message: [expect.stringMatching(/completed/)] } });
  });
});

describe('contacts search for the contact events', () => {
  const newestUpdated = async (filters?: unknown) =>
    (await call('POST', '/contacts/search', { locationId: LOC, page: 1, pageLimit: 10, filters, sort: [{ field: 'dateUpdated', direction: 'desc' }] })).body.contacts.map(
      (c: any) => c.id,
    );

  test('adding a tag moves the contact\'s dateUpdated: it comes first by dateUpdated, and matches the tag filter', async () => {
    expect((await newestUpdated())[0]).toBe(SEED.contacts.maria);
    await pause();
    expect((await call('POST', `/contacts/${SEED.contacts.rubika}/tags`, { tags: ['Gold'] })).status).toBe(201);
    expect((await newestUpdated())[0]).toBe(SEED.contacts.rubika);
    expect(await newestUpdated([{ field: 'tags', operator: 'contains', value: ['gold'] }])).toEqual([SEED.contacts.rubika]);
  });
});

describe('opportunities for the stage and status events', () => {
  const OPP = SEED.opportunityId;
  const get = () => sandbox.state.table('opportunities').get(OPP)!;

  test('a stage change stamps lastStageChangeAt, a status change lastStatusChangeAt; other changes neither', async () => {
    const { lastStageChangeAt, lastStatusChangeAt } = get();
    await pause();
    await call('PUT', `/opportunities/${OPP}`, { monetaryValue: 900 });
    expect(get()).toMatchObject({ lastStageChangeAt, lastStatusChangeAt });
    await call('PUT', `/opportunities/${OPP}`, { pipelineStageId: SEED.stages.proposal });
    expect(Date.parse(get().lastStageChangeAt)).toBeGreaterThan(Date.parse(lastStageChangeAt));
    expect(get().lastStatusChangeAt).toBe(lastStatusChangeAt);
    await pause();
    await call('PUT', `/opportunities/${OPP}/status`, { status: 'won' });
    expect(Date.parse(get().lastStatusChangeAt)).toBeGreaterThan(Date.parse(lastStatusChangeAt));
  });

  test('order=updated_desc puts the opportunity changed last first (added_desc keeps creation order)', async () => {
    const created = (
      await call('POST', '/opportunities/', { pipelineId: SEED.pipelineId, locationId: LOC, name: 'Aligners — Maria', status: 'open', contactId: SEED.contacts.maria })
    ).body.opportunity;
    const order = async (o: string) => (await call('GET', `/opportunities/search?location_id=${LOC}&order=${o}`)).body.opportunities.map((x: any) => x.id);
    expect(await order('updated_desc')).toEqual([created.id, OPP]);
    await pause();
    await call('PUT', `/opportunities/${OPP}`, { pipelineStageId: SEED.stages.closed });
    expect(await order('updated_desc')).toEqual([OPP, created.id]);
    expect(await order('added_desc')).toEqual([created.id, OPP]);
  });
});

describe('appointments for the appointment events', () => {
  const window = (ahead: number) => `startTime=${Date.now() - 30 * 86_400_000}&endTime=${Date.now() + ahead}`;

  test('a booking far ahead is listed in a window reaching it; a status change moves its dateUpdated', async () => {
    const day = new Date(Date.now() + 400 * 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
    const start = `${day.toISOString().slice(0, 10)}T16:00:00Z`;
    const booked = await call('POST', '/calendars/events/appointments', { calendarId: SEED.calendarId, locationId: LOC, contactId: SEED.contacts.john, startTime: start });
    expect(booked.status).toBe(200);
    const listed = async (ahead: number) =>
      (await call('GET', `/calendars/events?locationId=${LOC}&calendarId=${SEED.calendarId}&${window(ahead)}`)).body.events.map((e: any) => e.id);
    expect(await listed(5 * 365 * 86_400_000)).toContain(booked.body.id);
    expect(await listed(30 * 86_400_000)).not.toContain(booked.body.id);
    const before = sandbox.state.table('appointments').get(booked.body.id)!.dateUpdated;
    await pause(1100); // the sandbox, like GHL, writes appointment times to the second
    await call('PUT', `/calendars/events/appointments/${booked.body.id}`, { appointmentStatus: 'cancelled' });
    const after = sandbox.state.table('appointments').get(booked.body.id)!;
    expect(after.appointmentStatus).toBe('cancelled');
    expect(Date.parse(after.dateUpdated)).toBeGreaterThan(Date.parse(before));
    expect(await listed(5 * 365 * 86_400_000)).toContain(booked.body.id); // a cancelled appointment stays listed
    expect(sandbox.state.answerProblems).toEqual([]);
  });
});
