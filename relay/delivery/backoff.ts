/**
 * Exponential backoff with jitter: after attempt n the next waits between half and all of
 * base·2^(n−1), capped at `maxMs`, so that retries from many deliveries spread out instead of arriving
 * at a recovering target together. A `Retry-After` from the target raises the delay (never past `maxMs`).
 */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const retryDelay = (attempt: number, b: Backoff, retryAfterMs?: number, random: () => number = Math.random): number => {
  const ceiling = Math.min(b.maxMs, b.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 40));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.round(Math.min(b.maxMs, Math.max(jittered, retryAfterMs ?? 0)));
};

/** `Retry-After` as milliseconds: a number of seconds or an HTTP date; undefined when absent or unreadable. */
export const parseRetryAfter = (value: string | null, now = Date.now()): number | undefined => {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};
