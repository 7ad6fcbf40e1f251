/**
 * One delivery attempt: POST the event's JSON to the target and classify the answer.
 * 2xx delivered; 410 Gone: the subscription is over; 5xx, 429, a network error or no answer in time: retry;
 * any other answer (other 4xx, a redirect): dropped, since sending the same request again cannot help.
 * Connections are kept alive between attempts (most targets are the same Zapier host).
 */
import http from 'http';
import https from 'https';
import { messageOf } from '../log';
import { parseRetryAfter } from './backoff';

export type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'gone'; status: 410 }
  | { kind: 'rejected'; status: number; error: string }
  | { kind: 'retry'; status: number | null; error: string; retryAfterMs?: number };

export const USER_AGENT = 'ghl-zapier-relay/1';

const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 128 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 128 }),
};

const classify = (status: number, retryAfter: string | undefined): Outcome => {
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (status === 410) return { kind: 'gone', status };
  if (status === 429 || status >= 500) {
    return { kind: 'retry', status, error: `answered ${status}`, retryAfterMs: parseRetryAfter(retryAfter ?? null) };
  }
  return {
    kind: 'rejected',
    status,
    error: status >= 300 && status < 400 ? `answered a redirect (${status})` : `answered ${status}`,
  };
};

class Timeout extends Error {}

export const send = (targetUrl: string, body: string, timeoutMs: number, stop: AbortSignal): Promise<Outcome> =>
  new Promise<Outcome>((resolve) => {
    const url = new URL(targetUrl);
    const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
    const request = protocol === 'https:' ? https.request : http.request;
    const payload = Buffer.from(body);
    let settled = false;
    const settle = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const req = request(url, {
      method: 'POST',
      agent: AGENTS[protocol],
      signal: stop,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, 'user-agent': USER_AGENT },
    });
    // The whole attempt, answer included, must end within the timeout.
    const timer = setTimeout(() => req.destroy(new Timeout()), timeoutMs);
    req.on('response', (res) => {
      res.resume(); // read the answer so the connection can be reused
      res.on('end', () => settle(classify(res.statusCode ?? 0, res.headers['retry-after'])));
      res.on('error', (err) => req.destroy(err));
    });
    req.on('error', (err) => {
      if (stop.aborted) settle({ kind: 'retry', status: null, error: 'the relay stopped during the attempt' });
      else if (err instanceof Timeout) settle({ kind: 'retry', status: null, error: `no answer within ${timeoutMs} ms` });
      else settle({ kind: 'retry', status: null, error: messageOf(err) });
    });
    req.end(payload);
  });
