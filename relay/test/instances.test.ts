/**
 * Several relays on one database, and relays killed mid-delivery: two instances on one PostgreSQL share
 * the deliveries without sending any twice; an instance killed with SIGKILL while deliveries are in flight
 * loses none of them (the survivor makes them once their lease runs out); an embedded relay killed the
 * same way delivers everything after a restart on its data folder, which no second relay may open.
 *
 * The target holds its requests unanswered until the test has seen what it needs in flight, so "mid-
 * delivery" is a fact the test observes, not a timing it hopes for.
 */
import { Client } from 'pg';
import { startRelay } from '../relay';
import { AGENCY_TOKEN, agencyLocation, startGhlStub } from './helpers/ghl-stub';
import { request, startTestServer, type Received, type TestServer } from './helpers/http';
import { describePostgres, freshDatabase, usePostgres } from './helpers/postgres';
import { startRelayProcess } from './helpers/process';
import { startTestRelay, tempDir, testOptions, type TestRelay } from './helpers/relay';
import { ghlEvent, ghlKeys } from './helpers/signing';

jest.setTimeout(60_000);

const CONCURRENCY = 4;
const keys = ghlKeys();

/**
 * A target that holds every request unanswered until `open()`, then answers 200 — the held requests still
 * waiting, and all later ones — counting the deliveries it answered per webhookId.
 */
const heldTarget = async () => {
  let open = false;
  const heldIds: string[] = [];
  const delivered = new Map<string, number>();
  const count = (r: Received) => delivered.set(r.json.webhookId, (delivered.get(r.json.webhookId) ?? 0) + 1);
  const server: TestServer = await startTestServer((r) => {
    if (open) {
      count(r);
      return 200;
    }
    heldIds.push(r.json.webhookId);
    return 'hold';
  });
  return {
    server,
    delivered,
    /** webhookIds of the requests held so far, in arrival order */
    heldIds,
    open: () => {
      open = true;
      for (const r of server.release(200)) count(r);
    },
  };
};

/** Resolves once one of `relays` has recorded each event as delivered (its log line follows the commit). */
const recorded = (relays: TestRelay[], events: Record<string, unknown>[]) =>
  Promise.all(
    events.map((e) => Promise.race(relays.map((r) => r.logs.next('delivery.delivered', (l) => l.webhookId === e.webhookId)))),
  );

const postAll = async (post: (e: Record<string, unknown>) => Promise<{ status: number }>, events: Record<string, unknown>[]) => {
  for (const e of events) expect((await post(e)).status).toBe(200);
};

const query = async <R extends Record<string, unknown>>(databaseUrl: string, text: string, params: unknown[] = []) => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
};

const deliveryStates = (databaseUrl: string) =>
  query<{ state: string; claimed_by: string; n: number }>(
    databaseUrl,
    'SELECT state, claimed_by, count(*)::int AS n FROM relay_deliveries GROUP BY state, claimed_by ORDER BY claimed_by',
  );

const relayEnv = (ghlUrl: string, database: Record<string, string>, instanceId: string) => ({
  ...database,
  GHL_WEBHOOK_PUBLIC_KEY: keys.publicKey,
  GHL_BASE_URL: ghlUrl,
  RELAY_ALLOW_INSECURE_TARGETS: '1',
  RELAY_CONCURRENCY: String(CONCURRENCY),
  // Long enough that no held request times out while the test sets the scene; short enough to recover fast.
  RELAY_DELIVERY_TIMEOUT_MS: '5000',
  RELAY_LEASE_MS: '6000',
  RELAY_BACKOFF_BASE_MS: '50',
  RELAY_INSTANCE_ID: instanceId,
});

let ghl: TestServer;
beforeAll(async () => {
  ghl = await startGhlStub();
});
afterAll(() => ghl.close());

describePostgres('several relays on one PostgreSQL', () => {
  const pg = usePostgres();

  test('two instances share the deliveries, and none is sent twice', async () => {
    const databaseUrl = await freshDatabase(pg());
    const target = await heldTarget();
    // No attempt may time out while requests are held: that would be a second send, by design.
    const options = {
      ...testOptions(keys, ghl.url, { databaseUrl }),
      concurrency: CONCURRENCY,
      deliveryTimeoutMs: 20_000,
      leaseMs: 30_000,
    };
    const a = await startTestRelay(keys, { ...options, instanceId: 'relay-a' });
    const b = await startTestRelay(keys, { ...options, instanceId: 'relay-b' });
    try {
      const locationId = agencyLocation();
      expect((await a.subscribe({ locationId, event: 'ContactCreate', targetUrl: `${target.server.url}/hook` })).status).toBe(
        201,
      );
      const events = Array.from({ length: 40 }, () => ghlEvent({ locationId }));
      // Half the webhooks reach each instance, as behind a load balancer.
      await postAll((e) => (events.indexOf(e) % 2 ? a : b).post(e), events);
      // More requests in flight at once than one instance may have: both are delivering.
      await target.server.waitFor(() => target.heldIds.length > CONCURRENCY);
      target.open();
      await target.server.waitFor(() => target.delivered.size === events.length);
      await recorded([a, b], events);
      const states = await deliveryStates(databaseUrl);
      expect(states.map((s) => s.claimed_by)).toEqual(['relay-a', 'relay-b']);
      expect(states.every((s) => s.state === 'delivered')).toBe(true);
      expect(states.reduce((n, s) => n + s.n, 0)).toBe(events.length);
      expect([...target.delivered.values()].every((n) => n === 1)).toBe(true);
      expect(target.server.received).toHaveLength(events.length);
    } finally {
      await a.relay.close();
      await b.relay.close();
      await target.server.close();
    }
  });

  test('an instance killed mid-delivery loses nothing: the other makes its deliveries', async () => {
    const databaseUrl = await freshDatabase(pg());
    const target = await heldTarget();
    const killed = await startRelayProcess(relayEnv(ghl.url, { DATABASE_URL: databaseUrl }, 'killed'));
    let survivor: TestRelay | undefined;
    try {
      const locationId = agencyLocation();
      const subscribe = await request(`${killed.url}/subscriptions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${AGENCY_TOKEN}` },
        body: JSON.stringify({ locationId, event: 'ContactCreate', targetUrl: `${target.server.url}/hook` }),
      });
      expect(subscribe.status).toBe(201);
      const events = Array.from({ length: 30 }, () => ghlEvent({ locationId }));
      const signed = (e: Record<string, unknown>) => {
        const body = JSON.stringify(e);
        return request(`${killed.url}/webhooks/ghl`, { method: 'POST', headers: { 'x-ghl-signature': keys.sign(body) }, body });
      };
      await postAll(signed, events);
      // The process to be killed has its deliveries in flight …
      await target.server.waitFor(() => target.heldIds.length === CONCURRENCY);
      const inFlightWhenKilled = [...target.heldIds];
      // … and so does a second instance, in this process, on the same database.
      survivor = await startTestRelay(keys, {
        ...testOptions(keys, ghl.url, { databaseUrl }),
        concurrency: CONCURRENCY,
        instanceId: 'survivor',
        deliveryTimeoutMs: 20_000,
        leaseMs: 30_000,
      });
      await target.server.waitFor(() => target.heldIds.length === 2 * CONCURRENCY);
      await killed.kill();
      // Only the survivor's requests are still waiting (the dead process's connections are gone).
      await target.server.waitFor(() => target.server.held() === CONCURRENCY);
      target.open();
      await recorded([survivor], events);
      expect(events.every((e) => target.delivered.has(String(e.webhookId)))).toBe(true);
      // What the killed instance had in flight, the survivor claimed again once the lease ran out, and made.
      const redone = await query<{ claimed_by: string; attempts: number; state: string }>(
        databaseUrl,
        'SELECT claimed_by, attempts, state FROM relay_deliveries WHERE webhook_id = ANY($1)',
        [inFlightWhenKilled],
      );
      expect(redone).toHaveLength(inFlightWhenKilled.length);
      for (const d of redone) expect(d).toEqual({ claimed_by: 'survivor', attempts: expect.any(Number), state: 'delivered' });
      expect(Math.min(...redone.map((d) => d.attempts))).toBeGreaterThanOrEqual(2);
      const states = await deliveryStates(databaseUrl);
      expect(states.every((s) => s.state === 'delivered')).toBe(true);
      expect(states.reduce((n, s) => n + s.n, 0)).toBe(events.length);
    } finally {
      await killed.kill();
      await survivor?.relay.close();
      await target.server.close();
    }
  });
});

describe('the embedded database', () => {
  test('a relay killed mid-delivery delivers everything after a restart; no second relay opens its folder', async () => {
    const dataDir = tempDir('relay-killed-');
    const target = await heldTarget();
    const killed = await startRelayProcess(relayEnv(ghl.url, { RELAY_DATA_DIR: dataDir }, 'killed'));
    let restarted: TestRelay | undefined;
    try {
      await expect(startRelay({ ...testOptions(keys, ghl.url, { dataDir }), log: () => undefined })).rejects.toThrow(
        /Another relay \(process \d+\) is using the embedded database/,
      );
      const locationId = agencyLocation();
      const subscribe = await request(`${killed.url}/subscriptions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${AGENCY_TOKEN}` },
        body: JSON.stringify({ locationId, event: 'ContactCreate', targetUrl: `${target.server.url}/hook` }),
      });
      expect(subscribe.status).toBe(201);
      const events = Array.from({ length: 12 }, () => ghlEvent({ locationId }));
      for (const e of events) {
        const body = JSON.stringify(e);
        const res = await request(`${killed.url}/webhooks/ghl`, {
          method: 'POST',
          headers: { 'x-ghl-signature': keys.sign(body) },
          body,
        });
        expect(res.status).toBe(200);
      }
      await target.server.waitFor(() => target.heldIds.length === CONCURRENCY);
      await killed.kill();
      await target.server.waitFor(() => target.server.held() === 0);
      target.open();
      restarted = await startTestRelay(keys, testOptions(keys, ghl.url, { dataDir }));
      await recorded([restarted], events);
      expect(target.delivered.size).toBe(events.length);
    } finally {
      await killed.kill();
      await restarted?.relay.close();
      await target.server.close();
    }
  });
});
