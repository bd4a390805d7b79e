import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, localDate } from './calendar';
import {
  type CheckIn,
  currentStrength,
  type Schedule,
  scheduleRate,
  strengthByDay,
  strengthMultiplier,
  strengthSeries,
  streaks,
} from './practice';
import { checkInsArbitrary, scheduleArbitrary } from '../../test-support/practice-arbitraries';

const TODAY = '2026-11-23';
const daily: Schedule = { type: 'daily' };
const schedule = scheduleArbitrary;
const checkIns = checkInsArbitrary(TODAY);
/** The instant of `hour`:00 local time on `date` in `zone` (the next valid time in a DST gap). */
function instantAtLocalHour(zone: string, date: string, hour: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, hour);
  let instant = wanted;
  for (let i = 0; i < 3; i += 1) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
    }).formatToParts(instant);
    const part = (t: string) => Number(parts.find((p) => p.type === t)!.value);
    const shownAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'));
    instant += wanted - shownAsUtc;
  }
  return instant;
}

const doneDaysAgo = (...days: number[]) =>
  days.map((d): CheckIn => ({ date: addDays(TODAY, -d), status: 'done' }));

describe('practice strength', () => {
  it('uses m = 0.5^(√frequency / 13): a daily practice halves after 13 missed days', () => {
    expect(strengthMultiplier(daily) ** 13).toBeCloseTo(0.5, 12);
    expect(scheduleRate({ type: 'weekly', times: 3 })).toEqual({ times: 3, days: 7 });
    expect(strengthMultiplier({ type: 'weekly', times: 3 })).toBeCloseTo(
      0.5 ** (Math.sqrt(3 / 7) / 13),
      12,
    );
    // Kept from 43 to 14 days ago; then 13 missed days (13 days ago through yesterday).
    const month = doneDaysAgo(...Array.from({ length: 30 }, (_, i) => i + 14));
    const before = currentStrength(daily, month, addDays(TODAY, -43), addDays(TODAY, -13));
    const after = currentStrength(daily, month, addDays(TODAY, -43), TODAY);
    expect(after).toBeCloseTo(before * 0.5, 12);
  });

  it('is 1 − m^n after n kept days from a standing start', () => {
    const m = strengthMultiplier(daily);
    const kept = doneDaysAgo(0, 1, 2, 3, 4);
    expect(currentStrength(daily, kept, addDays(TODAY, -4), TODAY)).toBeCloseTo(1 - m ** 5, 12);
  });

  it('stays within 0..1, and a skipped day leaves it unchanged', () => {
    fc.assert(
      fc.property(schedule, checkIns, (s, c) => {
        const series = strengthSeries(s, c, addDays(TODAY, -200), TODAY);
        for (const point of series) {
          expect(point.strength).toBeGreaterThanOrEqual(0);
          expect(point.strength).toBeLessThanOrEqual(1);
        }
        const status = new Map(c.map((x) => [x.date, x.status]));
        for (let i = 1; i < series.length; i += 1) {
          if (status.get(series[i]!.date) === 'skipped')
            expect(series[i]!.strength).toBe(series[i - 1]!.strength);
        }
      }),
    );
  });

  it('never goes down when a check-in is added', () => {
    fc.assert(
      fc.property(schedule, checkIns, fc.integer({ min: 0, max: 200 }), (s, c, offset) => {
        const date = addDays(TODAY, -offset);
        fc.pre(!c.some((x) => x.date === date));
        const start = addDays(TODAY, -200);
        const before = currentStrength(s, c, start, TODAY);
        const after = currentStrength(s, [...c, { date, status: 'done' }], start, TODAY);
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });

  it('strengthByDay tells every day exactly what strengthSeries holds for it, and nothing else', () => {
    fc.assert(
      fc.property(
        schedule,
        checkIns,
        fc.integer({ min: -30, max: 250 }),
        fc.integer({ min: -260, max: 5 }),
        (s, c, startAgo, probe) => {
          const start = addDays(TODAY, -startAgo);
          const byDate = new Map(
            strengthSeries(s, c, start, TODAY).map((p) => [p.date, p.strength]),
          );
          const strengthOn = strengthByDay(s, c, start, TODAY);
          for (let k = -3; k <= 3; k += 1) {
            const date = addDays(TODAY, probe + k);
            expect(Object.is(strengthOn(dayNumber(date)), byDate.get(date))).toBe(true);
          }
          for (const [date, strength] of byDate)
            expect(Object.is(strengthOn(dayNumber(date)), strength)).toBe(true);
        },
      ),
    );
  });

  it('runs through yesterday until today has a check-in, from the earlier of creation and first check-in', () => {
    const c = doneDaysAgo(3, 2, 1);
    const series = strengthSeries(daily, c, addDays(TODAY, -1), TODAY);
    expect(series[0]!.date).toBe(addDays(TODAY, -3));
    expect(series.at(-1)!.date).toBe(addDays(TODAY, -1));
    const withToday = strengthSeries(daily, [...c, ...doneDaysAgo(0)], addDays(TODAY, -1), TODAY);
    expect(withToday.at(-1)!.date).toBe(TODAY);
    expect(currentStrength(daily, [], TODAY, TODAY)).toBe(0);
  });
});

describe('streaks', () => {
  it('counts kept days in a row; an unticked today does not break it; a miss does', () => {
    expect(streaks(daily, doneDaysAgo(1, 2, 3), TODAY)).toEqual({
      current: 3,
      best: 3,
      unit: 'day',
    });
    expect(streaks(daily, doneDaysAgo(0, 1, 2, 3), TODAY).current).toBe(4);
    expect(streaks(daily, doneDaysAgo(2, 3, 5, 6, 7, 8), TODAY)).toEqual({
      current: 0,
      best: 4,
      unit: 'day',
    });
  });

  it('excuses skipped days and passes over days off the schedule', () => {
    const withSkip: CheckIn[] = [
      ...doneDaysAgo(1, 3),
      { date: addDays(TODAY, -2), status: 'skipped' },
    ];
    expect(streaks(daily, withSkip, TODAY).current).toBe(2);
    // Mondays, Wednesdays, Fridays; TODAY is a Monday.
    const mwf: Schedule = { type: 'weekdays', days: [1, 3, 5] };
    expect(streaks(mwf, doneDaysAgo(3, 5, 7), TODAY).current).toBe(3);
    expect(streaks(mwf, doneDaysAgo(3, 7), TODAY).current).toBe(1);
  });

  it('counts weeks that met the target for weekly practices', () => {
    const thrice: Schedule = { type: 'weekly', times: 3 };
    // Weeks of 2026-11-09 and 2026-11-16 each have three; this week (from 11-23) is open.
    const c = doneDaysAgo(7, 5, 3, 14, 12, 10);
    expect(streaks(thrice, c, TODAY)).toEqual({ current: 2, best: 2, unit: 'week' });
    expect(streaks(thrice, doneDaysAgo(7, 9), TODAY).current).toBe(0);
  });

  it('is the same whatever time zone and DST change the check-ins came through', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Europe/Berlin',
          'America/New_York',
          'Asia/Kolkata',
          'Pacific/Auckland',
          'UTC',
        ),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 0, max: 23 }),
        (zone, length, hour) => {
          // One check-in a day at the same local hour, through the spring DST change.
          const dates = new Set<string>();
          for (let i = 0; i < length; i += 1) {
            const date = addDays('2026-03-01', i);
            const instant = instantAtLocalHour(zone, date, hour);
            expect(localDate(instant, zone)).toBe(date);
            dates.add(date);
          }
          const c = [...dates].map((date): CheckIn => ({ date, status: 'done' }));
          const last = [...dates].sort().at(-1)!;
          expect(streaks(daily, c, last).current).toBe(dates.size);
        },
      ),
    );
  });

  it('best is never below current, and both are 0 without check-ins', () => {
    fc.assert(
      fc.property(schedule, checkIns, (s, c) => {
        const result = streaks(s, c, TODAY);
        expect(result.best).toBeGreaterThanOrEqual(result.current);
      }),
    );
    expect(streaks(daily, [], TODAY)).toEqual({ current: 0, best: 0, unit: 'day' });
  });
});
