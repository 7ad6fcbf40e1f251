/**
 * One delivery attempt: POST the event's JSON to the target and classify the answer.
 * 2xx delivered; 410 Gone: the subscription is over; 5xx, 429, a network error or no answer in time: retry;
 * any other answer (other 4xx, a redirect): dropped, since sending the same request again cannot help.
 */
import { messageOf } from '../log';
import { parseRetryAfter } from './backoff';

export type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'gone'; status: 410 }
  | { kind: 'rejected'; status: number; error: string }
  | { kind: 'retry'; status: number | null; error: string; retryAfterMs?: number };

export const USER_AGENT = 'ghl-zapier-relay/1';

const classify = (status: number, retryAfter: string | null): Outcome => {
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (status === 410) return { kind: 'gone', status };
  if (status === 429 || status >= 500) {
    return { kind: 'retry', status, error: `answered ${status}`, retryAfterMs: parseRetryAfter(retryAfter) };
  }
  return { kind: 'rejected', status, error: status >= 300 && status < 400 ? `answered a redirect (${status})` : `answered ${status}` };
};

export const send = async (targetUrl: string, body: string, timeoutMs: number, stop: AbortSignal): Promise<Outcome> => {
  const signal = AbortSignal.any([stop, AbortSignal.timeout(timeoutMs)]);
  try {
    const res = await fetch(targetUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body,
      redirect: 'manual',
      signal,
    });
    await res.arrayBuffer().catch(() => undefined); // read the answer so the connection can be reused
    return classify(res.status, res.headers.get('retry-after'));
  } catch (err) {
    if (stop.aborted) return { kind: 'retry', status: null, error: 'the relay stopped during the attempt' };
    if (signal.aborted) return { kind: 'retry', status: null, error: `no answer within ${timeoutMs} ms` };
    const cause = (err as { cause?: unknown }).cause;
    return { kind: 'retry', status: null, error: messageOf(cause ?? err) };
  }
};
