/**
 * Small pure transforms shared by operations. Each has its own test (test/transforms.test.ts).
 */
import { createHash } from 'crypto';
import { InputError } from './http';
import type { Ctx, Input } from './types';

const DAY = 24 * 60 * 60_000;

/** A short, stable hash of any JSON value (object keys sorted), for ids and versions. */
export const stableHash = (value: unknown): string => {
  const canon = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canon);
    if (v && typeof v === 'object') {
      return Object.keys(v as object)
        .sort()
        .reduce<Record<string, unknown>>((o, k) => {
          o[k] = canon((v as Record<string, unknown>)[k]);
          return o;
        }, {});
    }
    return v;
  };
  return createHash('sha1').update(JSON.stringify(canon(value)) ?? 'undefined').digest('hex').slice(0, 16);
};

/**
 * A Zapier list or comma/newline-separated text → trimmed, non-empty strings.
 * `["a, b", "c"]` and `"a, b\nc"` both give `["a", "b", "c"]`.
 */
export const toList = (value: unknown): string[] => {
  if (value === undefined || value === null) return [];
  const parts = Array.isArray(value) ? value : [value];
  return parts
    .flatMap((p) => (typeof p === 'string' ? p.split(/[,\n]/) : [String(p)]))
    .map((s) => s.trim())
    .filter((s) => s !== '');
};

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an email address; the field label names the input in the error. */
export const checkEmail = (value: unknown, field: string, label = 'Email'): string | undefined => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const email = String(value).trim();
  if (!EMAIL_RE.test(email)) throw new InputError(`The ${label} field is not a valid email address: "${email}".`, field);
  return email;
};

/**
 * Phone numbers as GHL stores them: keeps a leading +, drops spaces, dashes, dots and brackets.
 * Letters are an input error.
 */
export const normalizePhone = (value: unknown, field: string, label = 'Phone'): string | undefined => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const raw = String(value).trim();
  const cleaned = raw.replace(/[\s().-]/g, '');
  if (!/^\+?\d{4,17}$/.test(cleaned)) {
    throw new InputError(`The ${label} field is not a phone number: "${raw}".`, field);
  }
  return cleaned;
};

/** Nothing given: undefined, null or blank text. */
export const isBlank = (value: unknown): boolean => value === undefined || value === null || String(value).trim() === '';

/** A value as the user gave it, for error messages: strings quoted, lists and objects as JSON. */
export const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

const MINUTE = 60_000;

/** ISO-8601 as Zapier sends it: a date, or a date and time (T or space), seconds and fraction optional, offset optional. */
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Epoch seconds (9–11 digits: 1973–5138) or milliseconds (12–14 digits). */
const EPOCH_RE = /^\d{9,14}$/;

const notADate = (value: unknown, field: string, label: string): InputError =>
  new InputError(
    `The ${label} field is not a date GoHighLevel understands: ${shown(value)}. ` +
      'Use an ISO-8601 date such as 2026-07-08 or 2026-07-08T14:30:00-05:00.',
    field,
  );

const offsetMinutesOf = (offset: string): number => {
  if (/^z$/i.test(offset)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
};

/**
 * A Zapier datetime → epoch milliseconds, strictly: an ISO-8601 date or date-time (a real calendar day and
 * time), epoch seconds or milliseconds, nothing else. A value with an offset (or an epoch) is that instant;
 * a value without one is a wall-clock time in `zone` (default UTC).
 */
export const toEpochInZone = (value: unknown, field: string, label: string, zone = 'UTC'): number | undefined => {
  if (isBlank(value)) return undefined;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) throw notADate(value, field, label);
    return value < 1e11 ? value * 1000 : value;
  }
  if (typeof value !== 'string') throw notADate(value, field, label);
  const text = value.trim();
  if (EPOCH_RE.test(text)) {
    const n = Number(text);
    return n < 1e11 ? n * 1000 : n;
  }
  const m = ISO_RE.exec(text);
  if (!m) throw notADate(value, field, label);
  const [y, mo, d, h = '0', mi = '0', s = '0', frac = '0', offset] = m.slice(1);
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(frac.slice(0, 3).padEnd(3, '0')));
  const check = new Date(wall);
  const real =
    check.getUTCFullYear() === +y && check.getUTCMonth() === +mo - 1 && check.getUTCDate() === +d && +h <= 23 && +mi <= 59 && +s <= 59;
  if (!real || (offset && Math.abs(offsetMinutesOf(offset)) > 14 * 60)) throw notADate(value, field, label);
  if (offset) return wall - offsetMinutesOf(offset) * MINUTE;
  // The zone's offset at the instant itself (twice, so a wall time next to a DST change lands right).
  const first = wall - offsetMinutesOf(offsetOf(zone, wall)) * MINUTE;
  return wall - offsetMinutesOf(offsetOf(zone, first)) * MINUTE;
};

/** A Zapier datetime → epoch milliseconds (values without an offset are read in UTC). */
export const toEpochMs = (value: unknown, field: string, label = field): number | undefined =>
  toEpochInZone(value, field, label, 'UTC');

/** The UTC offset of an IANA timezone at a given instant, as "+05:30". */
export const offsetOf = (timeZone: string, at: number): string => {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(at));
  } catch {
    throw new InputError(`"${timeZone}" is not a timezone name such as America/New_York.`, 'timezone');
  }
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const minutes = Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * A Zapier datetime → ISO-8601 with the offset of `timeZone` (GHL's appointment format), e.g.
 * `2026-06-23T03:30:00+05:30`. Defaults to UTC when no timezone is known.
 */
export const toIsoInZone = (value: unknown, field: string, timeZone = 'UTC', label = field): string | undefined => {
  const ms = toEpochInZone(value, field, label, timeZone);
  if (ms === undefined) return undefined;
  const offset = offsetOf(timeZone, ms);
  const sign = offset[0] === '-' ? -1 : 1;
  const offMin = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(ms + offMin * 60000).toISOString().slice(0, 19);
  return `${local}${offset}`;
};

/**
 * A date-only value (`YYYY-MM-DD`) from a Zapier date or datetime: the calendar day as written (an ISO
 * date-time keeps its own day, whatever its offset), or the UTC day of an epoch. Checked like toEpochMs.
 */
export const toDateOnly = (value: unknown, field: string, label = field): string | undefined => {
  const ms = toEpochMs(value, field, label);
  if (ms === undefined) return undefined;
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(String(value).trim());
  return written ? written[1] : new Date(ms).toISOString().slice(0, 10);
};

const TRUE_WORDS = ['true', 'yes', '1'];
const FALSE_WORDS = ['false', 'no', '0'];

/**
 * A boolean from a Zapier input: true/false, yes/no, 1/0 (any case) or a real boolean; empty → undefined.
 * Anything else is an input error naming the field (never silently false).
 */
export const toBool = (value: unknown, field: string, label = field): boolean | undefined => {
  if (isBlank(value)) return undefined;
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : undefined;
  if (word !== undefined && TRUE_WORDS.includes(word)) return true;
  if (word !== undefined && FALSE_WORDS.includes(word)) return false;
  throw new InputError(`The ${label} field must be true or false, got ${shown(value)}. Yes/no and 1/0 work too.`, field);
};

/** A decimal number as Zapier sends it: digits with an optional `.` decimal point and sign; no separators. */
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A number from a Zapier input, strictly: a JSON number or a decimal with a `.` point (`1200`, `-3.5`).
 * Thousands separators, decimal commas, hex, exponents, lists and words are input errors naming the field.
 */
export const toNumber = (value: unknown, field: string, label = field): number | undefined => {
  if (isBlank(value)) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && NUMBER_RE.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n)) {
    throw new InputError(`The ${label} field must be a number, got ${shown(value)}. Use digits with a "." decimal point, e.g. 1250.50.`, field);
  }
  return n;
};

/** A whole number from a Zapier input (see toNumber); `2.5` is an input error. */
export const toInteger = (value: unknown, field: string, label = field): number | undefined => {
  const n = toNumber(value, field, label);
  if (n !== undefined && !Number.isInteger(n)) throw new InputError(`The ${label} field must be a whole number, got ${shown(value)}.`, field);
  return n;
};

/** A Zapier datetime → ISO-8601 in UTC (`2026-07-08T14:30:00.000Z`), e.g. task due dates. */
export const toIsoUtc = (value: unknown, field: string, label = field): string | undefined => {
  const ms = toEpochMs(value, field, label);
  return ms === undefined ? undefined : new Date(ms).toISOString();
};

// ---------------------------------------------------------------------------------------------------
// Time zones and windows

/** A value as trimmed text, or undefined when empty. */
export const nonEmpty = (v: unknown): string | undefined =>
  v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim();

/** The timezone the step asked for, else the Zap's; undefined when neither is known. Checked. */
export const chosenZone = (input: Input, ctx: Pick<Ctx, 'bundle'>): string | undefined => {
  const zone = nonEmpty(input.timezone) ?? nonEmpty(ctx.bundle?.meta?.timezone);
  if (zone) offsetOf(zone, Date.now()); // an unknown name is an input error naming the Timezone field
  return zone;
};

/** The timezone writes are rendered in: the step's, the Zap's, else UTC. */
export const writeZone = (input: Input, ctx: Pick<Ctx, 'bundle'>): string => chosenZone(input, ctx) ?? 'UTC';

export const endBeforeStart = (end: { key: string; label: string }, start: { label: string }, s: number, e: number) =>
  new InputError(
    `The ${end.label} field (${new Date(e).toISOString()}) must be after the ${start.label} (${new Date(s).toISOString()}).`,
    end.key,
  );

export interface WindowSpec {
  start: { key: string; label: string };
  end: { key: string; label: string };
  /** Where an empty start falls, relative to now (ms). */
  defaultStartOffset: number;
  /** How long after the start an empty end falls (ms). */
  defaultLength: number;
  /** The longest window the API answers. */
  maxDays?: number;
}

/** A time window from two datetime inputs, with defaults, checked (end after start, not too long). */
export const timeWindow = (input: Input, zone: string, spec: WindowSpec, now = Date.now()): { start: number; end: number } => {
  const start = toEpochInZone(input[spec.start.key], spec.start.key, spec.start.label, zone) ?? now + spec.defaultStartOffset;
  const end = toEpochInZone(input[spec.end.key], spec.end.key, spec.end.label, zone) ?? start + spec.defaultLength;
  if (end <= start) throw endBeforeStart(spec.end, spec.start, start, end);
  if (spec.maxDays !== undefined && end - start > spec.maxDays * DAY) {
    const days = Math.ceil(((end - start) / DAY) * 10) / 10;
    throw new InputError(
      `The ${spec.end.label} field must be at most ${spec.maxDays} days after the ${spec.start.label}: ` +
        `GoHighLevel answers at most ${spec.maxDays} days at a time (this window is ${days} days).`,
      spec.end.key,
    );
  }
  return { start, end };
};

