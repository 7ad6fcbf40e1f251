/**
 * End to end (app tester → sandbox): the CRM event triggers and searches of issue 14. Their cases
 * (test/e2e/cases/events.ts, finds.ts) with both connections; then each trigger polled as Zapier polls it —
 * the Zap turned on (dedupe populated), a change, polls across it — proving that it fires once for the change
 * and not again; and the search-or-create pairs (Find User → Create User, Find Business → Create Business).
 */
import App from '../../index';
import { describeCases, e2eFor, freshSandbox, perform, SEED, type Connection } from './harness';
import { api, EVENT_CASES, tick, weekdayAhead } from './cases/events';
import { FIND_CASES } from './cases/finds';
import type { Sandbox } from '../../sandbox/server';

describeCases('CRM event triggers end to end (app tester → sandbox)', EVENT_CASES);
describeCases('CRM searches end to end (app tester → sandbox)', FIND_CASES);

const suite = e2eFor('oauth') ? describe : describe.skip;
const { rubika, john, maria } = SEED.contacts;
const OPP = SEED.opportunityId;
const { newLead, proposal } = SEED.stages;

let sandbox: Sandbox;

/**
 * A trigger polled as Zapier polls it: the first poll populates the dedupe store (the Zap is turned on), and
 * each later poll gives what Zapier would fire: the items whose id it has not seen.
 */
const zap = async (key: string, input: Record<string, unknown> = {}, connection: Connection = 'sub-account') => {
  const seen = new Set<string>();
  const withSub = connection === 'agency' ? { locationId: SEED.locationId, ...input } : input;
  const poll = async (meta: Record<string, unknown> = {}) => {
    const items: any[] = await perform(`triggers.${key}`, sandbox, connection, withSub, meta);
    const fresh = items.filter((i) => !seen.has(i.id));
    for (const i of items) seen.add(i.id);
    return fresh;
  };
  await poll({ isPopulatingDedupe: true });
  return { poll, seen };
};

const refused = () => sandbox.state.requests.filter((r) => r.status >= 400);

suite('CRM event triggers: polled twice across a change, each fires once', () => {
  jest.setTimeout(30_000);
  beforeEach(async () => {
    sandbox = await freshSandbox();
  });
  afterEach(async () => {
    expect(refused()).toEqual([]);
    expect(sandbox.state.answerProblems).toEqual([]);
    await sandbox.close();
    delete process.env.GHL_BASE_URL;
  });

  test('New Contact: a contact added fires once; changing it later does not fire', async () => {
    const z = await zap('new_contact');
    expect(z.seen.size).toBe(3); // the seeded contacts are the past
    const { contact } = await api(sandbox, 'POST', '/contacts/', { locationId: SEED.locationId, firstName: 'Walk', lastName: 'In', email: 'walk.in@example.com' });
    expect((await z.poll()).map((c) => c.contactId)).toEqual([contact.id]);
    expect(await z.poll()).toEqual([]);
    await tick();
    await api(sandbox, 'PUT', `/contacts/${contact.id}`, { city: 'Austin' });
    expect(await z.poll()).toEqual([]);
  });

  test('Updated Contact: each change fires once, a new contact too; a poll without change fires nothing', async () => {
    const z = await zap('updated_contact');
    await tick();
    await api(sandbox, 'PUT', `/contacts/${john}`, { city: 'Austin' });
    const first = await z.poll();
    expect(first.map((c) => [c.contactId, c.city])).toEqual([[john, 'Austin']]);
    expect(await z.poll()).toEqual([]);
    await tick();
    await api(sandbox, 'PUT', `/contacts/${john}`, { city: 'Dallas' });
    const second = await z.poll();
    expect(second.map((c) => [c.contactId, c.city])).toEqual([[john, 'Dallas']]);
    expect(second[0].id).not.toBe(first[0].id);
    const { contact } = await api(sandbox, 'POST', '/contacts/', { locationId: SEED.locationId, firstName: 'Walk', email: 'walk.in@example.com' });
    expect((await z.poll()).map((c) => c.contactId)).toEqual([contact.id]);
    expect(await z.poll()).toEqual([]);
  });

  test('Tag Added to Contact: the contact getting the tag fires once; removing and re-adding it, or other changes, do not', async () => {
    const z = await zap('tag_added_to_contact', { tag: 'vip' });
    expect([...z.seen].sort()).toEqual([`${john}:vip`, `${rubika}:vip`].sort()); // they had it before the Zap was on
    await tick();
    await api(sandbox, 'POST', `/contacts/${maria}/tags`, { tags: ['VIP'] });
    expect((await z.poll()).map((c) => [c.id, c.contactId])).toEqual([[`${maria}:vip`, maria]]);
    expect(await z.poll()).toEqual([]);
    await tick();
    await api(sandbox, 'PUT', `/contacts/${john}`, { city: 'Austin' }); // John already had the tag
    await api(sandbox, 'DELETE', `/contacts/${maria}/tags`, { tags: ['vip'] });
    await api(sandbox, 'POST', `/contacts/${maria}/tags`, { tags: ['vip'] });
    expect(await z.poll()).toEqual([]);
    await api(sandbox, 'POST', `/contacts/${maria}/tags`, { tags: ['gold'] }); // another tag: not this trigger's
    expect(await z.poll()).toEqual([]);
  });

  test('New Opportunity: a deal created fires once; moving it does not', async () => {
    const z = await zap('new_opportunity', { pipelineId: SEED.pipelineId });
    const { opportunity } = await api(sandbox, 'POST', '/opportunities/', {
      pipelineId: SEED.pipelineId,
      locationId: SEED.locationId,
      name: 'Aligners — Maria',
      status: 'open',
      contactId: maria,
    });
    expect((await z.poll()).map((o) => o.opportunityId)).toEqual([opportunity.id]);
    expect(await z.poll()).toEqual([]);
    await tick();
    await api(sandbox, 'PUT', `/opportunities/${opportunity.id}`, { pipelineStageId: proposal });
    expect(await z.poll()).toEqual([]);
  });

  test('Opportunity Stage Changed: A→B→A→B across polls is three stage events, each once; other changes none', async () => {
    const z = await zap('opportunity_stage_changed', { pipelineId: SEED.pipelineId });
    const fired: any[] = [];
    for (const stage of [proposal, newLead, proposal]) {
      await tick();
      await api(sandbox, 'PUT', `/opportunities/${OPP}`, { pipelineStageId: stage });
      const fresh = await z.poll();
      expect(fresh.map((o) => [o.opportunityId, o.pipelineStageId])).toEqual([[OPP, stage]]);
      fired.push(...fresh);
      expect(await z.poll()).toEqual([]);
    }
    expect(new Set(fired.map((o) => o.id)).size).toBe(3);
    await tick();
    await api(sandbox, 'PUT', `/opportunities/${OPP}`, { monetaryValue: 1900 });
    await api(sandbox, 'PUT', `/opportunities/${OPP}/status`, { status: 'won' });
    expect(await z.poll()).toEqual([]);
  });

  test('Opportunity Stage Changed with a stage filter (agency connection): fires only on entering that stage', async () => {
    const z = await zap('opportunity_stage_changed', { pipelineId: SEED.pipelineId, pipelineStageId: proposal }, 'agency');
    expect(z.seen.size).toBe(0);
    await tick();
    await api(sandbox, 'PUT', `/opportunities/${OPP}`, { pipelineStageId: SEED.stages.closed });
    expect(await z.poll()).toEqual([]);
    await tick();
    await api(sandbox, 'PUT', `/opportunities/${OPP}`, { pipelineStageId: proposal });
    expect((await z.poll()).map((o) => o.pipelineStageId)).toEqual([proposal]);
    expect(await z.poll()).toEqual([]);
  });

  test('Opportunity Status Changed: won, then lost, then won again: three events, each once', async () => {
    const z = await zap('opportunity_status_changed');
    for (const status of ['won', 'lost', 'won']) {
      await tick();
      await api(sandbox, 'PUT', `/opportunities/${OPP}/status`, { status });
      expect((await z.poll()).map((o) => [o.opportunityId, o.status])).toEqual([[OPP, status]]);
      expect(await z.poll()).toEqual([]);
    }
    await tick();
    await api(sandbox, 'PUT', `/opportunities/${OPP}`, { pipelineStageId: proposal });
    expect(await z.poll()).toEqual([]);
  });

  test('Opportunity Status Changed, only "won": losing does not fire, winning does, once', async () => {
    const z = await zap('opportunity_status_changed', { status: 'won' });
    await tick();
    await api(sandbox, 'PUT', `/opportunities/${OPP}/status`, { status: 'lost' });
    expect(await z.poll()).toEqual([]);
    await tick();
    await api(sandbox, 'PUT', `/opportunities/${OPP}/status`, { status: 'won' });
    expect((await z.poll()).map((o) => o.status)).toEqual(['won']);
    expect(await z.poll()).toEqual([]);
  });

  test('New Appointment: a booking far ahead (about two years) fires once; rescheduling or cancelling it does not', async () => {
    const z = await zap('new_appointment', { calendarId: SEED.calendarId });
    expect([...z.seen]).toEqual([SEED.appointmentId]);
    const booked = await api(sandbox, 'POST', '/calendars/events/appointments', {
      calendarId: SEED.calendarId,
      locationId: SEED.locationId,
      contactId: maria,
      startTime: weekdayAhead(730),
    });
    expect((await z.poll()).map((a) => a.appointmentId)).toEqual([booked.id]);
    expect(await z.poll()).toEqual([]);
    await api(sandbox, 'PUT', `/calendars/events/appointments/${booked.id}`, { startTime: weekdayAhead(740) });
    await api(sandbox, 'PUT', `/calendars/events/appointments/${booked.id}`, { appointmentStatus: 'cancelled' });
    expect(await z.poll()).toEqual([]);
  });

  test('New Appointment by user: a booking of the user fires once', async () => {
    const z = await zap('new_appointment', { userId: SEED.users.admin });
    const booked = await api(sandbox, 'POST', '/calendars/events/appointments', {
      calendarId: SEED.calendarId,
      locationId: SEED.locationId,
      contactId: john,
      startTime: weekdayAhead(20),
      assignedUserId: SEED.users.admin,
    });
    expect((await z.poll()).map((a) => a.appointmentId)).toEqual([booked.id]);
    expect(await z.poll()).toEqual([]);
  });

  test('Appointment Status Changed: cancelled then confirmed fire once each; a status it had before does not fire again', async () => {
    const z = await zap('appointment_status_changed', { calendarId: SEED.calendarId });
    expect([...z.seen]).toEqual([`${SEED.appointmentId}:confirmed`]);
    const set = (appointmentStatus: string) => api(sandbox, 'PUT', `/calendars/events/appointments/${SEED.appointmentId}`, { appointmentStatus });
    await set('cancelled');
    expect((await z.poll()).map((a) => [a.appointmentId, a.appointmentStatus])).toEqual([[SEED.appointmentId, 'cancelled']]);
    expect(await z.poll()).toEqual([]);
    await set('showed');
    expect((await z.poll()).map((a) => a.appointmentStatus)).toEqual(['showed']);
    await set('cancelled'); // back to a status it had: what the help text says polling cannot tell apart
    expect(await z.poll()).toEqual([]);
    await api(sandbox, 'PUT', `/calendars/events/appointments/${SEED.appointmentId}`, { title: 'Consultation (moved room)' });
    expect(await z.poll()).toEqual([]);
  });

  test('New Task: a task added to any contact fires once; completing it does not', async () => {
    const z = await zap('new_task');
    expect([...z.seen]).toEqual([SEED.taskId]);
    const { task } = await api(sandbox, 'POST', `/contacts/${maria}/tasks`, { title: 'Book the cleaning', dueDate: '2026-12-01T10:00:00Z', completed: false });
    expect((await z.poll()).map((t) => [t.taskId, t.contactId])).toEqual([[task.id, maria]]);
    expect(await z.poll()).toEqual([]);
    await api(sandbox, 'PUT', `/contacts/${maria}/tasks/${task.id}/completed`, { completed: true });
    expect(await z.poll()).toEqual([]);
  });

  test('Task Completed: completing a task fires once; reopening and completing it again does not', async () => {
    const z = await zap('task_completed');
    expect(z.seen.size).toBe(0);
    const complete = (completed: boolean) => api(sandbox, 'PUT', `/contacts/${rubika}/tasks/${SEED.taskId}/completed`, { completed });
    await tick();
    await complete(true);
    expect((await z.poll()).map((t) => [t.id, t.taskId])).toEqual([[`${SEED.taskId}:completed`, SEED.taskId]]);
    expect(await z.poll()).toEqual([]);
    await tick();
    await complete(false);
    expect(await z.poll()).toEqual([]);
    await tick();
    await complete(true);
    expect(await z.poll()).toEqual([]);
  });
});

suite('search-or-create: Find User → Create User, Find Business → Create Business', () => {
  jest.setTimeout(30_000);
  beforeEach(async () => {
    sandbox = await freshSandbox();
  });
  afterEach(async () => {
    await sandbox.close();
    delete process.env.GHL_BASE_URL;
  });

  const searchThenCreate = async (pairKey: string, input: Record<string, unknown>) => {
    const pair = (App as any).searchOrCreates[pairKey];
    const found = await perform(`searches.${pair.search}`, sandbox, 'sub-account', input);
    return found.length ? { found: found[0] } : { created: await perform(`creates.${pair.create}`, sandbox, 'sub-account', input) };
  };

  test('Find User or Create: the first run creates the user, the second finds it', async () => {
    expect((App as any).searchOrCreates.find_user).toMatchObject({ search: 'find_user', create: 'create_user' });
    const input = { email: 'ana.ng@acmedental.example.com', firstName: 'Ana', lastName: 'Ng', password: 'S3cure-pass!', type: 'account', role: 'user' };
    const first = await searchThenCreate('find_user', input);
    expect(first.created).toMatchObject({ email: 'ana.ng@acmedental.example.com', name: 'Ana Ng' });
    const second = await searchThenCreate('find_user', input);
    expect(second.found).toMatchObject({ id: first.created.id });
    expect(sandbox.state.table('users').where((u) => u.email === 'ana.ng@acmedental.example.com')).toHaveLength(1);
  });

  test('Find Business or Create: the first run creates the business, the second finds it', async () => {
    expect((App as any).searchOrCreates.find_business).toMatchObject({ search: 'find_business', create: 'create_business' });
    const first = await searchThenCreate('find_business', { name: 'Acme Widgets', city: 'Birmingham' });
    expect(first.created).toMatchObject({ name: 'Acme Widgets' });
    const second = await searchThenCreate('find_business', { name: 'ACME widgets' });
    expect(second.found).toMatchObject({ id: first.created.id });
    expect(sandbox.state.table('businesses').where((b) => b.name === 'Acme Widgets')).toHaveLength(1);
    expect(sandbox.state.requests.filter((r) => r.status >= 400)).toEqual([]);
  });
});
