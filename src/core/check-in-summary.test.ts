import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInsArbitrary, scheduleArbitrary } from '../../test-support/practice-arbitraries';
import { addDays } from './calendar';
import { extendSummary, figuresOn, summarizeCheckIns } from './check-in-summary';
import { type CheckIn, currentStrength, type Schedule, streaks } from './practice';

const TODAY = '2026-11-23';
const full = (schedule: Schedule, checkIns: CheckIn[], start: string, today: string) => ({
  strength: currentStrength(schedule, checkIns, start, today),
  streaks: streaks(schedule, checkIns, today),
});
/** A history that ends before today, and how many days later than its last check-in we read. */
const history = fc.oneof(
  checkInsArbitrary(TODAY, { days: 120, max: 90 }),
  checkInsArbitrary(TODAY, { days: 60, max: 60, dense: true }),
);
// Mostly within a few weeks (where runs are kept or broken), sometimes long after.
const later = fc.oneof(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 400 }));

describe('check-in summary', () => {
  it('gives exactly the strength and streaks of the whole history on any later day', () => {
    fc.assert(
      fc.property(
        scheduleArbitrary,
        history,
        later,
        fc.integer({ min: 0, max: 30 }),
        (schedule, checkIns, after, startBefore) => {
          const summary = summarizeCheckIns(schedule, checkIns);
          const last = summary?.lastDate ?? TODAY;
          const today = addDays(last, after);
          const start = addDays(checkIns.map((c) => c.date).sort()[0] ?? TODAY, -startBefore);
          // toEqual on numbers is Object.is: the very same float, not a close one.
          expect(figuresOn(schedule, summary, today)).toEqual(
            full(schedule, checkIns, start, today),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('moved on one check-in at a time equals the summary made again from all of them', () => {
    fc.assert(
      fc.property(scheduleArbitrary, history, (schedule, checkIns) => {
        const sorted = [...checkIns].sort((a, b) => a.date.localeCompare(b.date));
        let summary = null;
        for (const [i, checkIn] of sorted.entries()) {
          summary = extendSummary(schedule, summary, checkIn);
          expect(summary).toEqual(summarizeCheckIns(schedule, sorted.slice(0, i + 1)));
        }
      }),
    );
  });

  it('keeps a daily strength halving over 13 missed days, day by day as the series does', () => {
    const daily: Schedule = { type: 'daily' };
    const month = Array.from({ length: 30 }, (_, i): CheckIn => ({
      date: addDays(TODAY, -43 + i),
      status: 'done',
    }));
    const summary = summarizeCheckIns(daily, month);
    const afterBreak = figuresOn(daily, summary, TODAY)!.strength;
    const atBreak = figuresOn(daily, summary, addDays(TODAY, -13))!.strength;
    expect(afterBreak / atBreak).toBeCloseTo(0.5, 2);
    expect(figuresOn(daily, summary, TODAY)!.streaks).toEqual({
      current: 0,
      best: 30,
      unit: 'day',
    });
  });

  it('cannot tell a day before its last check-in, and refuses a check-in out of order', () => {
    const daily: Schedule = { type: 'daily' };
    const summary = summarizeCheckIns(daily, [{ date: TODAY, status: 'done' }]);
    expect(figuresOn(daily, summary, addDays(TODAY, -1))).toBeNull();
    expect(() => extendSummary(daily, summary, { date: TODAY, status: 'skipped' })).toThrow();
    expect(figuresOn(daily, null, TODAY)).toEqual({
      strength: 0,
      streaks: { current: 0, best: 0, unit: 'day' },
    });
  });
});
