/**
 * When a calendar is free: its open hours in a timezone, in steps of its slot interval, minus the past,
 * booked (not cancelled) appointments and blocked slots. Shared by the free-slots endpoint and the
 * appointment create's slot check (a helper, not a resource: it reads the calendars' tables).
 */
import type { Rec, SandboxState } from './state';
import { dateIn, instantOf, isoIn } from './time';

export const minutes = (n: unknown, unit: unknown, fallback: number): number => {
  const v = Number(n);
  if (!Number.isFinite(v) || v <= 0) return fallback;
  return unit === 'hours' ? v * 60 : v;
};

/** Busy intervals of a calendar (and, with `userId`, of that team member): appointments and blocked slots. */
const busyOf = (state: SandboxState, calendar: Rec, userId?: string, exceptId?: string): Array<[number, number]> => {
  const events = [
    ...state.table('appointments').where((a) => a.appointmentStatus !== 'cancelled' && (a.calendarId === calendar.id || (!!userId && a.assignedUserId === userId))),
    ...state.table('blockSlots').where((b) => b.calendarId === calendar.id || (!!userId && b.assignedUserId === userId)),
  ];
  return events.filter((e) => e.id !== exceptId).map((e) => [Date.parse(e.startTime), Date.parse(e.endTime)]);
};

/** The free slots of a calendar between two instants, by local date. */
export const freeSlots = (
  state: SandboxState,
  calendar: Rec,
  from: number,
  to: number,
  tz: string,
  opts: { userId?: string; exceptId?: string } = {},
): Record<string, string[]> => {
  const duration = minutes(calendar.slotDuration, calendar.slotDurationUnit, 30);
  const step = minutes(calendar.slotInterval, calendar.slotIntervalUnit, duration);
  const busy = busyOf(state, calendar, opts.userId, opts.exceptId);
  const earliest = Math.max(from, Date.now());
  const out: Record<string, string[]> = {};
  const [y0, m0, d0] = dateIn(tz, from).split('-').map(Number);
  for (let day = Date.UTC(y0, m0 - 1, d0); day <= to + 86_400_000; day += 86_400_000) {
    const date = new Date(day);
    const [y, m, d, weekday] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCDay()];
    for (const rule of calendar.openHours || []) {
      if (!(rule.daysOfTheWeek || []).includes(weekday)) continue;
      for (const h of rule.hours || []) {
        const open = instantOf(tz, y, m, d, h.openHour, h.openMinute ?? 0);
        const close = instantOf(tz, y, m, d, h.closeHour, h.closeMinute ?? 0);
        for (let t = open; t + duration * 60_000 <= close; t += step * 60_000) {
          const end = t + duration * 60_000;
          if (t < earliest || t > to) continue;
          if (busy.some(([s, e]) => t < e && end > s)) continue;
          const key = dateIn(tz, t);
          (out[key] ||= []).push(isoIn(tz, t));
        }
      }
    }
  }
  return out;
};

/** The timezone slots are shown in: the query's, else the sub-account's. */
export const timezoneOf = (state: SandboxState, calendar: Rec, asked?: unknown): string =>
  String(asked || state.table('locations').get(calendar.locationId)?.timezone || 'UTC');

