import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { hoursOf, type LoggedTime, minutesByAspiration, monthsEnding } from './learning-hours';

const ASPIRATIONS = ['a1', 'a2', 'a3', 'a4'];
/** Dates over about three years, so some fall outside a twelve-month window. */
const date = fc.integer({ min: 0, max: 1100 }).map((d) => addDays('2024-01-01', d));
const minutes = fc.integer({ min: 1, max: 96 }).map((q) => q * 15);
const logged = (maxLinks: number) =>
  fc.array(
    fc.record({
      date,
      minutes,
      aspirationIds: fc.uniqueArray(fc.constantFrom(...ASPIRATIONS), { maxLength: maxLinks }),
    }),
    { maxLength: 40 },
  );
const window = fc.record({ today: date, count: fc.integer({ min: 1, max: 36 }) });

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const inWindow = (entries: LoggedTime[], months: string[]) =>
  entries.filter((e) => months.includes(e.date.slice(0, 7)));

describe('monthsEnding', () => {
  it('lists consecutive months, oldest first, ending with the month of today', () => {
    expect(monthsEnding('2026-02-14', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    fc.assert(
      fc.property(window, ({ today, count }) => {
        const months = monthsEnding(today, count);
        expect(months).toHaveLength(count);
        expect(months.at(-1)).toBe(today.slice(0, 7));
        for (let i = 1; i < months.length; i += 1) {
          const [y0, m0] = months[i - 1]!.split('-').map(Number) as [number, number];
          const [y1, m1] = months[i]!.split('-').map(Number) as [number, number];
          expect(y1 * 12 + m1 - (y0 * 12 + m0)).toBe(1);
          expect(months[i]).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        }
      }),
    );
  });
});

describe('minutesByAspiration', () => {
  it('adds up example sessions', () => {
    const series = minutesByAspiration(
      [
        { date: '2026-01-03', minutes: 60, aspirationIds: ['a1'] },
        { date: '2026-02-10', minutes: 90, aspirationIds: ['a1', 'a2'] },
        { date: '2026-02-11', minutes: 30, aspirationIds: [] },
        { date: '2025-11-30', minutes: 600, aspirationIds: ['a2'] },
      ],
      ['2025-12', '2026-01', '2026-02'],
    );
    expect(series).toEqual([
      { aspirationId: 'a1', minutes: [0, 60, 90] },
      { aspirationId: 'a2', minutes: [0, 0, 90] },
      { aspirationId: null, minutes: [0, 0, 30] },
    ]);
  });

  it('preserves the total when each item serves at most one aspiration', () => {
    fc.assert(
      fc.property(logged(1), window, (entries, { today, count }) => {
        const months = monthsEnding(today, count);
        const series = minutesByAspiration(entries, months);
        expect(sum(series.flatMap((s) => s.minutes))).toBe(
          sum(inWindow(entries, months).map((e) => e.minutes)),
        );
      }),
    );
  });

  it('counts an item’s time in full for every aspiration it serves, month by month', () => {
    fc.assert(
      fc.property(logged(3), window, (entries, { today, count }) => {
        const months = monthsEnding(today, count);
        const series = minutesByAspiration(entries, months);
        const kept = inWindow(entries, months);
        expect(sum(series.flatMap((s) => s.minutes))).toBe(
          sum(kept.map((e) => e.minutes * Math.max(1, e.aspirationIds.length))),
        );
        for (const s of series) {
          expect(s.minutes).toHaveLength(months.length);
          months.forEach((month, i) => {
            const serving = kept.filter(
              (e) =>
                e.date.startsWith(month) &&
                (s.aspirationId === null
                  ? e.aspirationIds.length === 0
                  : e.aspirationIds.includes(s.aspirationId)),
            );
            expect(s.minutes[i]).toBe(sum(serving.map((e) => e.minutes)));
          });
        }
      }),
    );
  });

  it('lists each series once, with time, most time first, the unlinked series last', () => {
    fc.assert(
      fc.property(logged(3), window, (entries, { today, count }) => {
        const series = minutesByAspiration(entries, monthsEnding(today, count));
        const ids = series.map((s) => s.aspirationId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const s of series) expect(sum(s.minutes)).toBeGreaterThan(0);
        if (ids.includes(null)) expect(ids.at(-1)).toBeNull();
        const linked = series.filter((s) => s.aspirationId !== null).map((s) => sum(s.minutes));
        for (let i = 1; i < linked.length; i += 1)
          expect(linked[i]).toBeLessThanOrEqual(linked[i - 1]!);
      }),
    );
  });

  it('does not depend on the order sessions are given in', () => {
    fc.assert(
      fc.property(logged(3), window, (entries, { today, count }) => {
        const months = monthsEnding(today, count);
        expect(minutesByAspiration([...entries].reverse(), months)).toEqual(
          minutesByAspiration(entries, months),
        );
      }),
    );
  });
});

describe('hoursOf', () => {
  it('keeps quarter hours exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (quarters) => {
        expect(hoursOf(quarters * 15)).toBe(quarters / 4);
      }),
    );
    expect(hoursOf(10)).toBe(0.17);
  });
});
