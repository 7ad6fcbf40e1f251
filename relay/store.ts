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

/** An instance claiming deliveries: they are its own for `leaseMs`. */
export interface Claim {
  instanceId: string;
  leaseMs: number;
}

export interface Accepted {
  duplicate: boolean;
  /** Deliveries created: one per matching subscription. */
  deliveries: number;
}

export interface Finished {
  delivery: ClaimedDelivery;
  state: 'delivered' | 'dropped';
  status: number;
  error: string | null;
}

export interface Failed {
  delivery: ClaimedDelivery;
  delayMs: number;
  status: number | null;
  error: string;
}

const keyOf = (webhookId: string, subscriptionId: string) => `${webhookId}\n${subscriptionId}`;

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

  /**
   * Reclaims the space of updated and deleted rows, and writes a checkpoint (so that the write-ahead log
   * stays small and no large checkpoint stalls requests later). PostgreSQL's background workers do both by
   * themselves; the embedded database has none, so the relay runs this every few minutes.
   */
  async maintainEmbedded(): Promise<void> {
    await this.db.query('VACUUM relay_deliveries, relay_events, relay_subscriptions');
    await this.db.query('CHECKPOINT');
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /**
   * Stores events, each with one pending delivery per matching subscription, in one statement. An event
   * whose webhook id is already stored (or earlier in the same list) changes nothing: `duplicate`. With a
   * `claim`, the new deliveries are stored already claimed by that instance (it makes them at once, with
   * no claiming statement); without one they wait for a claim.
   */
  async acceptEvents(events: IncomingEvent[], claim?: Claim): Promise<{ accepted: Accepted[]; claimed: ClaimedDelivery[] }> {
    const seen = new Set<string>();
    const isFirst = events.map((e) => {
      if (seen.has(e.webhookId)) return false;
      seen.add(e.webhookId);
      return true;
    });
    const firsts = events.filter((_e, i) => isFirst[i]);
    const rows = await this.db.query<{ webhook_id: string; subscription_id: string | null; target_url: string | null }>(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS i (webhook_id, location_id, type, body)
       ), event AS (
         INSERT INTO relay_events (webhook_id, location_id, type, body)
         SELECT webhook_id, location_id, type, body FROM input
         ON CONFLICT (webhook_id) DO NOTHING
         RETURNING webhook_id, location_id, type
       ), fanout AS (
         INSERT INTO relay_deliveries (webhook_id, subscription_id, attempts, next_attempt_at, claimed_by)
         SELECT event.webhook_id, s.id,
                CASE WHEN $5::text IS NULL THEN 0 ELSE 1 END,
                CASE WHEN $5::text IS NULL THEN now() ELSE now() + ${ms('$6')} END,
                $5::text
         FROM event JOIN relay_subscriptions s ON s.location_id = event.location_id AND s.event = event.type
         RETURNING webhook_id, subscription_id
       )
       SELECT event.webhook_id, fanout.subscription_id, s.target_url
       FROM event
       LEFT JOIN fanout ON fanout.webhook_id = event.webhook_id
       LEFT JOIN relay_subscriptions s ON s.id = fanout.subscription_id`,
      [
        firsts.map((e) => e.webhookId),
        firsts.map((e) => e.locationId),
        firsts.map((e) => e.type),
        firsts.map((e) => e.body),
        claim?.instanceId ?? null,
        claim?.leaseMs ?? 0,
      ],
    );
    const bodies = new Map(firsts.map((e) => [e.webhookId, e.body]));
    const deliveries = new Map<string, number>();
    const claimed: ClaimedDelivery[] = [];
    for (const r of rows) {
      deliveries.set(r.webhook_id, (deliveries.get(r.webhook_id) ?? 0) + (r.subscription_id ? 1 : 0));
      const body = bodies.get(r.webhook_id);
      if (claim && r.subscription_id && r.target_url && body !== undefined) {
        claimed.push({ webhookId: r.webhook_id, subscriptionId: r.subscription_id, attempt: 1, targetUrl: r.target_url, body });
      }
    }
    const accepted = events.map((e, i) => {
      const n = isFirst[i] ? deliveries.get(e.webhookId) : undefined;
      return n === undefined ? { duplicate: true, deliveries: 0 } : { duplicate: false, deliveries: n };
    });
    return { accepted, claimed };
  }

  /** Creates a subscription; the same location, event and target URL again answers the existing one. */
  async subscribe(locationId: string, event: string, targetUrl: string): Promise<Subscription> {
    // On a conflict the no-op update makes RETURNING answer the existing row, in the same statement.
    const [row] = await this.db.query<SubscriptionRow>(
      `INSERT INTO relay_subscriptions (id, location_id, event, target_url) VALUES ($1, $2, $3, $4)
       ON CONFLICT (location_id, event, target_url) DO UPDATE SET target_url = EXCLUDED.target_url
       RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [randomUUID(), locationId, event, targetUrl],
    );
    return toSubscription(row);
  }

  async subscription(id: string): Promise<Subscription | undefined> {
    const [row] = await this.db.query<SubscriptionRow>(`SELECT ${SUBSCRIPTION_COLUMNS} FROM relay_subscriptions WHERE id = $1`, [
      id,
    ]);
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
  async claim(limit: number, { leaseMs, instanceId }: Claim): Promise<ClaimedDelivery[]> {
    const rows = await this.db.query<{
      webhook_id: string;
      subscription_id: string;
      attempts: number;
      target_url: string;
      body: string;
    }>(
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

  /**
   * Records final outcomes. An outcome whose claim was lost (its lease ran out and another instance took the
   * delivery) changes nothing: that instance records its own.
   */
  async finish(outcomes: Finished[]): Promise<void[]> {
    await this.db.query(
      `UPDATE relay_deliveries d
       SET state = v.state, last_status = v.status, last_error = v.error, finished_at = now()
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[])
         AS v (webhook_id, subscription_id, attempt, state, status, error)
       WHERE d.webhook_id = v.webhook_id AND d.subscription_id = v.subscription_id
         AND d.attempts = v.attempt AND d.state = 'pending'`,
      [
        outcomes.map((o) => o.delivery.webhookId),
        outcomes.map((o) => o.delivery.subscriptionId),
        outcomes.map((o) => o.delivery.attempt),
        outcomes.map((o) => o.state),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.error),
      ],
    );
    return outcomes.map(() => undefined);
  }

  /**
   * Schedules other attempts (each in its `delayMs`), or marks a delivery expired once `retryForMs` have
   * passed since its event arrived (the last attempt is made at that deadline). Answers each new state, or
   * undefined when the claim was lost.
   */
  async retry(failures: Failed[], retryForMs: number): Promise<Array<'pending' | 'expired' | undefined>> {
    const deadline = `d.created_at + ${ms('$1')}`;
    const rows = await this.db.query<{ webhook_id: string; subscription_id: string; state: 'pending' | 'expired' }>(
      `UPDATE relay_deliveries d
       SET state = CASE WHEN ${deadline} <= now() THEN 'expired' ELSE 'pending' END,
           next_attempt_at = least(now() + v.delay_ms * interval '1 millisecond', ${deadline}),
           finished_at = CASE WHEN ${deadline} <= now() THEN now() END,
           last_status = v.status, last_error = v.error
       FROM unnest($2::text[], $3::text[], $4::int[], $5::float8[], $6::int[], $7::text[])
         AS v (webhook_id, subscription_id, attempt, delay_ms, status, error)
       WHERE d.webhook_id = v.webhook_id AND d.subscription_id = v.subscription_id
         AND d.attempts = v.attempt AND d.state = 'pending'
       RETURNING d.webhook_id, d.subscription_id, d.state`,
      [
        retryForMs,
        failures.map((f) => f.delivery.webhookId),
        failures.map((f) => f.delivery.subscriptionId),
        failures.map((f) => f.delivery.attempt),
        failures.map((f) => f.delayMs),
        failures.map((f) => f.status),
        failures.map((f) => f.error),
      ],
    );
    const states = new Map(rows.map((r) => [keyOf(r.webhook_id, r.subscription_id), r.state]));
    return failures.map((f) => states.get(keyOf(f.delivery.webhookId, f.delivery.subscriptionId)));
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
