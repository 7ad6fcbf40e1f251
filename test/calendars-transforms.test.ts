/**
 * The time rules of domains/calendars.ts: wall-clock times in a timezone, windows and their checks,
 * free-slot answers → one item per slot.
 */
import { InputError } from '../lib/http';
import { EVENTS_WINDOW, FREE_SLOTS_WINDOW, slotsOf } from '../domains/calendars';
import { chosenZone, toEpochInZone as epochInZone, timeWindow, writeZone } from '../lib/transforms';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 6, 15, 12);

describe('epochInZone', () => {
  test('a time with an offset (or Z) is taken as it is, whatever the zone', () => {
    expect(epochInZone('2026-07-16T10:00:00-05:00', 'f', 'F', 'Asia/Tokyo')).toBe(Date.UTC(2026, 6, 16, 15));
    expect(epochInZone('2026-07-16T10:00:00Z', 'f', 'F', 'Asia/Tokyo')).toBe(Date.UTC(2026, 6, 16, 10));
  });

  test('epoch seconds and milliseconds', () => {
    expect(epochInZone(1784116800, 'f', 'F', 'UTC')).toBe(1784116800000);
    expect(epochInZone('1784116800000', 'f', 'F', 'UTC')).toBe(1784116800000);
  });

  test('a wall-clock time is read in the zone, summer and winter', () => {
    expect(epochInZone('2026-07-16 10:00', 'f', 'F', 'America/New_York')).toBe(Date.UTC(2026, 6, 16, 14));
    expect(epochInZone('2026-01-16T10:00:00', 'f', 'F', 'America/New_York')).toBe(Date.UTC(2026, 0, 16, 15));
    expect(epochInZone('2026-07-16', 'f', 'F', 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 15, 18, 30));
    expect(epochInZone('2026-07-16T10:00:00.250', 'f', 'F', 'UTC')).toBe(Date.UTC(2026, 6, 16, 10, 0, 0, 250));
  });

  test('right next to a DST change', () => {
    // Europe/Berlin moves from +01:00 to +02:00 at 2026-03-29 02:00 local.
    expect(epochInZone('2026-03-29T01:30', 'f', 'F', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 0, 30));
    expect(epochInZone('2026-03-29T03:30', 'f', 'F', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  test('empty is undefined; impossible dates and words are input errors naming the field', () => {
    expect(epochInZone('', 'f', 'F', 'UTC')).toBeUndefined();
    expect(epochInZone(null, 'f', 'F', 'UTC')).toBeUndefined();
    expect(() => epochInZone('2026-02-30', 'startDate', 'Start Date', 'UTC')).toThrow(/Start Date field is not a date/);
    expect(() => epochInZone('2026-07-16T25:00', 'startDate', 'Start Date', 'UTC')).toThrow(InputError);
    expect(() => epochInZone('whenever', 'startDate', 'Start Date', 'UTC')).toThrow(/Start Date field is not a date/);
  });
});

describe('timezones', () => {
  const bundle = (timezone: string | null) => ({ bundle: { meta: { timezone } } as any });
  test("the step's timezone, else the Zap's, else none (writes: UTC)", () => {
    expect(chosenZone({ timezone: 'Asia/Tokyo' }, bundle('Europe/Paris'))).toBe('Asia/Tokyo');
    expect(chosenZone({ timezone: ' ' }, bundle('Europe/Paris'))).toBe('Europe/Paris');
    expect(chosenZone({}, bundle(null))).toBeUndefined();
    expect(writeZone({}, bundle(null))).toBe('UTC');
  });

  test('an unknown timezone is an input error on the Timezone field', () => {
    try {
      chosenZone({ timezone: 'Mars/Olympus' }, bundle(null));
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe('timezone');
    }
  });
});

describe('timeWindow', () => {
  test('free slots: from now for 7 days by default; a start alone gets 7 days', () => {
    expect(timeWindow({}, 'UTC', FREE_SLOTS_WINDOW, NOW)).toEqual({ start: NOW, end: NOW + 7 * DAY });
    expect(timeWindow({ startDate: '2026-08-01T00:00:00Z' }, 'UTC', FREE_SLOTS_WINDOW, NOW)).toEqual({
      start: Date.UTC(2026, 7, 1),
      end: Date.UTC(2026, 7, 8),
    });
  });

  test('free slots: exactly 31 days is fine, more is an input error on the End Date', () => {
    const start = '2026-07-01T00:00:00Z';
    expect(timeWindow({ startDate: start, endDate: '2026-08-01T00:00:00Z' }, 'UTC', FREE_SLOTS_WINDOW, NOW).end).toBe(Date.UTC(2026, 7, 1));
    try {
      timeWindow({ startDate: start, endDate: '2026-08-02T00:00:00Z' }, 'UTC', FREE_SLOTS_WINDOW, NOW);
      throw new Error('no error');
    } catch (e) {
      expect((e as InputError).field).toBe('endDate');
      expect((e as Error).message).toMatch(/at most 31 days .* \(this window is 32 days\)/);
    }
  });

  test('end before (or at) start is an input error on the end field', () => {
    expect(() => timeWindow({ startTime: '2026-07-10T00:00:00Z', endTime: '2026-07-10T00:00:00Z' }, 'UTC', EVENTS_WINDOW, NOW)).toThrow(
      /Window End field \(2026-07-10T00:00:00.000Z\) must be after the Window Start \(2026-07-10T00:00:00.000Z\)/,
    );
    // An end alone before the default start (7 days ago) is an error too.
    expect(() => timeWindow({ endTime: '2026-07-01T00:00:00Z' }, 'UTC', EVENTS_WINDOW, NOW)).toThrow(/Window End field/);
  });

  test('events: 7 days ago to 30 days ahead by default, no length limit', () => {
    expect(timeWindow({}, 'UTC', EVENTS_WINDOW, NOW)).toEqual({ start: NOW - 7 * DAY, end: NOW + 30 * DAY });
    expect(timeWindow({ startTime: '2026-01-01T00:00:00Z', endTime: '2026-12-31T00:00:00Z' }, 'UTC', EVENTS_WINDOW, NOW).end).toBe(Date.UTC(2026, 11, 31));
  });
});

describe('slotsOf', () => {
  test('one item per slot, soonest first, id from the UTC start; non-date keys ignored', () => {
    const data = {
      '2026-07-17': { slots: ['2026-07-17T09:00:00+02:00'] },
      '2026-07-16': { slots: ['2026-07-16T11:00:00+02:00', '2026-07-16T10:00:00+02:00', 'garbage'] },
      traceId: 'abc',
      '2026-07-18': { slots: [] },
    };
    expect(slotsOf(data, { calendarId: ' cal1 ' })).toEqual([
      { id: 'cal1:2026-07-16T08:00:00.000Z', calendarId: 'cal1', date: '2026-07-16', startTime: '2026-07-16T10:00:00+02:00' },
      { id: 'cal1:2026-07-16T09:00:00.000Z', calendarId: 'cal1', date: '2026-07-16', startTime: '2026-07-16T11:00:00+02:00' },
      { id: 'cal1:2026-07-17T07:00:00.000Z', calendarId: 'cal1', date: '2026-07-17', startTime: '2026-07-17T09:00:00+02:00' },
    ]);
  });

  test('the same slot shown in another timezone keeps its id', () => {
    const a = slotsOf({ '2026-07-16': { slots: ['2026-07-16T10:00:00+02:00'] } }, { calendarId: 'c' });
    const b = slotsOf({ '2026-07-16': { slots: ['2026-07-16T04:00:00-04:00'] } }, { calendarId: 'c' });
    expect(a[0].id).toBe(b[0].id);
  });

  test('an empty or odd answer gives no slots', () => {
    expect(slotsOf({}, { calendarId: 'c' })).toEqual([]);
    expect(slotsOf(null, { calendarId: 'c' })).toEqual([]);
  });
});
