/**
 * `startRelay(options)`: one relay instance in this process — its database (migrated), its HTTP server
 * and its delivery worker. Options override the environment (config.ts). Used by `npm run relay`
 * (main.ts), the tests and the bench; the app's end-to-end tests can run one in process too.
 */
import { resolveOptions, type RelayOptions } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrations';
import { DeliveryWorker } from './delivery/worker';
import { serve, type Server } from './http/server';
import { loadPublicKey } from './keys';
import { createLogger, messageOf } from './log';
import { healthRoutes } from './routes/health';
import { subscriptionRoutes } from './routes/subscriptions';
import { webhookRoutes } from './routes/webhooks';
import type { SignatureKeys } from './signature';
import { Store } from './store';

export interface Relay {
  /** e.g. `http://127.0.0.1:4020` */
  url: string;
  port: number;
  instanceId: string;
  database: 'postgres' | 'embedded';
  /** Stops taking requests, cuts deliveries in flight short (they are retried later), closes the database. */
  close(): Promise<void>;
}

const loadKeys = (o: RelayOptions): SignatureKeys => ({
  ed25519: loadPublicKey(o.publicKey, 'ed25519', 'GHL_WEBHOOK_PUBLIC_KEY'),
  rsa: o.rsaPublicKey ? loadPublicKey(o.rsaPublicKey, 'rsa', 'GHL_WEBHOOK_RSA_PUBLIC_KEY') : undefined,
});

export const startRelay = async (overrides: Partial<RelayOptions> = {}): Promise<Relay> => {
  const o = resolveOptions(overrides);
  const log = createLogger(o.log);
  const keys = loadKeys(o);
  const db = await openDatabase({
    databaseUrl: o.databaseUrl,
    dataDir: o.dataDir,
    onBackgroundError: (err) => log.error('database.error', { error: messageOf(err) }),
  });
  let server: Server;
  const store = new Store(db);
  // PGlite runs one statement at a time; PostgreSQL may run a few of the relay's batches at once.
  const batching = { maxBatch: 200, parallel: db.kind === 'postgres' ? 2 : 1 };
  const worker = new DeliveryWorker(store, { ...o, batching }, log);
  try {
    await migrate(db);
    server = await serve(
      [
        ...webhookRoutes({ store, keys, log, deliveries: worker, batching }),
        ...subscriptionRoutes({ store, log, ghlBaseUrl: o.ghlBaseUrl, allowInsecureTargets: o.allowInsecureTargets }),
        ...healthRoutes(store, db.kind),
      ],
      o.host,
      o.port,
      log,
    );
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  worker.start();

  const maintain = async () => {
    try {
      const removed = await store.prune(o.retentionMs);
      if (removed) log.info('events.pruned', { removed });
      if (db.kind === 'embedded') await store.maintainEmbedded();
    } catch (err) {
      log.error('database.maintenance_failed', { error: messageOf(err) });
    }
  };
  let maintaining = maintain();
  const maintenance = setInterval(() => {
    maintaining = maintaining.then(maintain);
  }, o.pruneIntervalMs);
  maintenance.unref();

  log.info('relay.started', { url: server.url, instanceId: o.instanceId, database: db.kind, ghl: o.ghlBaseUrl });
  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    instanceId: o.instanceId,
    database: db.kind,
    close: () =>
      (closing ??= (async () => {
        clearInterval(maintenance);
        await server.close();
        await worker.stop();
        await maintaining;
        await db.close();
        log.info('relay.stopped', { instanceId: o.instanceId });
      })()),
  };
};
