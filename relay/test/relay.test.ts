/**
 * The relay over real HTTP on 127.0.0.1, with real Ed25519 signatures (a test key pair), against the
 * embedded database and against a real PostgreSQL: the webhook endpoint, the subscription API, delivery
 * with its retries, drops, 410s and expiry, pruning, bad input, and what the logs never contain.
 *
 * One relay per database serves the suite (an embedded database takes seconds to create); each test uses
 * its own GoHighLevel location and target path, so tests do not see each other's events. The relay
 * delivers one event at a time (concurrency 1) in the order they came due, so once a later "sentinel"
 * event has been delivered, anything that would have been delivered before it has been: that is how the
 * tests check that something was NOT delivered, without waiting an arbitrary time.
 */
import { randomUUID } from 'crypto';
import http from 'http';
import net from 'net';
import type { RelayOptions } from '../config';
import { GHL_EVENTS } from '../events';
import { AGENCY_TOKEN, SUB_ACCOUNT_TOKEN, agencyLocation, startGhlStub } from './helpers/ghl-stub';
import { request, startTestServer, type Received, type Respond, type TestServer } from './helpers/http';
import { describePostgres, freshDatabase, usePostgres } from './helpers/postgres';
import { startTestRelay, tempDir, testOptions, type TestRelay } from './helpers/relay';
import { ghlEvent, ghlKeys, LOCATION_ID } from './helpers/signing';

jest.setTimeout(30_000);

const relaySuite = (database: () => Promise<Partial<RelayOptions>>) => {
  const keys = ghlKeys();
  let ghl: TestServer;
  let sink: TestServer;
  let t: TestRelay;
  let dbOptions: Partial<RelayOptions>;
  const responders = new Map<string, Respond>();
  const secrets = new Set<string>([AGENCY_TOKEN, SUB_ACCOUNT_TOKEN, 'not-a-token-9c1f']);

  const options = (extra: Partial<RelayOptions> = {}) => ({ ...testOptions(keys, ghl.url, dbOptions), concurrency: 1, ...extra });

  beforeAll(async () => {
    ghl = await startGhlStub();
    sink = await startTestServer((r) => responders.get(r.path)?.(r) ?? 200);
    dbOptions = await database();
    t = await startTestRelay(keys, options());
  }, 60_000);

  afterAll(async () => {
    await t?.relay.close();
    await sink?.close();
    await ghl?.close();
  });

  /** A target URL of its own on the sink (a path, as Zapier's hook URLs are secret) and what it received. */
  const hook = (respond?: Respond) => {
    const path = `/hooks/${randomUUID()}`;
    secrets.add(path);
    if (respond) responders.set(path, respond);
    const received = (): Received[] => sink.received.filter((r) => r.path === path);
    return {
      url: `${sink.url}${path}`,
      received,
      /** Resolves once `n` requests reached this target. */
      count: (n: number) => sink.waitFor(() => received().length >= n),
    };
  };

  const subscribeOk = async (locationId: string, event: string, targetUrl: string) => {
    const res = await t.subscribe({ locationId, event, targetUrl });
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };

  const accepted = async (event: Record<string, unknown>) => {
    const res = await t.post(event);
    expect(res.status).toBe(200);
    return res;
  };

  /** Everything due before now has been delivered (see the file's comment). */
  const drained = async () => {
    const locationId = agencyLocation();
    const h = hook();
    await subscribeOk(locationId, 'ContactCreate', h.url);
    await accepted(ghlEvent({ locationId }));
    await h.count(1);
  };

  const subscribed = async (event = 'ContactCreate', respond?: Respond) => {
    const locationId = agencyLocation();
    const h = hook(respond);
    const sub = await subscribeOk(locationId, event, h.url);
    return { locationId, hook: h, id: sub.id };
  };

  test('GET /healthz answers 200 with the database reachable', async () => {
    const res = await request(`${t.relay.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: t.relay.database });
  });

  describe('POST /webhooks/ghl', () => {
    test('a signed event is stored and answered 200, then delivered as GoHighLevel sent it (same bytes)', async () => {
      const { locationId, hook: h } = await subscribed();
      // Odd spacing and key order: the relay must verify and deliver these exact bytes, not re-serialized JSON.
      const body = `{ "webhookId":"${randomUUID()}", "type":"ContactCreate",  "locationId":"${locationId}", "email":"jane@example.com", "timestamp":"${new Date().toISOString()}", "note":"é ✓" }`;
      const res = await t.post(body);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'accepted', deliveries: 1 });
      await h.count(1);
      const [got] = h.received();
      const webhookId = JSON.parse(body).webhookId;
      await t.logs.next('delivery.delivered', (e) => e.webhookId === webhookId && e.attempt === 1 && e.status === 200);
      expect(got.method).toBe('POST');
      expect(got.headers['content-type']).toBe('application/json');
      expect(got.body.equals(Buffer.from(body))).toBe(true);
    });

    test('a missing signature is refused with 401, and nothing is delivered', async () => {
      const { locationId, hook: h } = await subscribed();
      const res = await t.post(ghlEvent({ locationId }), { unsigned: true });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatch(/X-GHL-Signature/);
      await drained();
      expect(h.received()).toHaveLength(0);
    });

    test('a signature of other bytes, or by another key, is refused with 401', async () => {
      const { locationId } = await subscribed();
      const event = ghlEvent({ locationId });
      const tampered = await t.post(JSON.stringify({ ...event, email: 'mallory@example.com' }), {
        headers: { 'x-ghl-signature': keys.sign(JSON.stringify(event)) },
      });
      expect(tampered.status).toBe(401);
      const otherKey = ghlKeys();
      const wrongKey = await t.post(JSON.stringify(event), {
        headers: { 'x-ghl-signature': otherKey.sign(JSON.stringify(event)) },
      });
      expect(wrongKey.status).toBe(401);
      const garbage = await t.post(JSON.stringify(event), { headers: { 'x-ghl-signature': 'not base64 at all!' } });
      expect(garbage.status).toBe(401);
    });

    test('a legacy X-WH-Signature is refused when no RSA key is configured', async () => {
      const body = JSON.stringify(ghlEvent());
      const res = await t.post(body, { unsigned: true, headers: { 'x-wh-signature': keys.signRsa(body) } });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatch(/X-WH-Signature/);
    });

    test('a timestamp more than 5 minutes off (either way) is refused with 400', async () => {
      const minutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
      expect((await t.post(ghlEvent({ timestamp: minutes(-6) }))).status).toBe(400);
      expect((await t.post(ghlEvent({ timestamp: minutes(6) }))).status).toBe(400);
      expect((await t.post(ghlEvent({ timestamp: 'yesterday' }))).status).toBe(400);
      expect((await t.post(ghlEvent({ timestamp: minutes(-4) }))).status).toBe(200);
    });

    test('a webhookId already accepted is answered 200 and not delivered again', async () => {
      const { locationId, hook: h } = await subscribed();
      const event = ghlEvent({ locationId });
      await accepted(event);
      const again = await accepted(event);
      expect(again.body).toEqual({ status: 'duplicate' });
      await h.count(1);
      await drained();
      expect(h.received()).toHaveLength(1);
    });

    test('the same webhook twice at once: one is accepted, the other is a duplicate', async () => {
      const { locationId, hook: h } = await subscribed();
      const event = ghlEvent({ locationId });
      const answers = await Promise.all([t.post(event), t.post(event), t.post(ghlEvent({ locationId }))]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(
        answers
          .slice(0, 2)
          .map((a) => a.body.status)
          .sort(),
      ).toEqual(['accepted', 'duplicate']);
      await h.count(2);
      await drained();
      expect(h.received().filter((r) => r.json.webhookId === event.webhookId)).toHaveLength(1);
    });

    test('signed bodies that are not an event are refused with 400', async () => {
      expect((await t.post('{"webhookId": ')).status).toBe(400);
      expect((await t.post('[1, 2]')).status).toBe(400);
      expect((await t.post(ghlEvent({ webhookId: undefined }))).status).toBe(400);
      expect((await t.post(ghlEvent({ type: '' }))).status).toBe(400);
      expect((await t.post(ghlEvent({ webhookId: 'a\u0000b' }))).status).toBe(400);
      const res = await t.post('not json');
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('The body is not JSON.');
    });

    test('an event goes only to subscriptions of its location and type, and to each of them', async () => {
      const { locationId, hook: a } = await subscribed('ContactCreate');
      const b = hook();
      await subscribeOk(locationId, 'ContactCreate', b.url);
      const other = hook();
      await subscribeOk(locationId, 'ContactDelete', other.url);
      await accepted(ghlEvent({ locationId, type: 'ContactCreate' }));
      await accepted(ghlEvent({ locationId: agencyLocation(), type: 'ContactCreate' }));
      await a.count(1);
      await b.count(1);
      await drained();
      expect(a.received()).toHaveLength(1);
      expect(b.received()).toHaveLength(1);
      expect(other.received()).toHaveLength(0);
    });

    test('an event without a locationId is accepted (GoHighLevel would only retry it) and goes nowhere', async () => {
      const res = await t.post(ghlEvent({ locationId: undefined, type: 'AppInstall', companyId: 'c1' }));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'accepted', deliveries: 0 });
    });
  });

  describe('subscriptions', () => {
    test('POST /subscriptions checks the token with GET /locations/{id} (Version 2021-07-28) and answers 201', async () => {
      const h = hook();
      const before = ghl.received.length;
      const res = await t.subscribe(
        { locationId: LOCATION_ID, event: 'OpportunityStageUpdate', targetUrl: h.url },
        SUB_ACCOUNT_TOKEN,
      );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        locationId: LOCATION_ID,
        event: 'OpportunityStageUpdate',
        targetUrl: h.url,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      const checks = ghl.received.slice(before);
      expect(checks).toHaveLength(1);
      expect(checks[0].path).toBe(`/locations/${LOCATION_ID}`);
      expect(checks[0].headers).toMatchObject({
        authorization: `Bearer ${SUB_ACCOUNT_TOKEN}`,
        accept: 'application/json',
        version: '2021-07-28',
      });
      // The same subscription again is the same subscription.
      const again = await t.subscribe(
        { locationId: LOCATION_ID, event: 'OpportunityStageUpdate', targetUrl: h.url },
        SUB_ACCOUNT_TOKEN,
      );
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(res.body.id);
    });

    test('an agency token subscribes for any of its sub-accounts', async () => {
      const res = await t.subscribe(
        { locationId: agencyLocation(), event: 'ContactTagUpdate', targetUrl: hook().url },
        AGENCY_TOKEN,
      );
      expect(res.status).toBe(201);
    });

    test('no token or an unknown token is 401; a token that cannot read the location is 403', async () => {
      const body = JSON.stringify({ locationId: LOCATION_ID, event: 'ContactCreate', targetUrl: hook().url });
      const none = await request(`${t.relay.url}/subscriptions`, { method: 'POST', body });
      expect(none.status).toBe(401);
      const unknown = await t.subscribe(JSON.parse(body), 'not-a-token-9c1f');
      expect(unknown.status).toBe(401);
      const forbidden = await t.subscribe({ ...JSON.parse(body), locationId: agencyLocation() }, SUB_ACCOUNT_TOKEN);
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error).toMatch(/cannot read the sub-account loc-/);
    });

    test('an event that is not one of the 58 is 400, listing them', async () => {
      const res = await t.subscribe({ locationId: agencyLocation(), event: 'contact.created', targetUrl: hook().url });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/58 event names/);
      expect(res.body.events).toEqual([...GHL_EVENTS]);
      expect(res.body.events).toHaveLength(58);
    });

    test('the target URL must be https (http://127.0.0.1 only with RELAY_ALLOW_INSECURE_TARGETS=1)', async () => {
      const locationId = agencyLocation();
      const bad = async (targetUrl: unknown) => (await t.subscribe({ locationId, event: 'ContactCreate', targetUrl })).status;
      expect(await bad('http://example.com/hook')).toBe(400);
      expect(await bad('http://localhost:1/hook')).toBe(400);
      expect(await bad('ftp://example.com/hook')).toBe(400);
      expect(await bad('https://user:pw@hooks.zapier.com/x')).toBe(400);
      expect(await bad('hooks.zapier.com/x')).toBe(400);
      expect(await bad(undefined)).toBe(400);
      expect(await bad('https://hooks.zapier.com/hooks/standard/1/abc/')).toBe(201);
      expect(await bad('http://127.0.0.1:9/hook')).toBe(201);
    });

    test('a body that is not a JSON object, or has no locationId, is 400', async () => {
      const post = (body: string) =>
        request(`${t.relay.url}/subscriptions`, { method: 'POST', headers: { authorization: `Bearer ${AGENCY_TOKEN}` }, body });
      expect((await post('{')).status).toBe(400);
      expect((await post('"x"')).status).toBe(400);
      expect((await post(JSON.stringify({ event: 'ContactCreate', targetUrl: hook().url }))).status).toBe(400);
    });

    test('DELETE /subscriptions/{id}: 404 unknown, 401/403 for the wrong token, 204, then nothing more is delivered', async () => {
      const { locationId, hook: h, id } = await subscribed();
      expect((await t.unsubscribe(randomUUID())).status).toBe(404);
      expect((await request(`${t.relay.url}/subscriptions/${id}`, { method: 'DELETE' })).status).toBe(401);
      expect((await t.unsubscribe(id, SUB_ACCOUNT_TOKEN)).status).toBe(403);
      const res = await t.unsubscribe(id);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect((await t.unsubscribe(id)).status).toBe(404);
      await accepted(ghlEvent({ locationId }));
      await drained();
      expect(h.received()).toHaveLength(0);
    });
  });

  describe('delivery', () => {
    test('5xx and 429 answers are retried with backoff until the target takes the event', async () => {
      const answers = [500, 503, 429];
      const { locationId, hook: h } = await subscribed('ContactCreate', () => answers.shift() ?? 200);
      const event = ghlEvent({ locationId });
      await accepted(event);
      await h.count(4);
      await drained();
      expect(h.received()).toHaveLength(4);
      const retries = t.logs.entries.filter((e) => e.msg === 'delivery.retry' && e.webhookId === event.webhookId);
      expect(retries.map((e) => e.status)).toEqual([500, 503, 429]);
      expect(retries.map((e) => e.attempt)).toEqual([1, 2, 3]);
      await t.logs.next('delivery.delivered', (e) => e.webhookId === event.webhookId && e.attempt === 4);
    });

    test('a network error is retried: the event arrives once the target is listening', async () => {
      const late = http.createServer((req, res) => req.resume().on('end', () => res.end()));
      await new Promise<void>((resolve) => late.listen(0, '127.0.0.1', resolve));
      const { port } = late.address() as net.AddressInfo;
      await new Promise((resolve) => late.close(resolve)); // nothing listens there now
      const locationId = agencyLocation();
      await subscribeOk(locationId, 'ContactCreate', `http://127.0.0.1:${port}/late`);
      const event = ghlEvent({ locationId });
      await accepted(event);
      const retry = await t.logs.next('delivery.retry', (e) => e.webhookId === event.webhookId);
      expect(retry.error).toMatch(/ECONNREFUSED/);
      await new Promise<void>((resolve) => late.listen(port, '127.0.0.1', resolve));
      try {
        await t.logs.next('delivery.delivered', (e) => e.webhookId === event.webhookId);
      } finally {
        late.close();
        late.closeAllConnections();
      }
    });

    test('a target that does not answer in time is retried', async () => {
      let first = true;
      const { locationId, hook: h } = await subscribed('ContactCreate', () => (first ? ((first = false), 'hold') : 200));
      const event = ghlEvent({ locationId });
      await accepted(event);
      const retry = await t.logs.next('delivery.retry', (e) => e.webhookId === event.webhookId);
      expect(retry.error).toMatch(/no answer within 2000 ms/);
      await t.logs.next('delivery.delivered', (e) => e.webhookId === event.webhookId);
      expect(h.received()).toHaveLength(2);
    });

    test('410 Gone removes the subscription', async () => {
      const { locationId, hook: h, id } = await subscribed('ContactCreate', () => 410);
      await accepted(ghlEvent({ locationId }));
      await t.logs.next('subscription.gone', (e) => e.subscriptionId === id);
      expect((await t.unsubscribe(id)).status).toBe(404);
      await accepted(ghlEvent({ locationId }));
      await drained();
      expect(h.received()).toHaveLength(1);
    });

    test('other 4xx answers are logged and dropped, not retried', async () => {
      const { locationId, hook: h } = await subscribed('ContactCreate', () => 400);
      const event = ghlEvent({ locationId });
      await accepted(event);
      const dropped = await t.logs.next('delivery.dropped', (e) => e.webhookId === event.webhookId);
      expect(dropped.status).toBe(400);
      await drained();
      expect(h.received()).toHaveLength(1);
    });
  });

  describe('bad input', () => {
    test('a body over 1 MB is 413', async () => {
      const big = JSON.stringify(ghlEvent({ padding: 'x'.repeat(1024 * 1024) }));
      const res = await t.post(big);
      expect(res.status).toBe(413);
    });

    test('a body over 1 MB without a Content-Length (chunked) is 413 too', async () => {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > 1.5 * 1024 * 1024) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const res = await fetch(`${t.relay.url}/webhooks/ghl`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
      expect(res.status).toBe(413);
    });

    test('unknown routes are 404, a known route with another method 405', async () => {
      expect((await request(`${t.relay.url}/nope`)).status).toBe(404);
      expect((await request(`${t.relay.url}/webhooks/ghl/extra`, { method: 'POST', body: '{}' })).status).toBe(404);
      const wrongMethod = await request(`${t.relay.url}/webhooks/ghl`);
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('POST');
      expect((await request(`${t.relay.url}/subscriptions/%E0%A4%A`, { method: 'DELETE' })).status).toBe(400);
    });

    test('a malformed request does not take the relay down', async () => {
      await new Promise<void>((resolve) => {
        const socket = net.connect(t.relay.port, '127.0.0.1', () => socket.end('GARBAGE / HTTP/9\r\n\r\n'));
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
        socket.resume();
      });
      expect((await request(`${t.relay.url}/healthz`)).status).toBe(200);
    });
  });

  describe('with other settings (the same database, the relay restarted)', () => {
    const restart = async (extra: Partial<RelayOptions>) => {
      await t.relay.close();
      t = await startTestRelay(keys, options(extra), t.logs);
    };

    test('legacy X-WH-Signature deliveries verify with GHL_WEBHOOK_RSA_PUBLIC_KEY', async () => {
      await restart({ rsaPublicKey: keys.rsaPublicKey });
      const { locationId, hook: h } = await subscribed();
      const body = JSON.stringify(ghlEvent({ locationId }));
      expect((await t.post(body, { unsigned: true, headers: { 'x-wh-signature': keys.signRsa(body) } })).status).toBe(200);
      const forged = JSON.stringify(ghlEvent({ locationId }));
      expect((await t.post(forged, { unsigned: true, headers: { 'x-wh-signature': keys.signRsa(body) } })).status).toBe(401);
      await h.count(1);
    });

    test('deliveries still pending from before the restart are made', async () => {
      let answer: number | 'hold' = 'hold';
      const { locationId, hook: h } = await subscribed('ContactCreate', () => answer);
      const event = ghlEvent({ locationId });
      await accepted(event);
      await h.count(1); // in flight, unanswered
      answer = 200;
      await restart({}); // the attempt in flight is cut short, and made again by the restarted relay
      await t.logs.next('delivery.delivered', (e) => e.webhookId === event.webhookId);
      expect(h.received()).toHaveLength(2);
    });

    test('a delivery failing for longer than the retry period expires', async () => {
      await restart({ retryForMs: 300 });
      const { locationId } = await subscribed('ContactCreate', () => 503);
      const event = ghlEvent({ locationId });
      await accepted(event);
      const expired = await t.logs.next('delivery.expired', (e) => e.webhookId === event.webhookId);
      expect(expired.status).toBe(503);
    });

    test('events older than the retention period are pruned (and their webhookId forgotten)', async () => {
      await restart({ retentionMs: 1, pruneIntervalMs: 100 });
      const { locationId, hook: h } = await subscribed();
      const event = ghlEvent({ locationId });
      await accepted(event);
      await h.count(1);
      let seen = t.logs.entries.indexOf(await t.logs.next('delivery.delivered', (e) => e.webhookId === event.webhookId));
      // Once a prune that started after the delivery has run, the same webhookId is new again.
      for (;;) {
        seen = t.logs.entries.indexOf(await t.logs.next('events.pruned', (e) => t.logs.entries.indexOf(e) > seen));
        const again = await t.post(event);
        if (again.body?.status !== 'duplicate') {
          expect(again.body).toEqual({ status: 'accepted', deliveries: 1 });
          break;
        }
      }
    });
  });

  describe('at the end', () => {
    test('the logs never contain a token, a target path or a message body', () => {
      const text = t.logs.text();
      expect(t.logs.entries.length).toBeGreaterThan(50);
      for (const secret of secrets) expect(text.includes(secret)).toBe(false);
      expect(text).not.toMatch(/jane@example\.com|é ✓|Bearer/);
    });

    test('nothing went wrong inside the relay (no error in its log)', () => {
      expect(t.logs.entries.filter((e) => e.level === 'error')).toEqual([]);
    });
  });
};

describe('relay on the embedded database (PGlite)', () => {
  relaySuite(async () => ({ dataDir: tempDir('relay-embedded-') }));
});

describePostgres('relay on PostgreSQL', () => {
  const pg = usePostgres();
  relaySuite(async () => ({ databaseUrl: await freshDatabase(pg()) }));
});
