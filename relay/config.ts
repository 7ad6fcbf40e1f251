/**
 * The relay's settings: defaults, the environment variables that set them, and checks with plain
 * messages. `startRelay(options)` takes the same settings; what it is given overrides the environment.
 */
import { hostname } from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { GHL_ED25519_PUBLIC_KEY } from './keys';
import type { LogSink } from './log';

export const DEFAULT_GHL_BASE_URL = 'https://services.leadconnectorhq.com';

export interface RelayOptions {
  /** TCP port; 0 picks a free one. `PORT`, default 4020. */
  port: number;
  /** Interface to listen on. `HOST`, default 127.0.0.1 (put an HTTPS proxy in front). */
  host: string;
  /** PostgreSQL connection string. `DATABASE_URL`; when unset, the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the embedded database. `RELAY_DATA_DIR`, default `.relay-data/`. */
  dataDir: string;
  /** PEM Ed25519 key for `X-GHL-Signature`. `GHL_WEBHOOK_PUBLIC_KEY`, default GoHighLevel's published key. */
  publicKey: string;
  /** PEM RSA key for legacy `X-WH-Signature` deliveries. `GHL_WEBHOOK_RSA_PUBLIC_KEY`; unset: refused. */
  rsaPublicKey?: string;
  /** GoHighLevel's API, used to check subscription tokens. `GHL_BASE_URL`. */
  ghlBaseUrl: string;
  /** Allow `http://127.0.0.1` target URLs (tests only). `RELAY_ALLOW_INSECURE_TARGETS=1`. */
  allowInsecureTargets: boolean;
  /** This instance's name in the database's leases. `RELAY_INSTANCE_ID`, default host-pid-random. */
  instanceId: string;
  /** Deliveries in flight at once. `RELAY_CONCURRENCY`, default 32. */
  concurrency: number;
  /** Time a target has to answer. `RELAY_DELIVERY_TIMEOUT_MS`, default 10 000. */
  deliveryTimeoutMs: number;
  /** How long a claimed delivery stays reserved for its instance. `RELAY_LEASE_MS`, default 60 000. */
  leaseMs: number;
  /** First retry delay; doubles per attempt, with jitter. `RELAY_BACKOFF_BASE_MS`, default 1 000. */
  backoffBaseMs: number;
  /** Longest retry delay. Default 1 h. */
  backoffMaxMs: number;
  /** How long a failing delivery is retried. Default 24 h. */
  retryForMs: number;
  /** How often the worker looks for due deliveries when nothing wakes it. Default 200 ms. */
  pollIntervalMs: number;
  /** How long accepted events (and their deliveries) are kept. Default 7 days. */
  retentionMs: number;
  /** How often old events are pruned (and the embedded database vacuumed). Default 10 min. */
  pruneIntervalMs: number;
  /** Where log lines go; default one JSON line per entry on stdout. */
  log?: LogSink;
}

const HOUR = 3_600_000;

export const DEFAULTS = {
  port: 4020,
  host: '127.0.0.1',
  dataDir: '.relay-data',
  ghlBaseUrl: DEFAULT_GHL_BASE_URL,
  allowInsecureTargets: false,
  concurrency: 32,
  deliveryTimeoutMs: 10_000,
  leaseMs: 60_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: HOUR,
  retryForMs: 24 * HOUR,
  pollIntervalMs: 200,
  retentionMs: 7 * 24 * HOUR,
  pruneIntervalMs: 10 * 60_000,
} as const;

type Env = Record<string, string | undefined>;

const set = (value: string | undefined): string | undefined => (value && value.trim() ? value.trim() : undefined);

const integer = (env: Env, name: string): number | undefined => {
  const text = set(env[name]);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number; it is "${text}".`);
  return Number(text);
};

/** The settings the environment gives (only those it sets). */
export const optionsFromEnv = (env: Env): Partial<RelayOptions> => {
  const insecure = set(env.RELAY_ALLOW_INSECURE_TARGETS);
  if (insecure !== undefined && !['0', '1'].includes(insecure)) {
    throw new Error(`RELAY_ALLOW_INSECURE_TARGETS must be 1 or 0; it is "${insecure}".`);
  }
  return {
    port: integer(env, 'PORT'),
    host: set(env.HOST),
    databaseUrl: set(env.DATABASE_URL),
    dataDir: set(env.RELAY_DATA_DIR),
    publicKey: set(env.GHL_WEBHOOK_PUBLIC_KEY),
    rsaPublicKey: set(env.GHL_WEBHOOK_RSA_PUBLIC_KEY),
    ghlBaseUrl: set(env.GHL_BASE_URL),
    allowInsecureTargets: insecure === undefined ? undefined : insecure === '1',
    instanceId: set(env.RELAY_INSTANCE_ID),
    concurrency: integer(env, 'RELAY_CONCURRENCY'),
    deliveryTimeoutMs: integer(env, 'RELAY_DELIVERY_TIMEOUT_MS'),
    leaseMs: integer(env, 'RELAY_LEASE_MS'),
    backoffBaseMs: integer(env, 'RELAY_BACKOFF_BASE_MS'),
  };
};

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

const defaultInstanceId = (): string => `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

/** Defaults, then the environment, then `overrides`; checked. */
export const resolveOptions = (overrides: Partial<RelayOptions> = {}, env: Env = process.env): RelayOptions => {
  const o: RelayOptions = {
    ...DEFAULTS,
    publicKey: GHL_ED25519_PUBLIC_KEY,
    instanceId: defaultInstanceId(),
    ...defined(optionsFromEnv(env)),
    ...defined(overrides),
  };
  o.dataDir = path.resolve(o.dataDir);
  o.ghlBaseUrl = o.ghlBaseUrl.replace(/\/+$/, '');
  check(o);
  return o;
};

const check = (o: RelayOptions): void => {
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) throw new Error(`PORT must be 0–65535; it is ${o.port}.`);
  if (!/^https?:\/\/[^/]+/.test(o.ghlBaseUrl)) throw new Error(`GHL_BASE_URL must be an http(s) URL; it is "${o.ghlBaseUrl}".`);
  if (o.databaseUrl && !/^postgres(ql)?:\/\//.test(o.databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// connection string.');
  }
  const positive: Array<keyof RelayOptions> = [
    'concurrency',
    'deliveryTimeoutMs',
    'leaseMs',
    'backoffBaseMs',
    'backoffMaxMs',
    'retryForMs',
    'pollIntervalMs',
    'retentionMs',
    'pruneIntervalMs',
  ];
  for (const name of positive) {
    const v = o[name];
    if (typeof v !== 'number' || !(v > 0))
      throw new Error(`The relay option ${name} must be a positive number; it is ${String(v)}.`);
  }
  if (o.leaseMs <= o.deliveryTimeoutMs) {
    throw new Error(
      `RELAY_LEASE_MS (${o.leaseMs}) must be longer than RELAY_DELIVERY_TIMEOUT_MS (${o.deliveryTimeoutMs}), or a slow delivery would be sent twice.`,
    );
  }
};
