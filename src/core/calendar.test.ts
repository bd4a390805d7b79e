import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDay,
  dayNumber,
  daysBetween,
  isCalendarDate,
  isoWeekday,
  isoWeekOf,
  localDate,
  mondayOfIsoWeek,
} from './calendar';

const date = fc.integer({ min: 0, max: 60_000 }).map(dateOfDay);

describe('calendar dates', () => {
  it('round-trips day numbers and adds days exactly', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(dateOfDay(dayNumber(d))).toBe(d);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(isCalendarDate(d)).toBe(true);
      }),
    );
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });

  it('knows ISO weekdays and weeks, including years with 53 weeks', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(mondayOfIsoWeek('2026-W47')).toBe('2026-11-16');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfIsoWeek('2025-W53')).toBeNull();
    expect(mondayOfIsoWeek('2026-W00')).toBeNull();
  });

  it('answers every YYYY-Www, of any year, with its Monday or null, without throwing', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(4), digits(2), (year, number) => {
        const week = `${year}-W${number}`;
        const monday = mondayOfIsoWeek(week);
        if (monday !== null) {
          expect(isoWeekday(monday)).toBe(1);
          expect(isoWeekOf(monday)).toBe(week);
        }
      }),
    );
    expect(mondayOfIsoWeek('0548-W33')).toBe('0548-08-12');
  });

  it('puts every date in the week that starts on the Monday before it', () => {
    fc.assert(
      fc.property(date, (d) => {
        const monday = mondayOfIsoWeek(isoWeekOf(d));
        expect(monday).not.toBeNull();
        expect(isoWeekday(monday!)).toBe(1);
        expect(daysBetween(monday!, d)).toBe(isoWeekday(d) - 1);
      }),
    );
  });

  it('turns instants into local dates that advance exactly at local midnight, across DST', () => {
    // Europe/Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    for (const [zone, from] of [
      ['Europe/Berlin', Date.UTC(2026, 2, 27)],
      ['Europe/Berlin', Date.UTC(2026, 9, 23)],
      ['America/New_York', Date.UTC(2026, 2, 6)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 3)],
    ] as const) {
      const seen: string[] = [];
      for (let t = from; t < from + 5 * 86_400_000; t += 15 * 60_000) {
        const d = localDate(t, zone);
        if (seen.at(-1) !== d) seen.push(d);
      }
      for (let i = 1; i < seen.length; i += 1) expect(daysBetween(seen[i - 1]!, seen[i]!)).toBe(1);
    }
    expect(localDate('2026-11-23T23:30:00Z', 'Asia/Tokyo')).toBe('2026-11-24');
    expect(localDate('2026-11-23T03:30:00Z', 'America/Los_Angeles')).toBe('2026-11-22');
  });

  it('gives the same date as a formatter made for the call, in every zone and the UTC shortcut', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Pacific/Kiritimati',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const parts = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).formatToParts(new Date(instant));
          const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
          expect(localDate(instant, zone)).toBe(`${part('year')}-${part('month')}-${part('day')}`);
        },
      ),
    );
  });

  it('counts days exactly as Date does, also for a day or month past the end', () => {
    const utc = (y: number, m: number, d: number) =>
      Math.round(new Date(0).setUTCFullYear(y, m - 1, d) / 86_400_000);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          expect(dayNumber(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(utc(y, m, d));
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (day) => {
        expect(dateOfDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      }),
    );
    for (const bad of ['2026-1-01', '2026-01-1 ', '２０２６-01-01', '2026/01/01', '']) {
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
  });
});
