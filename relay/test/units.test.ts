/** The relay's pure parts: settings, keys and signatures, webhook parsing, target URLs, backoff. */
import { createPublicKey } from 'crypto';
import { Batcher } from '../batcher';
import { DEFAULTS, resolveOptions } from '../config';
import { startRelay } from '../relay';
import { parseRetryAfter, retryDelay } from '../delivery/backoff';
import { GHL_ED25519_PUBLIC_KEY, loadPublicKey } from '../keys';
import { checkSignature } from '../signature';
import { targetUrlProblem } from '../target-url';
import { parseWebhook } from '../webhook-event';
import { ghlEvent, ghlKeys } from './helpers/signing';

describe('settings', () => {
  test('defaults: port 4020 on 127.0.0.1, the embedded database in .relay-data, GoHighLevel’s key and API', () => {
    const o = resolveOptions({}, {});
    expect(o).toMatchObject({
      port: 4020,
      host: '127.0.0.1',
      dataDir: expect.stringMatching(/\.relay-data$/),
      publicKey: GHL_ED25519_PUBLIC_KEY,
      ghlBaseUrl: 'https://services.leadconnectorhq.com',
      allowInsecureTargets: false,
      deliveryTimeoutMs: 10_000,
      retryForMs: 24 * 3600_000,
      retentionMs: 7 * 24 * 3600_000,
    });
    expect(o.databaseUrl).toBeUndefined();
    expect(o.rsaPublicKey).toBeUndefined();
  });

  test('the environment sets them, and options override the environment', () => {
    const env = {
      PORT: '5000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db:5432/relay',
      RELAY_DATA_DIR: '/var/lib/relay',
      GHL_BASE_URL: 'http://127.0.0.1:4010/',
      RELAY_ALLOW_INSECURE_TARGETS: '1',
      RELAY_CONCURRENCY: '8',
    };
    expect(resolveOptions({}, env)).toMatchObject({
      port: 5000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/relay',
      dataDir: '/var/lib/relay',
      ghlBaseUrl: 'http://127.0.0.1:4010',
      allowInsecureTargets: true,
      concurrency: 8,
    });
    expect(resolveOptions({ port: 0, concurrency: 2 }, env)).toMatchObject({ port: 0, concurrency: 2, host: '0.0.0.0' });
  });

  test('bad values are refused in plain words, never echoing DATABASE_URL', () => {
    expect(() => resolveOptions({}, { PORT: 'eighty' })).toThrow('PORT must be a whole number; it is "eighty".');
    expect(() => resolveOptions({}, { RELAY_ALLOW_INSECURE_TARGETS: 'yes' })).toThrow(/must be 1 or 0/);
    expect(() => resolveOptions({}, { DATABASE_URL: 'mysql://u:secret@h/db' })).toThrow(/postgres:\/\//);
    expect(() => resolveOptions({}, { DATABASE_URL: 'mysql://u:secret@h/db' })).not.toThrow(/secret/);
    expect(() => resolveOptions({ leaseMs: 5000, deliveryTimeoutMs: 10_000 }, {})).toThrow(
      /must be longer than RELAY_DELIVERY_TIMEOUT_MS/,
    );
    expect(() => resolveOptions({ concurrency: 0 }, {})).toThrow(/concurrency must be a positive number/);
  });

  test('an unreachable DATABASE_URL stops the start with a plain message, without its password', async () => {
    const start = startRelay({ databaseUrl: 'postgres://relay:secret-pw-4711@127.0.0.1:1/relay', port: 0, log: () => undefined });
    await expect(start).rejects.toThrow(/^Cannot connect to the PostgreSQL database in DATABASE_URL: .*ECONNREFUSED/);
    await expect(start).rejects.not.toThrow(/secret-pw-4711/);
  });

  test('the lease outlasts the delivery timeout by default', () => {
    expect(DEFAULTS.leaseMs).toBeGreaterThan(DEFAULTS.deliveryTimeoutMs);
  });
});

describe('keys', () => {
  test('the default key is an Ed25519 public key', () => {
    expect(loadPublicKey(GHL_ED25519_PUBLIC_KEY, 'ed25519', 'GHL_WEBHOOK_PUBLIC_KEY').asymmetricKeyType).toBe('ed25519');
  });

  test('a PEM on one line with literal \\n (as in .env files) loads', () => {
    const oneLine = ghlKeys().publicKey.trim().replace(/\n/g, '\\n');
    expect(loadPublicKey(oneLine, 'ed25519', 'GHL_WEBHOOK_PUBLIC_KEY').asymmetricKeyType).toBe('ed25519');
  });

  test('a key of the wrong kind, or no key, is refused naming the setting', () => {
    const rsa = ghlKeys().rsaPublicKey;
    expect(() => loadPublicKey(rsa, 'ed25519', 'GHL_WEBHOOK_PUBLIC_KEY')).toThrow(
      'GHL_WEBHOOK_PUBLIC_KEY must be an Ed25519 public key; it is rsa.',
    );
    expect(() => loadPublicKey('hello', 'rsa', 'GHL_WEBHOOK_RSA_PUBLIC_KEY')).toThrow(
      /GHL_WEBHOOK_RSA_PUBLIC_KEY is not a PEM public key/,
    );
  });
});

describe('signatures', () => {
  const k = ghlKeys();
  const keys = { ed25519: createPublicKey(k.publicKey), rsa: createPublicKey(k.rsaPublicKey) };
  const body = Buffer.from(JSON.stringify(ghlEvent()));

  test('X-GHL-Signature (Ed25519) over the raw bytes', () => {
    expect(checkSignature(body, { 'x-ghl-signature': k.sign(body) }, keys)).toEqual({ ok: true, scheme: 'ed25519' });
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 2));
    expect(checkSignature(reformatted, { 'x-ghl-signature': k.sign(body) }, keys).ok).toBe(false);
  });

  test('X-WH-Signature (RSA-SHA256) when an RSA key is configured, and only then', () => {
    expect(checkSignature(body, { 'x-wh-signature': k.signRsa(body) }, keys)).toEqual({ ok: true, scheme: 'rsa' });
    expect(checkSignature(body, { 'x-wh-signature': k.signRsa(body) }, { ed25519: keys.ed25519 })).toEqual({
      ok: false,
      reason: 'Legacy X-WH-Signature deliveries are not accepted (no RSA key is configured).',
    });
  });

  test('X-GHL-Signature decides when both are present: a bad one is not rescued by a good RSA one', () => {
    const headers = { 'x-ghl-signature': ghlKeys().sign(body), 'x-wh-signature': k.signRsa(body) };
    expect(checkSignature(body, headers, keys).ok).toBe(false);
  });

  test('missing, empty and malformed signatures fail without throwing', () => {
    expect(checkSignature(body, {}, keys)).toEqual({ ok: false, reason: 'The request has no X-GHL-Signature header.' });
    expect(checkSignature(body, { 'x-ghl-signature': ' ' }, keys).ok).toBe(false);
    expect(checkSignature(body, { 'x-ghl-signature': '%%%' }, keys).ok).toBe(false);
    expect(checkSignature(body, { 'x-ghl-signature': Buffer.alloc(64).toString('base64') }, keys).ok).toBe(false);
  });
});

describe('webhook parsing', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  const raw = (o: unknown) => Buffer.from(JSON.stringify(o));

  test('takes webhookId, type and locationId, and keeps the body as received', () => {
    const text = '{"type":"ContactCreate","locationId":"L1","webhookId":"w1","timestamp":"2026-11-30T12:01:00Z","id":"c1"}';
    expect(parseWebhook(Buffer.from(text), now)).toEqual({
      ok: true,
      event: { webhookId: 'w1', type: 'ContactCreate', locationId: 'L1', body: text },
    });
  });

  test('the timestamp may be at most 5 minutes off either way (ISO text or epoch milliseconds)', () => {
    const at = (timestamp: unknown) => parseWebhook(raw({ type: 'T', webhookId: 'w', timestamp }), now).ok;
    expect(at('2026-11-30T11:55:00Z')).toBe(true);
    expect(at('2026-11-30T11:54:59Z')).toBe(false);
    expect(at('2026-11-30T12:05:00Z')).toBe(true);
    expect(at('2026-11-30T12:05:01Z')).toBe(false);
    expect(at(now - 60_000)).toBe(true);
    expect(at(undefined)).toBe(false);
    expect(at('soon')).toBe(false);
  });

  test('refuses what is not an event, saying what is missing', () => {
    const error = (b: Buffer) => {
      const p = parseWebhook(b, now);
      return p.ok ? undefined : p.error;
    };
    expect(error(Buffer.from('{'))).toBe('The body is not JSON.');
    expect(error(raw(null))).toBe('The body is not a JSON object.');
    expect(error(raw({ type: 'T', timestamp: now }))).toBe('The event has no webhookId.');
    expect(error(raw({ webhookId: 'w', timestamp: now }))).toBe('The event has no type.');
  });
});

describe('target URLs', () => {
  test.each([
    ['https://hooks.zapier.com/hooks/standard/1/2/3/', false, undefined],
    ['http://hooks.zapier.com/hooks/standard/1/2/3/', false, 'targetUrl must be an https:// URL.'],
    ['http://127.0.0.1:8080/x', false, 'targetUrl must be an https:// URL.'],
    ['http://127.0.0.1:8080/x', true, undefined],
    ['http://localhost:8080/x', true, 'targetUrl must be an https:// URL (or http://127.0.0.1).'],
    ['https://a:b@hooks.zapier.com/', false, 'targetUrl must not carry a user name or password.'],
    ['not a url', false, 'targetUrl is not a valid URL.'],
    ['', false, 'targetUrl is required: the URL the relay delivers events to.'],
    [`https://x.example/${'a'.repeat(2048)}`, false, 'targetUrl is longer than 2048 characters.'],
  ])('%s (insecure allowed: %s)', (url, insecure, problem) => {
    expect(targetUrlProblem(url, insecure)).toBe(problem);
  });
});

describe('backoff', () => {
  const b = { baseMs: 1000, maxMs: 3_600_000 };

  test('doubles per attempt, between half and all of base·2^(n−1)', () => {
    expect(retryDelay(1, b, undefined, () => 0)).toBe(500);
    expect(retryDelay(1, b, undefined, () => 1)).toBe(1000);
    expect(retryDelay(4, b, undefined, () => 0)).toBe(4000);
    expect(retryDelay(4, b, undefined, () => 1)).toBe(8000);
  });

  test('is capped, even for very many attempts', () => {
    expect(retryDelay(30, b, undefined, () => 1)).toBe(3_600_000);
    expect(retryDelay(5000, b, undefined, () => 0)).toBe(1_800_000);
  });

  test('a Retry-After raises the delay, never past the cap', () => {
    expect(retryDelay(1, b, 30_000, () => 0)).toBe(30_000);
    expect(retryDelay(1, b, 10 * 3_600_000, () => 0)).toBe(3_600_000);
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(60_000);
    expect(parseRetryAfter('later')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('batching', () => {
  test('calls that arrive together go in one batch, each getting its own result', async () => {
    const batches: number[][] = [];
    const b = new Batcher<number, number>(
      async (items) => {
        batches.push(items);
        return items.map((i) => i * 10);
      },
      { maxBatch: 100, parallel: 1 },
    );
    expect(await Promise.all([1, 2, 3].map((i) => b.add(i)))).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  test('while a batch runs, later calls wait and go together in the next (at most maxBatch)', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const first = new Promise<void>((r) => (release = r));
    const b = new Batcher<number, number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await first;
        return items;
      },
      { maxBatch: 2, parallel: 1 },
    );
    const a = b.add(1);
    await new Promise((r) => setImmediate(r)); // the first batch is running
    const rest = [2, 3, 4].map((i) => b.add(i));
    release();
    expect(await Promise.all([a, ...rest])).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  test('a failed batch is retried item by item, so that only the bad item fails', async () => {
    const b = new Batcher<number, number>(
      async (items) => {
        if (items.includes(2)) throw new Error('bad item');
        return items;
      },
      { maxBatch: 100, parallel: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3].map((i) => b.add(i)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
