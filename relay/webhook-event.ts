/**
 * What the relay needs from a verified delivery's JSON: `webhookId` (to drop duplicates), `type` and
 * `locationId` (to route it) and `timestamp` (to refuse replays more than 5 minutes off).
 */
import type { IncomingEvent } from './store';

export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export type Parsed = { ok: true; event: IncomingEvent } | { ok: false; error: string };

/** A non-empty string PostgreSQL can store as text (no NUL character). */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() && !value.includes('\u0000') ? value : undefined;

/** `timestamp` as epoch milliseconds: an ISO 8601 text, or a number of milliseconds. */
const timeOf = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
};

export const parseWebhook = (raw: Buffer, now: number): Parsed => {
  const body = raw.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: 'The body is not JSON.' };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: 'The body is not a JSON object.' };
  const o = json as Record<string, unknown>;
  const webhookId = text(o.webhookId);
  const type = text(o.type);
  if (!webhookId) return { ok: false, error: 'The event has no webhookId.' };
  if (!type) return { ok: false, error: 'The event has no type.' };
  const at = timeOf(o.timestamp);
  if (at === undefined) return { ok: false, error: 'The event has no timestamp (ISO 8601).' };
  if (Math.abs(now - at) > MAX_CLOCK_SKEW_MS) {
    return {
      ok: false,
      error: `The event's timestamp is more than 5 minutes from the relay's clock (${new Date(now).toISOString()}).`,
    };
  }
  return { ok: true, event: { webhookId, type, locationId: text(o.locationId) ?? null, body } };
};
