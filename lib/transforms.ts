/**
 * Small pure transforms shared by operations. Each has its own test (test/transforms.test.ts).
 */
import { createHash } from 'crypto';
import { InputError } from './http';

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

/** Parses a Zapier datetime (ISO string, epoch seconds/ms, or a date) into epoch milliseconds. */
export const toEpochMs = (value: unknown, field: string, label = field): number | undefined => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  if (typeof value === 'number' || /^\d+$/.test(String(value).trim())) {
    const n = Number(value);
    return n < 1e11 ? n * 1000 : n;
  }
  const t = Date.parse(String(value));
  if (Number.isNaN(t)) throw new InputError(`The ${label} field is not a date GoHighLevel understands: "${value}".`, field);
  return t;
};

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
  const ms = toEpochMs(value, field, label);
  if (ms === undefined) return undefined;
  const offset = offsetOf(timeZone, ms);
  const sign = offset[0] === '-' ? -1 : 1;
  const offMin = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(ms + offMin * 60000).toISOString().slice(0, 19);
  return `${local}${offset}`;
};

/** A date-only value (`YYYY-MM-DD`) from a Zapier date or datetime. */
export const toDateOnly = (value: unknown, field: string, label = field): string | undefined => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const s = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const ms = toEpochMs(s, field, label);
  return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10);
};

/** Booleans from Zapier ("true", "yes", "1", true) → true/false; empty → undefined. */
export const toBool = (value: unknown): boolean | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  return ['true', 'yes', '1', 'y', 'on'].includes(String(value).trim().toLowerCase());
};

/** A number from a Zapier input; a non-numeric value is an input error naming the field. */
export const toNumber = (value: unknown, field: string, label = field): number | undefined => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/[,\s]/g, ''));
  if (!Number.isFinite(n)) throw new InputError(`The ${label} field must be a number, got "${value}".`, field);
  return n;
};

/** A Zapier datetime → ISO-8601 in UTC (`2026-07-08T14:30:00.000Z`), e.g. task due dates. */
export const toIsoUtc = (value: unknown, field: string, label = field): string | undefined => {
  const ms = toEpochMs(value, field, label);
  return ms === undefined ? undefined : new Date(ms).toISOString();
};
