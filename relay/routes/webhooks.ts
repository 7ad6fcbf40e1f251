/**
 * `POST /webhooks/ghl`, the Marketplace app's webhook URL: verify the signature over the raw bytes (401),
 * read and check the event (400), drop a webhook id already accepted (200), else store the event with
 * its deliveries and answer 200; delivery happens after: at once by this instance when it has room (the
 * deliveries are stored claimed by it), else by whichever instance claims them from the database.
 */
import { Batcher, type BatchSettings } from '../batcher';
import type { Logger } from '../log';
import { messageOf } from '../log';
import type { Route } from '../http/server';
import { problem, reply } from '../http/server';
import { checkSignature, type SignatureKeys } from '../signature';
import type { Accepted, Claim, ClaimedDelivery, IncomingEvent, Store } from '../store';
import { parseWebhook } from '../webhook-event';

export interface WebhookDeps {
  store: Store;
  keys: SignatureKeys;
  log: Logger;
  /** The delivery worker of this instance. */
  deliveries: {
    reserve(n: number): Claim | undefined;
    adopt(deliveries: ClaimedDelivery[]): void;
    kick(): void;
  };
  /** Webhooks arriving together are stored in one statement (each answered once it is committed). */
  batching: BatchSettings;
}

export const webhookRoutes = ({ store, keys, log, deliveries, batching }: WebhookDeps): Route[] => {
  const storeEvents = async (events: IncomingEvent[]): Promise<Accepted[]> => {
    const claim = deliveries.reserve(events.length);
    const { accepted, claimed } = await store.acceptEvents(events, claim);
    if (claimed.length) deliveries.adopt(claimed);
    if (!claim && accepted.some((a) => a.deliveries > 0)) deliveries.kick();
    return accepted;
  };
  const accept = new Batcher<IncomingEvent, Accepted>(storeEvents, batching);
  return [
    {
      method: 'POST',
      path: '/webhooks/ghl',
      handler: async ({ headers, body }) => {
        const signature = checkSignature(body, headers, keys);
        if (!signature.ok) {
          log.warn('webhook.refused', { status: 401, reason: signature.reason });
          return problem(401, signature.reason);
        }
        const parsed = parseWebhook(body, Date.now());
        if (!parsed.ok) {
          log.warn('webhook.refused', { status: 400, reason: parsed.error });
          return problem(400, parsed.error);
        }
        const { webhookId, type, locationId } = parsed.event;
        let stored: Accepted;
        try {
          stored = await accept.add(parsed.event);
        } catch (err) {
          log.error('webhook.store_failed', { webhookId, type, locationId, error: messageOf(err) });
          return problem(503, 'The relay could not store the event; send it again.');
        }
        if (stored.duplicate) {
          log.info('webhook.duplicate', { webhookId, type, locationId });
          return reply(200, { status: 'duplicate' });
        }
        log.info('webhook.accepted', { webhookId, type, locationId, deliveries: stored.deliveries, signature: signature.scheme });
        return reply(200, { status: 'accepted', deliveries: stored.deliveries });
      },
    },
  ];
};
