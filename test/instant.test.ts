/**
 * The instant (REST-hook) triggers of issue 17 (lib/instant.ts, triggers/*_instant.ts): the exact relay
 * requests of subscribe and unsubscribe (method, URL, body, bearer token), an agency connection subscribing
 * with the minted token of its chosen Sub-Account, RELAY_URL unset, the relay's refusals in the user's words
 * without a token, and each trigger's perform on GoHighLevel's documented delivery compared with what its
 * polling twin returns for the same record (run, not copied), filters, other events and sub-accounts
 * ignored, and performList as the twin's poll.
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import PrivateTokenApp from '../index.private-token';
import { AGENCY_AUTH, App, appTester, BASE, COMPANY_ID, LOCATION_AUTH, LOCATION_ID, setupNock } from './helpers';
import { declarationOf } from '../lib/operation';
import { GHL_EVENTS } from '../lib/ghl-events';
import { GHL_EVENTS as RELAY_EVENTS } from '../relay/events';
import { withoutEnvelope } from '../lib/instant';
import type { Delivery } from '../lib/types';

setupNock();

const RELAY = 'https://relay.example.test';
const TARGET = 'https://hooks.zapier.com/hooks/standard/123456/abcdef0123456789/';
const MINTED = 'minted-sub-account-token-7f3e';

beforeEach(() => {
  process.env.RELAY_URL = RELAY;
});
afterEach(() => {
  delete process.env.RELAY_URL;
});

const op = (key: string): any => (App as any).triggers[key];
const hookOf = (key: string) => declarationOf(op(key))!.hook!;
const eventsOf = (key: string, input: Record<string, unknown>): string[] => {
  const e = hookOf(key).events;
  return typeof e === 'function' ? e(input) : [...e];
};
const exampleOf = (key: string, input: Record<string, unknown> = {}): Delivery => hookOf(key).example(input);

type Fn = 'perform' | 'performList' | 'performSubscribe' | 'performUnsubscribe';
const run = (key: string, fn: Fn, bundle: Record<string, unknown>): Promise<any> =>
  appTester(op(key).operation[fn], { authData: LOCATION_AUTH, inputData: {}, meta: { page: 0 }, ...bundle } as any, true);
const twinRun = (twin: string, inputData: Record<string, unknown>, authData: Record<string, string> = LOCATION_AUTH): Promise<any> =>
  appTester(op(twin).operation.perform, { authData, inputData, meta: { page: 0, limit: -1 } } as any, true);

/** One relay subscription request, exactly: POST {RELAY_URL}/subscriptions, its JSON body and bearer token. */
const relaySubscribe = (body: Record<string, unknown>, token: string, status = 201, reply: unknown = { id: `sub-${body.event}` }) =>
  nock(RELAY, { reqheaders: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } })
    .post('/subscriptions', (b) => JSON.stringify(b) === JSON.stringify(body))
    .reply(status, reply as nock.Body);
const relayUnsubscribe = (id: string, token: string, status = 204) =>
  nock(RELAY, { reqheaders: { authorization: `Bearer ${token}` } }).delete(`/subscriptions/${id}`).reply(status);
const mint = (locationId = LOCATION_ID) =>
  nock(BASE, { reqheaders: { authorization: `Bearer ${AGENCY_AUTH.access_token}` } })
    .post('/oauth/locationToken', `companyId=${COMPANY_ID}&locationId=${locationId}`)
    .reply(200, { access_token: MINTED, token_type: 'Bearer', expires_in: 86399, locationId });

/** A GoHighLevel read answering `reply` for any query or body, as often as it is asked (both the twin and the instant trigger read it). */
const ghl = (method: 'GET' | 'POST', path: string | RegExp, reply: unknown, token = LOCATION_AUTH.access_token) =>
  nock(BASE, { reqheaders: { authorization: `Bearer ${token}` } })
    .intercept(path, method, () => true)
    .query(true)
    .reply(200, reply as nock.Body)
    .persist();

const CONTACT_FIELDS = { customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'TEXT', model: 'contact' }] };
const customFieldDefs = (token?: string) => ghl('GET', `/locations/${LOCATION_ID}/customFields`, CONTACT_FIELDS, token);
const objectSchema = () =>
  ghl('GET', '/objects/custom_objects.treatment_plan', {
    object: { id: 'obj1', key: 'custom_objects.treatment_plan', labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' }, locationId: LOCATION_ID },
    fields: [
      { name: 'Plan Name', fieldKey: 'custom_objects.treatment_plan.plan_name', dataType: 'TEXT', objectKey: 'custom_objects.treatment_plan', locationId: LOCATION_ID },
      { name: 'Sessions', fieldKey: 'custom_objects.treatment_plan.sessions', dataType: 'NUMERICAL', objectKey: 'custom_objects.treatment_plan', locationId: LOCATION_ID },
    ],
  });

const omit = (item: Record<string, any>, keys: string[] = []) => Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k)));

// ---------------------------------------------------------------------------------------------------------
// Each instant trigger beside its polling twin

interface TwinCase {
  key: string;
  twin: string;
  /** Inputs the example delivery matches. */
  input: Record<string, unknown>;
  /** Inputs it does not match (a filter of the twin's): no item. */
  nonMatching?: Record<string, unknown>;
  /** GoHighLevel answering the twin's poll with the delivery's record, as the twin's list holds it (and the reads both make). */
  answer: (d: Delivery) => void;
  /** The twin's poll alone (performList), where `answer` also has the reads a delivery needs. */
  poll?: (d: Delivery) => void;
  /** The delivery as the test sends it (a message of now: the twin only polls recent ones). */
  tweak?: (d: Delivery) => Delivery;
  /** The instant trigger's id differs from the twin's on purpose (Appointment Updated). */
  ownId?: (d: Delivery) => string;
}

const contactAsListed = (d: Delivery) => ({ ...withoutEnvelope(d), dateUpdated: d.dateUpdated ?? '2026-07-02T05:18:26.704Z', type: 'lead' });
const contacts = (d: Delivery) => {
  ghl('POST', '/contacts/search', { contacts: [contactAsListed(d)], total: 1 });
  customFieldDefs();
};
const opportunityAsListed = (d: Delivery) => ({
  ...withoutEnvelope(d),
  createdAt: '2026-07-02T05:18:26.704Z',
  updatedAt: '2026-07-03T09:12:44.112Z',
  lastStageChangeAt: '2026-07-03T09:12:44.112Z',
  lastStatusChangeAt: '2026-07-03T09:12:44.112Z',
  customFields: [],
  contact: { id: d.contactId, name: 'Rubika Deo', email: 'rubika@deos.com' },
});
const opportunities = (d: Delivery) => ghl('GET', '/opportunities/search', { opportunities: [opportunityAsListed(d)], meta: { total: 1 } });
/** …and the read of the opportunity for what the delivery lacks for the event's id (lastStageChangeAt, lastStatusChangeAt). */
const opportunityChanges = (d: Delivery) => {
  opportunities(d);
  ghl('GET', `/opportunities/${d.id}`, { opportunity: opportunityAsListed(d) });
};
const appointments = (d: Delivery) => ghl('GET', '/calendars/events', { events: [{ ...d.appointment, locationId: LOCATION_ID }] });
const tasks = (d: Delivery) => {
  const { id, ...rest } = withoutEnvelope(d);
  ghl('POST', `/locations/${LOCATION_ID}/tasks/search`, { tasks: [{ _id: id, ...rest }] });
};
const invoices = (d: Delivery) => ghl('GET', '/invoices/', { invoices: [withoutEnvelope(d)], total: 1 });

const CASES: TwinCase[] = [
  { key: 'new_contact_instant', twin: 'new_contact', input: {}, answer: contacts },
  { key: 'updated_contact_instant', twin: 'updated_contact', input: {}, answer: contacts },
  { key: 'tag_added_to_contact_instant', twin: 'tag_added_to_contact', input: { tag: 'VIP' }, nonMatching: { tag: 'newsletter' }, answer: contacts },
  {
    key: 'new_opportunity_instant',
    twin: 'new_opportunity',
    input: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC', status: 'open' },
    nonMatching: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC', status: 'won' },
    answer: opportunities,
  },
  {
    key: 'opportunity_stage_changed_instant',
    twin: 'opportunity_stage_changed',
    input: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC', pipelineStageId: '2b6d4f1e-9a0c-4e59-8b3e-71c2a6f0d9aa' },
    nonMatching: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC', pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69' },
    answer: opportunityChanges,
    poll: opportunities,
  },
  { key: 'opportunity_status_changed_instant', twin: 'opportunity_status_changed', input: { status: 'won' }, nonMatching: { status: 'lost' }, answer: opportunityChanges, poll: opportunities },
  {
    key: 'new_appointment_instant',
    twin: 'new_appointment',
    input: { calendarId: 'BqTwX8QFwXzpegMve9EQ' },
    nonMatching: { calendarId: 'otherCalendar00000001' },
    answer: appointments,
  },
  {
    key: 'appointment_updated_instant',
    twin: 'appointment_status_changed',
    input: { userId: 'YlWd2wuCAZQzh2cH1fVZ', appointmentStatus: 'cancelled' },
    nonMatching: { userId: 'YlWd2wuCAZQzh2cH1fVZ', appointmentStatus: 'showed' },
    answer: appointments,
    ownId: (d) => `${d.appointment.id}:${d.appointment.dateUpdated}`,
  },
  { key: 'new_task_instant', twin: 'new_task', input: { assignedTo: 'hxHGVRb1YJUscrCB8eXK' }, nonMatching: { assignedTo: 'someoneElse000000001' }, answer: tasks },
  { key: 'task_completed_instant', twin: 'task_completed', input: {}, nonMatching: { assignedTo: 'someoneElse000000001' }, answer: tasks },
  {
    key: 'new_inbound_message_instant',
    twin: 'new_inbound_message',
    input: { channel: 'TYPE_SMS' },
    nonMatching: { channel: 'TYPE_EMAIL' },
    tweak: (d) => ({ ...d, dateAdded: new Date(Date.now() - 60_000).toISOString() }),
    answer: (d) => {
      const conversation = { id: d.conversationId, contactId: d.contactId, locationId: LOCATION_ID, lastMessageDate: Date.now(), fullName: 'Rubika Deo', email: 'rubika@deos.com', phone: '+18832327657' };
      ghl('GET', '/conversations/search', { conversations: [conversation], total: 1 });
      const message = { ...omit(withoutEnvelope(d), ['messageId']), id: d.messageId, locationId: LOCATION_ID, messageType: 'TYPE_SMS' };
      ghl('GET', `/conversations/${d.conversationId}/messages`, { messages: { lastMessageId: d.messageId, nextPage: false, messages: [message] } });
    },
  },
  {
    key: 'new_order_instant',
    twin: 'new_order',
    input: { paymentStatus: 'paid' },
    nonMatching: { paymentStatus: 'refunded' },
    answer: (d) => ghl('GET', '/payments/orders', { data: [withoutEnvelope(d)], totalCount: 1 }),
  },
  { key: 'new_invoice_instant', twin: 'new_invoice', input: { contactId: 'seD4PfOuKoVMLkEZqohJ' }, nonMatching: { contactId: 'anotherContact000001' }, answer: invoices },
  { key: 'invoice_paid_instant', twin: 'invoice_paid', input: {}, nonMatching: { contactId: 'anotherContact000001' }, answer: invoices },
  {
    key: 'new_custom_object_record_instant',
    twin: 'new_custom_object_record',
    input: { schemaKey: 'custom_objects.treatment_plan' },
    nonMatching: { schemaKey: 'custom_objects.pets' },
    answer: (d) => {
      ghl('POST', '/objects/custom_objects.treatment_plan/records/search', { records: [withoutEnvelope(d)], total: 1 });
      objectSchema();
    },
  },
];

test('the 16 instant triggers, labelled as issue 17 names them, each a REST hook', () => {
  const instant = Object.values<any>((App as any).triggers).filter((t) => / \(Instant\)$/.test(t.display.label));
  expect(instant.map((t) => t.display.label).sort()).toEqual(
    [
      'New Contact', 'Updated Contact', 'Tag Added to Contact', 'New Opportunity', 'Opportunity Stage Changed', 'Opportunity Status Changed',
      'New Appointment', 'Appointment Updated', 'New Task', 'Task Completed', 'New Inbound Message', 'New Order', 'New Invoice', 'Invoice Paid',
      'New Custom Object Record', 'New GoHighLevel Event',
    ]
      .map((l) => `${l} (Instant)`)
      .sort(),
  );
  for (const t of instant) {
    expect({ key: t.key, type: t.operation.type, fns: ['perform', 'performList', 'performSubscribe', 'performUnsubscribe'].every((f) => typeof t.operation[f] === 'function') }).toEqual({
      key: t.key,
      type: 'hook',
      fns: true,
    });
  }
  expect(CASES.length + 1).toBe(instant.length); // every trigger with a twin has its case below, plus New GoHighLevel Event
});

test('the app and the relay read one list of GoHighLevel events (58)', () => {
  expect(GHL_EVENTS).toHaveLength(58);
  expect(RELAY_EVENTS).toBe(GHL_EVENTS);
});

describe.each(CASES.map((c) => [c.key, c] as const))('%s', (_key, c) => {
  const delivery = (): Delivery => (c.tweak ?? ((d) => d))({ ...exampleOf(c.key, c.input), locationId: LOCATION_ID });
  const lacks = () => hookOf(c.key).lacks ?? [];

  test('subscribe: one POST {RELAY_URL}/subscriptions per event with the connection token; unsubscribe: DELETE each', async () => {
    const events = eventsOf(c.key, c.input);
    for (const event of events) relaySubscribe({ locationId: LOCATION_ID, event, targetUrl: TARGET }, LOCATION_AUTH.access_token);
    const data = await run(c.key, 'performSubscribe', { inputData: c.input, targetUrl: TARGET });
    expect(data).toEqual({
      id: `sub-${events[0]}`,
      locationId: LOCATION_ID,
      events,
      subscriptions: events.map((event) => ({ id: `sub-${event}`, event })),
    });
    for (const event of events) relayUnsubscribe(`sub-${event}`, LOCATION_AUTH.access_token);
    await expect(run(c.key, 'performUnsubscribe', { inputData: c.input, subscribeData: data })).resolves.toEqual({ removed: events.map((e) => `sub-${e}`) });
  });

  test("perform: GoHighLevel's delivery gives the twin's item for the same record, with the twin's id", async () => {
    const d = delivery();
    c.answer(d);
    const twinItems = await twinRun(c.twin, c.input);
    expect(twinItems).toHaveLength(1);
    const items = await run(c.key, 'perform', { inputData: c.input, cleanedRequest: d });
    expect(items).toHaveLength(1);
    const expected = omit(twinItems[0], lacks());
    if (c.ownId) {
      expect(items[0].id).toBe(c.ownId(d));
      expect(omit(items[0], ['id'])).toEqual(omit(expected, ['id']));
    } else {
      expect(items[0]).toEqual(expected);
    }
  });

  test('perform: another event, another sub-account, or (with a filter) a record the filter leaves out gives no item', async () => {
    const d = delivery();
    const other = GHL_EVENTS.find((e) => !eventsOf(c.key, c.input).includes(e))!;
    expect(await run(c.key, 'perform', { inputData: c.input, cleanedRequest: { ...d, type: other } })).toEqual([]);
    expect(await run(c.key, 'perform', { inputData: c.input, cleanedRequest: { ...d, locationId: 'otherLocation0000001' } })).toEqual([]);
    if (c.nonMatching) expect(await run(c.key, 'perform', { inputData: c.nonMatching, cleanedRequest: d })).toEqual([]);
  });

  test("performList: the twin's poll with the same inputs (what deliveries lack left out)", async () => {
    const d = delivery();
    (c.poll ?? c.answer)(d);
    const twinItems = await twinRun(c.twin, c.input);
    const listed = await run(c.key, 'performList', { inputData: c.input, meta: { page: 0, limit: -1, isLoadingSample: true } });
    expect(listed).toEqual(twinItems.map((i: any) => omit(i, lacks())));
    expect(listed.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The relay calls

describe('subscribing and unsubscribing at the relay', () => {
  const KEY = 'new_contact_instant';

  test('an agency connection subscribes the chosen Sub-Account with its minted sub-account token', async () => {
    mint('subAccount0000000001');
    relaySubscribe({ locationId: 'subAccount0000000001', event: 'ContactCreate', targetUrl: TARGET }, MINTED);
    const data = await run(KEY, 'performSubscribe', { authData: AGENCY_AUTH, inputData: { locationId: 'subAccount0000000001' }, targetUrl: TARGET });
    expect(data).toMatchObject({ id: 'sub-ContactCreate', locationId: 'subAccount0000000001' });
    // Unsubscribing: the same sub-account's token (kept by the worker, not minted again).
    relayUnsubscribe('sub-ContactCreate', MINTED);
    await run(KEY, 'performUnsubscribe', { authData: AGENCY_AUTH, inputData: { locationId: 'subAccount0000000001' }, subscribeData: data });
  });

  test('an agency connection without a chosen Sub-Account is told to choose one, before any request', async () => {
    await expect(run(KEY, 'performSubscribe', { authData: AGENCY_AUTH, inputData: {}, targetUrl: TARGET })).rejects.toThrow(/Sub-Account field is required/);
  });

  test('RELAY_URL unset: a clear error saying who sets it and how, before any request', async () => {
    delete process.env.RELAY_URL;
    const err = await run(KEY, 'performSubscribe', { inputData: {}, targetUrl: TARGET }).catch((e) => e);
    expect(err.message).toMatch(/RELAY_URL is not set/);
    expect(err.message).toContain('zapier-platform env:set <version> RELAY_URL=https://<relay-host>');
    process.env.RELAY_URL = 'relay.example.test';
    await expect(run(KEY, 'performSubscribe', { inputData: {}, targetUrl: TARGET })).rejects.toThrow(/RELAY_URL must be the webhook relay's http\(s\) address/);
  });

  test.each([
    [403, { error: `token ${LOCATION_AUTH.access_token} cannot read location ${LOCATION_ID}` }, /cannot read sub-account ve9EPM428h8vShlRW1KT .*Choose a sub-account/],
    [400, { error: `targetUrl ${TARGET} must be https` }, /refused the subscription \(400\)/],
    [500, { error: 'database unreachable' }, /had a problem \(500\).*database unreachable.*Try again later/],
    [503, 'Service Unavailable', /could not ask GoHighLevel about the connection \(503\)/],
    [404, { error: 'not found' }, /RELAY_URL does not point at the webhook relay/],
  ])('the relay answering %s: a readable error, never the token or the target URL', async (status, reply, message) => {
    relaySubscribe({ locationId: LOCATION_ID, event: 'ContactCreate', targetUrl: TARGET }, LOCATION_AUTH.access_token, status, reply);
    const err = await run(KEY, 'performSubscribe', { inputData: {}, targetUrl: TARGET }).catch((e) => e);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain(LOCATION_AUTH.access_token);
    expect(err.message).not.toContain('loc-access');
    expect(err.message).not.toContain(TARGET);
  });

  test("a 401 from the relay is core's: the connection is refreshed and the step tried again", async () => {
    relaySubscribe({ locationId: LOCATION_ID, event: 'ContactCreate', targetUrl: TARGET }, LOCATION_AUTH.access_token, 401, { error: 'GoHighLevel refused the token' });
    const err = await run(KEY, 'performSubscribe', { inputData: {}, targetUrl: TARGET }).catch((e) => e);
    expect(err.name).toBe('RefreshAuthError');
  });

  test('the relay unreachable: a readable error naming its origin, not the token', async () => {
    nock(RELAY).post('/subscriptions').replyWithError(`connect ECONNREFUSED (token ${LOCATION_AUTH.access_token})`);
    const err = await run(KEY, 'performSubscribe', { inputData: {}, targetUrl: TARGET }).catch((e) => e);
    expect(err.message).toMatch(/could not reach the webhook relay at https:\/\/relay\.example\.test/);
    expect(err.message).not.toContain(LOCATION_AUTH.access_token);
  });

  test('a trigger of two events: the second refused, the first is removed again (no half subscription)', async () => {
    const key = 'tag_added_to_contact_instant';
    relaySubscribe({ locationId: LOCATION_ID, event: 'ContactTagUpdate', targetUrl: TARGET }, LOCATION_AUTH.access_token);
    relaySubscribe({ locationId: LOCATION_ID, event: 'ContactCreate', targetUrl: TARGET }, LOCATION_AUTH.access_token, 500, { error: 'busy' });
    relayUnsubscribe('sub-ContactTagUpdate', LOCATION_AUTH.access_token);
    await expect(run(key, 'performSubscribe', { inputData: { tag: 'vip' }, targetUrl: TARGET })).rejects.toThrow(/subscribing to ContactCreate/);
  });

  test('a required filter empty (Tag): refused before any request', async () => {
    await expect(run('tag_added_to_contact_instant', 'performSubscribe', { inputData: {}, targetUrl: TARGET })).rejects.toThrow(/The Tag field is required/);
  });

  test('appointments need a Calendar or a User, as their polling twins do', async () => {
    await expect(run('new_appointment_instant', 'performSubscribe', { inputData: {}, targetUrl: TARGET })).rejects.toThrow(/Choose a Calendar or a User/);
  });

  test('unsubscribe: a subscription already gone (404) is done; another refusal is an error', async () => {
    const data = { id: 'sub-1', locationId: LOCATION_ID, events: ['ContactCreate'], subscriptions: [{ id: 'sub-1', event: 'ContactCreate' }] };
    relayUnsubscribe('sub-1', LOCATION_AUTH.access_token, 404);
    await expect(run(KEY, 'performUnsubscribe', { inputData: {}, subscribeData: data })).resolves.toEqual({ removed: ['sub-1'] });
    relayUnsubscribe('sub-1', LOCATION_AUTH.access_token, 403);
    await expect(run(KEY, 'performUnsubscribe', { inputData: {}, subscribeData: data })).rejects.toThrow(/unsubscribing: the connection cannot read sub-account/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// New GoHighLevel Event: any of the 58

describe('New GoHighLevel Event (Instant)', () => {
  const KEY = 'new_gohighlevel_event_instant';

  test('the Event input offers all 58 event names; subscribing to one sends it', async () => {
    const field = op(KEY).operation.inputFields.find((f: any) => f.key === 'event');
    expect(Object.keys(field.choices)).toEqual([...GHL_EVENTS]);
    relaySubscribe({ locationId: LOCATION_ID, event: 'NoteCreate', targetUrl: TARGET }, LOCATION_AUTH.access_token);
    await expect(run(KEY, 'performSubscribe', { inputData: { event: 'NoteCreate' }, targetUrl: TARGET })).resolves.toMatchObject({ id: 'sub-NoteCreate', events: ['NoteCreate'] });
  });

  test('a name that is not an event is refused before any request', async () => {
    await expect(run(KEY, 'performSubscribe', { inputData: { event: 'ContactCreated' }, targetUrl: TARGET })).rejects.toThrow(/Event must be one of GoHighLevel's webhook events/);
  });

  test("perform: the event as GoHighLevel sent it, its webhookId as the id; other events ignored", async () => {
    const note = { type: 'NoteCreate', locationId: LOCATION_ID, id: 'note1', body: 'Called back', contactId: 'c1', dateAdded: '2026-07-02T05:18:26.704Z', webhookId: 'wh-1', timestamp: '2026-07-02T05:18:27.000Z' };
    expect(await run(KEY, 'perform', { inputData: { event: 'NoteCreate' }, cleanedRequest: note })).toEqual([{ ...note, id: 'wh-1' }]);
    expect(await run(KEY, 'perform', { inputData: { event: 'NoteUpdate' }, cleanedRequest: note })).toEqual([]);
  });

  test("performList: GoHighLevel's documented example of the chosen event, for the sub-account", async () => {
    const [sample] = await run(KEY, 'performList', { inputData: { event: 'ContactTagUpdate' } });
    expect(sample).toMatchObject({ type: 'ContactTagUpdate', locationId: LOCATION_ID, id: sample.webhookId });
  });

  test('a body that is not a GoHighLevel event is a readable error', async () => {
    await expect(run(KEY, 'perform', { inputData: { event: 'NoteCreate' }, cleanedRequest: 'hello' })).rejects.toThrow(/not a GoHighLevel event/);
  });
});

describe('agency connections receive the chosen Sub-Account only; reads use its minted token', () => {
  test('Opportunity Stage Changed (Instant): the read of lastStageChangeAt goes with the minted token', async () => {
    const key = 'opportunity_stage_changed_instant';
    const d: Delivery = { ...exampleOf(key), locationId: 'subAccount0000000001' };
    mint('subAccount0000000001');
    ghl('GET', `/opportunities/${d.id}`, { opportunity: { ...withoutEnvelope(d), lastStageChangeAt: '2026-07-03T09:12:44.112Z' } }, MINTED);
    const items = await run(key, 'perform', { authData: AGENCY_AUTH, inputData: { locationId: 'subAccount0000000001' }, cleanedRequest: d });
    expect(items.map((i: any) => i.id)).toEqual([`${d.id}:${d.pipelineStageId}:2026-07-03T09:12:44.112Z`]);
    expect(await run(key, 'perform', { authData: AGENCY_AUTH, inputData: { locationId: 'subAccount0000000002' }, cleanedRequest: d })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The private-token app (index.private-token.ts): the same instant triggers

describe('the private-token app', () => {
  const PRIVATE_TOKEN = 'pit-7d1c0e2b-5a4f-4c3e-9b8d-2f6a1e0c9d7b';
  const PIT_AUTH = { privateToken: PRIVATE_TOKEN, locationId: LOCATION_ID, userType: 'Location' };
  const AGENCY_PIT_AUTH = { privateToken: PRIVATE_TOKEN, locationId: LOCATION_ID, userType: 'Company' };
  const pit = createAppTester(PrivateTokenApp);
  const pitRun = (fn: Fn, bundle: Record<string, unknown>, authData: Record<string, string> = PIT_AUTH): Promise<any> =>
    pit((PrivateTokenApp as any).triggers.new_contact_instant.operation[fn], { authData, inputData: {}, meta: { page: 0 }, ...bundle } as any, true);

  test('the relay gets the private token itself as the bearer token, for the connection’s own Location ID', async () => {
    relaySubscribe({ locationId: LOCATION_ID, event: 'ContactCreate', targetUrl: TARGET }, PRIVATE_TOKEN);
    const data = await pitRun('performSubscribe', { targetUrl: TARGET });
    expect(data).toMatchObject({ id: 'sub-ContactCreate', locationId: LOCATION_ID });
    relayUnsubscribe('sub-ContactCreate', PRIVATE_TOKEN);
    await expect(pitRun('performUnsubscribe', { subscribeData: data })).resolves.toEqual({ removed: ['sub-ContactCreate'] });
  });

  test('perform: the same item as under OAuth (custom field names read with the private token)', async () => {
    const d: Delivery = { ...exampleOf('new_contact_instant'), locationId: LOCATION_ID };
    customFieldDefs(PRIVATE_TOKEN);
    const [item] = await pitRun('perform', { cleanedRequest: d });
    expect(item).toMatchObject({ id: d.id, contactId: d.id, customFieldsByName: { Pincode: '35061' } });
  });

  test('a private token GoHighLevel no longer takes (the relay answers 401): reconnect, never the token', async () => {
    relaySubscribe({ locationId: LOCATION_ID, event: 'ContactCreate', targetUrl: TARGET }, PRIVATE_TOKEN, 401, { error: 'GoHighLevel refused the token' });
    const err = await pitRun('performSubscribe', { targetUrl: TARGET }).catch((e) => e);
    expect(err.name).toBe('ExpiredAuthError');
    expect(err.message).toMatch(/no longer accepts this connection's token/);
    expect(err.message).not.toContain(PRIVATE_TOKEN);
  });

  test("an agency's private token cannot open a sub-account: told so before any request, as every sub-account step", async () => {
    await expect(pitRun('performSubscribe', { targetUrl: TARGET, inputData: { locationId: LOCATION_ID } }, AGENCY_PIT_AUTH)).rejects.toThrow(
      /does not let an agency's Private Integration token open one/,
    );
    const d: Delivery = { ...exampleOf('new_contact_instant'), locationId: LOCATION_ID };
    await expect(pitRun('perform', { cleanedRequest: d, inputData: { locationId: LOCATION_ID } }, AGENCY_PIT_AUTH)).rejects.toThrow(
      /does not let an agency's Private Integration token open one/,
    );
  });
});
