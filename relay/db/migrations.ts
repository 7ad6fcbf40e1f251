/**
 * The schema, as numbered migrations run at start. Each runs once, in a transaction, under an advisory lock,
 * so instances starting together on one PostgreSQL do not race. Append new migrations; never edit old ones.
 */
import type { Database } from './database';

const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE relay_subscriptions (
       id text PRIMARY KEY,
       location_id text NOT NULL,
       event text NOT NULL,
       target_url text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       UNIQUE (location_id, event, target_url)
     )`,
    // Every accepted webhook, as received (`body` is the exact JSON text), kept for the retention period:
    // it is also the record of webhook ids already accepted.
    `CREATE TABLE relay_events (
       webhook_id text PRIMARY KEY,
       location_id text,
       type text NOT NULL,
       body text NOT NULL,
       received_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX relay_events_received_at ON relay_events (received_at)`,
    // One row per event and matching subscription. A pending row is due at next_attempt_at; claiming it
    // moves next_attempt_at past the lease, so a claim that is never finished (a killed instance) comes due
    // again by itself. `attempts` doubles as the claim's fencing token.
    `CREATE TABLE relay_deliveries (
       webhook_id text NOT NULL REFERENCES relay_events (webhook_id) ON DELETE CASCADE,
       subscription_id text NOT NULL REFERENCES relay_subscriptions (id) ON DELETE CASCADE,
       state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dropped', 'expired')),
       attempts integer NOT NULL DEFAULT 0,
       next_attempt_at timestamptz NOT NULL DEFAULT now(),
       claimed_by text,
       last_status integer,
       last_error text,
       created_at timestamptz NOT NULL DEFAULT now(),
       finished_at timestamptz,
       PRIMARY KEY (webhook_id, subscription_id)
     )`,
    `CREATE INDEX relay_deliveries_due ON relay_deliveries (next_attempt_at) WHERE state = 'pending'`,
    `CREATE INDEX relay_deliveries_subscription ON relay_deliveries (subscription_id)`,
  ],
];

/** An arbitrary constant naming the relay's migration lock. */
const LOCK = 4020_17;

export const migrate = async (db: Database): Promise<number> =>
  db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS relay_migrations (
      version integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const [row] = await tx.query<{ version: number }>('SELECT coalesce(max(version), 0)::int AS version FROM relay_migrations');
    for (let v = row.version; v < MIGRATIONS.length; v++) {
      for (const statement of MIGRATIONS[v]) await tx.query(statement);
      await tx.query('INSERT INTO relay_migrations (version) VALUES ($1)', [v + 1]);
    }
    return MIGRATIONS.length;
  });
