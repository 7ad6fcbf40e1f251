/**
 * What the event triggers (issue 14: New Contact, Opportunity Stage Changed, New Task, …) share, whatever
 * their domain: the id of an event made of its parts, and times as ISO-8601 with a zone in what they
 * return. The domain modules (contacts, opportunities, calendars) build their event items with these.
 *
 * An event trigger's `id` is the event's identity, never only the record's: Zapier dedupes on it, so the
 * parts say what makes two events different (`oppId:stageId:lastStageChangeAt` for a stage change). The
 * record's own id is a field of its own (`opportunityId`, `contactId`, …).
 */
import { toIsoInZone } from '../lib/transforms';

/** The id of one event: its parts joined by `:` (empty parts are kept, so `a::b` never equals `a:b`). */
export const eventId = (...parts: unknown[]): string => parts.map((p) => (p === undefined || p === null ? '' : String(p))).join(':');

/** Epoch seconds (9–11 digits) or milliseconds (12–14 digits), as a number or as digits. */
const EPOCH = /^\d{9,14}$/;
/** A date and a time without a zone: `2026-07-16 11:00:00`, `2026-07-16T11:00`. */
const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;

/**
 * A time as ISO-8601 with a zone: a value that has one is kept as GoHighLevel wrote it; epoch seconds or
 * milliseconds become UTC (`…Z`); a date-time without a zone is read in `zone` (default UTC) and written
 * with its offset. Anything else (empty, a bare date, text) is returned unchanged.
 */
export const zonedTime = (value: unknown, zone = 'UTC'): unknown => {
  if (typeof value === 'number' && Number.isInteger(value) && EPOCH.test(String(value))) {
    return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  }
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (EPOCH.test(text)) {
    const n = Number(text);
    return new Date(n < 1e11 ? n * 1000 : n).toISOString();
  }
  if (ZONELESS.test(text)) {
    try {
      return toIsoInZone(text, 'time', zone);
    } catch {
      return value;
    }
  }
  return value;
};

/** The record with each of `keys` (where present) as ISO-8601 with a zone (`zonedTime`). */
export const withZonedTimes = <T extends Record<string, any>>(record: T, keys: string[], zone = 'UTC'): T => {
  const out: Record<string, any> = { ...record };
  for (const k of keys) if (k in out) out[k] = zonedTime(out[k], zone);
  return out as T;
};
