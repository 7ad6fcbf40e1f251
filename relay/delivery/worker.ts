/**
 * The delivery loop of one instance: claim due deliveries from the database (up to `concurrency` in
 * flight), send each, record the outcome. It wakes when this instance accepts an event, when a slot
 * frees, and every `pollIntervalMs` for work that other instances accepted or that came due.
 */
import { Batcher, type BatchSettings } from '../batcher';
import type { Logger } from '../log';
import { messageOf, originOf } from '../log';
import type { Claim, ClaimedDelivery, Failed, Finished, Store } from '../store';
import { retryDelay } from './backoff';
import { send, type Outcome } from './send';

export interface WorkerSettings {
  instanceId: string;
  concurrency: number;
  deliveryTimeoutMs: number;
  leaseMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  retryForMs: number;
  pollIntervalMs: number;
  /** Outcomes arriving together are recorded in one statement. */
  batching: BatchSettings;
}

export class DeliveryWorker {
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  private inFlight = new Set<Promise<void>>();
  private wake: () => void = () => undefined;
  private kicked = false;
  /** The last claim filled every free slot: more deliveries may be due. */
  private backlog = false;
  private readonly stopping = new AbortController();
  private readonly finishes: Batcher<Finished, void>;
  private readonly retries: Batcher<Failed, 'pending' | 'expired' | undefined>;

  constructor(
    private readonly store: Store,
    private readonly settings: WorkerSettings,
    private readonly log: Logger,
  ) {
    this.finishes = new Batcher((outcomes) => store.finish(outcomes), settings.batching);
    this.retries = new Batcher((failures) => store.retry(failures, settings.retryForMs), settings.batching);
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /**
   * A claim for `n` new deliveries when this instance has room to make them now (they are then stored
   * already claimed and handed over with `adopt`), else undefined.
   */
  reserve(n: number): Claim | undefined {
    const room = this.settings.concurrency - this.inFlight.size;
    return this.running && n <= room ? { instanceId: this.settings.instanceId, leaseMs: this.settings.leaseMs } : undefined;
  }

  /** Makes deliveries that were stored already claimed by this instance (see `reserve`). */
  adopt(deliveries: ClaimedDelivery[]): void {
    for (const d of deliveries) this.track(this.attempt(d));
  }

  /** New work may be due: look now rather than at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake();
  }

  /** Stops claiming, cuts attempts in flight short (they are retried later) and waits for them. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    this.wake();
    await this.loop;
    await Promise.all(this.inFlight);
  }

  private async run(): Promise<void> {
    while (this.running) {
      const free = this.settings.concurrency - this.inFlight.size;
      if (free > 0) {
        this.kicked = false;
        try {
          const batch = await this.store.claim(free, { leaseMs: this.settings.leaseMs, instanceId: this.settings.instanceId });
          this.backlog = batch.length === free;
          for (const d of batch) this.track(this.attempt(d));
        } catch (err) {
          this.log.error('delivery.claim_failed', { error: messageOf(err) });
        }
      }
      // Wait for a wake-up (an accepted event, freed slots, stop) or the next poll, unless kicked meanwhile
      // with a slot to fill. (Deliveries adopted at acceptance can take more than every slot: `free` < 0.)
      if (this.running && (free <= 0 || !this.kicked)) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.wake(), this.settings.pollIntervalMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = () => undefined;
        resolve();
      };
    });
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p);
    void p.finally(() => {
      this.inFlight.delete(p);
      // With a backlog, claim again once a quarter of the slots are free (fewer, larger claims).
      const free = this.settings.concurrency - this.inFlight.size;
      if (this.backlog && free >= Math.max(1, this.settings.concurrency / 4)) this.kick();
    });
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    const started = Date.now();
    try {
      const outcome = await send(d.targetUrl, d.body, this.settings.deliveryTimeoutMs, this.stopping.signal);
      await this.record(d, outcome, Date.now() - started);
    } catch (err) {
      // Its lease runs out and the delivery is attempted again: at least once, never lost.
      this.log.error('delivery.failed', { ...this.fields(d), error: messageOf(err) });
    }
  }

  private fields(d: ClaimedDelivery) {
    return { webhookId: d.webhookId, subscriptionId: d.subscriptionId, attempt: d.attempt, target: originOf(d.targetUrl) };
  }

  private async record(d: ClaimedDelivery, outcome: Outcome, elapsedMs: number): Promise<void> {
    const fields = { ...this.fields(d), status: outcome.status, ms: elapsedMs };
    switch (outcome.kind) {
      case 'delivered':
        await this.finishes.add({ delivery: d, state: 'delivered', status: outcome.status, error: null });
        this.log.info('delivery.delivered', fields);
        return;
      case 'gone':
        await this.store.unsubscribe(d.subscriptionId);
        this.log.info('subscription.gone', fields);
        return;
      case 'rejected':
        await this.finishes.add({ delivery: d, state: 'dropped', status: outcome.status, error: outcome.error });
        this.log.warn('delivery.dropped', { ...fields, error: outcome.error });
        return;
      case 'retry': {
        const s = this.settings;
        const delayMs = retryDelay(d.attempt, { baseMs: s.backoffBaseMs, maxMs: s.backoffMaxMs }, outcome.retryAfterMs);
        const state = await this.retries.add({ delivery: d, delayMs, status: outcome.status, error: outcome.error });
        if (state === 'expired') this.log.warn('delivery.expired', { ...fields, error: outcome.error });
        else if (state === 'pending') this.log.warn('delivery.retry', { ...fields, error: outcome.error, retryInMs: delayMs });
        return;
      }
    }
  }
}
