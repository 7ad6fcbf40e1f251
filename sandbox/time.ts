/**
 * Wall-clock time in an IANA timezone without a library (Intl does the work): the offset at an instant,
 * the instant of a local date and time, and ISO-8601 with the zone's offset (`2026-12-03T09:00:00-06:00`),
 * as GoHighLevel writes free slots.
 */
import { fail } from './http';

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatter = (tz: string): Intl.DateTimeFormat => {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw fail(422, [`timezone must be a valid IANA timezone, got "${tz}"`]);
    }
    formatters.set(tz, f);
  }
  return f;
};

/** Minutes the zone is ahead of UTC at an instant (e.g. -360 for America/Chicago in winter). */
export const offsetMinutes = (tz: string, at: number): number => {
  const parts = formatter(tz).formatToParts(new Date(at));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
};

/** The instant of a local date and time in the zone. */
export const instantOf = (tz: string, y: number, m: number, d: number, h: number, min: number): number => {
  const wall = Date.UTC(y, m - 1, d, h, min);
  let t = wall - offsetMinutes(tz, wall) * 60_000;
  const again = offsetMinutes(tz, t);
  t = wall - again * 60_000; // around a DST change the offset of the guess may differ
  return t;
};

/** ISO-8601 with the zone's offset. */
export const isoIn = (tz: string, at: number): string => {
  const off = offsetMinutes(tz, at);
  const local = new Date(at + off * 60_000).toISOString().slice(0, 19);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** The local date (`YYYY-MM-DD`) of an instant in the zone. */
export const dateIn = (tz: string, at: number): string => isoIn(tz, at).slice(0, 10);
