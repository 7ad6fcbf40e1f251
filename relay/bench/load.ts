/**
 * The load: signed GoHighLevel webhooks, signed before the clock starts, sent over keep-alive connections
 * either as fast as the relay takes them (a fixed number in flight) or at a fixed rate (open loop: each at
 * its time, whether or not earlier ones were answered). Each send records when it went out and when the
 * relay's 200 came back.
 */
import http from 'http';
import { randomUUID, sign, type KeyObject } from 'crypto';

export interface Webhook {
  id: string;
  body: string;
  signature: string;
}

export interface Sent {
  id: string;
  sentAt: number;
  /** performance.now() of the 200; undefined when the relay did not accept it */
  acceptedAt?: number;
  status?: number;
}

export const signedWebhooks = (n: number, locationId: string, privateKey: KeyObject): Webhook[] =>
  Array.from({ length: n }, () => {
    const id = randomUUID();
    const body = JSON.stringify({
      type: 'ContactCreate',
      locationId,
      id: `c-${id.slice(0, 8)}`,
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@example.com',
      phone: '+15555550100',
      tags: ['bench', 'vip'],
      dateAdded: new Date().toISOString(),
      timestamp: new Date().toISOString(),
      webhookId: id,
    });
    return { id, body, signature: sign(null, Buffer.from(body), privateKey).toString('base64') };
  });

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

const post = (relayUrl: string, w: Webhook): Promise<number> =>
  new Promise((resolve) => {
    const req = http.request(
      `${relayUrl}/webhooks/ghl`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-ghl-signature': w.signature } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(w.body);
  });

/** Sends to the relays in turn; a webhook a relay does not accept goes to the next, as GHL retries it. */
const sendOne = async (relays: () => string[], w: Webhook, turn: number, sent: Sent): Promise<void> => {
  for (let tries = 0; tries < 20; tries++) {
    const list = relays();
    const status = await post(list[(turn + tries) % list.length], w);
    sent.status = status;
    if (status === 200) {
      sent.acceptedAt = performance.now();
      return;
    }
  }
};

/** As fast as the relays take them, `inFlight` at a time. */
export const blast = async (relays: () => string[], webhooks: Webhook[], inFlight: number): Promise<Sent[]> => {
  const sent: Sent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < webhooks.length) {
      const i = next++;
      const s: Sent = { id: webhooks[i].id, sentAt: performance.now() };
      sent.push(s);
      await sendOne(relays, webhooks[i], i, s);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return sent;
};

/** `perSecond` webhooks a second; `onTick(i)` runs before the i-th is sent. */
export const paced = async (
  relays: () => string[],
  webhooks: Webhook[],
  perSecond: number,
  onTick: (i: number) => void | Promise<void> = () => undefined,
): Promise<Sent[]> => {
  const start = performance.now();
  const gap = 1000 / perSecond;
  const pending: Promise<void>[] = [];
  const sent: Sent[] = [];
  for (let i = 0; i < webhooks.length; i++) {
    const due = start + i * gap;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    await onTick(i);
    const s: Sent = { id: webhooks[i].id, sentAt: performance.now() };
    sent.push(s);
    pending.push(sendOne(relays, webhooks[i], i, s));
  }
  await Promise.all(pending);
  return sent;
};
