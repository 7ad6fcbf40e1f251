/**
 * Every SQL statement of the relay, on either database. Times are the database's clock (`now()`), so
 * instances on different machines agree on leases, retries and expiry.
 */
import { randomUUID } from 'crypto';
import type { Sql } from './db/database';

export interface Subscription {
  id: string;
  locationId: string;
  event: string;
  targetUrl: string;
  createdAt: string;
}

export interface IncomingEvent {
  webhookId: string;
  type: string;
  locationId: string | null;
  /** The JSON text exactly as GoHighLevel sent it. */
  body: string;
}

/** A delivery claimed by this instance: send `body` to `targetUrl`, then record the outcome. */
export interface ClaimedDelivery {
  webhookId: string;
  subscriptionId: string;
  /** This attempt's number (1 for the first); the claim's fencing token. */
  attempt: number;
  targetUrl: string;
  body: string;
}

export type FinalState = 'delivered' | 'dropped';

const ms = (param: string) => `(${param}::float8 * interval '1 millisecond')`;

type SubscriptionRow = { id: string; location_id: string; event: string; target_url: string; created_at: Date | string };

const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  locationId: r.location_id,
  event: r.event,
  targetUrl: r.target_url,
  createdAt: new Date(r.created_at).toISOString(),
});

const SUBSCRIPTION_COLUMNS = 'id, location_id, event, target_url, created_at';

export class Store {
  constructor(private readonly db: Sql) {}

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /**
   * Stores an event and one pending delivery per matching subscription, in one statement. A webhook id
   * already stored changes nothing (`duplicate`).
   */
  async acceptEvent(e: IncomingEvent): Promise<{ duplicate: boolean; deliveries: number }> {
    const [row] = await this.db.query<{ inserted: number; deliveries: number }>(
      `WITH event AS (
         INSERT INTO relay_events (webhook_id, location_id, type, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (webhook_id) DO NOTHING
         RETURNING webhook_id, location_id, type
       ), fanout AS (
         INSERT INTO relay_deliveries (webhook_id, subscription_id)
         SELECT event.webhook_id, s.id FROM event
         JOIN relay_subscriptions s ON s.location_id = event.location_id AND s.event = event.type
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM event)::int AS inserted, (SELECT count(*) FROM fanout)::int AS deliveries`,
      [e.webhookId, e.locationId, e.type, e.body],
    );
    return { duplicate: row.inserted === 0, deliveries: row.deliveries };
  }

  /** Creates a subscription; the same location, event and target URL again answers the existing one. */
  async subscribe(locationId: string, event: string, targetUrl: string): Promise<Subscription> {
    const [created] = await this.db.query<SubscriptionRow>(
      `INSERT INTO relay_subscriptions (id, location_id, event, target_url) VALUES ($1, $2, $3, $4)
       ON CONFLICT (location_id, event, target_url) DO NOTHING
       RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [randomUUID(), locationId, event, targetUrl],
    );
    if (created) return toSubscription(created);
    const [existing] = await this.db.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM relay_subscriptions WHERE location_id = $1 AND event = $2 AND target_url = $3`,
      [locationId, event, targetUrl],
    );
    return toSubscription(existing);
  }

  async subscription(id: string): Promise<Subscription | undefined> {
    const [row] = await this.db.query<SubscriptionRow>(`SELECT ${SUBSCRIPTION_COLUMNS} FROM relay_subscriptions WHERE id = $1`, [id]);
    return row && toSubscription(row);
  }

  /** Removes a subscription and its deliveries not yet made. */
  async unsubscribe(id: string): Promise<boolean> {
    const rows = await this.db.query('DELETE FROM relay_subscriptions WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  }

  /**
   * Claims up to `limit` due deliveries for `instanceId` (rows other instances hold are skipped, not waited
   * for) and reserves them for `leaseMs`.
   */
  async claim(limit: number, leaseMs: number, instanceId: string): Promise<ClaimedDelivery[]> {
    const rows = await this.db.query<{ webhook_id: string; subscription_id: string; attempts: number; target_url: string; body: string }>(
      `WITH due AS (
         SELECT webhook_id, subscription_id FROM relay_deliveries
         WHERE state = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE relay_deliveries d
         SET attempts = d.attempts + 1, next_attempt_at = now() + ${ms('$2')}, claimed_by = $3
         FROM due WHERE d.webhook_id = due.webhook_id AND d.subscription_id = due.subscription_id
         RETURNING d.webhook_id, d.subscription_id, d.attempts
       )
       SELECT c.webhook_id, c.subscription_id, c.attempts, s.target_url, e.body
       FROM claimed c
       JOIN relay_events e ON e.webhook_id = c.webhook_id
       JOIN relay_subscriptions s ON s.id = c.subscription_id`,
      [limit, leaseMs, instanceId],
    );
    return rows.map((r) => ({
      webhookId: r.webhook_id,
      subscriptionId: r.subscription_id,
      attempt: r.attempts,
      targetUrl: r.target_url,
      body: r.body,
    }));
  }

  /** Records a final outcome; false when the claim was lost (its lease ran out and another took it). */
  async finish(d: ClaimedDelivery, state: FinalState, status: number | null, error: string | null): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE relay_deliveries SET state = $1, last_status = $2, last_error = $3, finished_at = now()
       WHERE webhook_id = $4 AND subscription_id = $5 AND attempts = $6 AND state = 'pending'
       RETURNING 1`,
      [state, status, error, d.webhookId, d.subscriptionId, d.attempt],
    );
    return rows.length > 0;
  }

  /**
   * Schedules another attempt in `delayMs`, or marks the delivery expired once `retryForMs` have passed
   * since the event arrived (the last attempt is made at that deadline). Answers the new state, or
   * undefined when the claim was lost.
   */
  async retry(
    d: ClaimedDelivery,
    delayMs: number,
    retryForMs: number,
    status: number | null,
    error: string,
  ): Promise<'pending' | 'expired' | undefined> {
    const [row] = await this.db.query<{ state: 'pending' | 'expired' }>(
      `UPDATE relay_deliveries
       SET state = CASE WHEN created_at + ${ms('$2')} <= now() THEN 'expired' ELSE 'pending' END,
           next_attempt_at = least(now() + ${ms('$1')}, created_at + ${ms('$2')}),
           finished_at = CASE WHEN created_at + ${ms('$2')} <= now() THEN now() END,
           last_status = $3, last_error = $4
       WHERE webhook_id = $5 AND subscription_id = $6 AND attempts = $7 AND state = 'pending'
       RETURNING state`,
      [delayMs, retryForMs, status, error, d.webhookId, d.subscriptionId, d.attempt],
    );
    return row?.state;
  }

  /**
   * Deletes events received more than `retentionMs` ago with nothing left to deliver (their deliveries go
   * with them), in batches; answers how many.
   */
  async prune(retentionMs: number, batch = 1000): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.db.query<{ n: number }>(
        `WITH gone AS (
           DELETE FROM relay_events WHERE webhook_id IN (
             SELECT e.webhook_id FROM relay_events e
             WHERE e.received_at < now() - ${ms('$1')}
               AND NOT EXISTS (SELECT 1 FROM relay_deliveries d WHERE d.webhook_id = e.webhook_id AND d.state = 'pending')
             LIMIT $2
           ) RETURNING 1
         )
         SELECT count(*)::int AS n FROM gone`,
        [retentionMs, batch],
      );
      total += row.n;
      if (row.n < batch) return total;
    }
  }
}
