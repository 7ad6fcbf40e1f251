/**
 * `POST /webhooks/ghl`, the Marketplace app's webhook URL: verify the signature over the raw bytes (401),
 * read and check the event (400), drop a webhook id already accepted (200), else store the event with
 * its deliveries and answer 200; delivery happens after, from the database.
 */
import { Batcher, type BatchSettings } from '../batcher';
import type { Logger } from '../log';
import { messageOf } from '../log';
import type { Route } from '../http/server';
import { problem, reply } from '../http/server';
import { checkSignature, type SignatureKeys } from '../signature';
import type { Accepted, IncomingEvent, Store } from '../store';
import { parseWebhook } from '../webhook-event';

export interface WebhookDeps {
  store: Store;
  keys: SignatureKeys;
  log: Logger;
  /** Called when an accepted event has deliveries to make. */
  onDeliveries: () => void;
  /** Webhooks arriving together are stored in one statement (each answered once it is committed). */
  batching: BatchSettings;
}

export const webhookRoutes = ({ store, keys, log, onDeliveries, batching }: WebhookDeps): Route[] => {
  const accept = new Batcher<IncomingEvent, Accepted>((events) => store.acceptEvents(events), batching);
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
        if (stored.deliveries > 0) onDeliveries();
        return reply(200, { status: 'accepted', deliveries: stored.deliveries });
      },
    },
  ];
};
