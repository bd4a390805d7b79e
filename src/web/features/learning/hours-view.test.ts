import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearningHours } from '../../../contracts/learning';
import { hoursView, MIN_MONTHS, NAMED_SERIES, roundHours } from './hours-view';

const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/** Hours as the server sends them (whole minutes as hours to two decimals), often none. */
const hours = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 24 * 60 * 31 }).map((minutes) => roundHours(minutes / 60)),
);

const data: fc.Arbitrary<LearningHours> = fc
  .tuple(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 9 }), fc.boolean())
  .chain(([ids, unlinked]) =>
    fc
      .tuple(
        ...[...ids, ...(unlinked ? [null] : [])].map((id) =>
          fc.array(hours, { minLength: MONTHS.length, maxLength: MONTHS.length }).map((h) => ({
            aspirationId: id,
            title: id ?? 'Not linked',
            hours: h,
          })),
        ),
      )
      .map((series) => ({ months: MONTHS, series })),
  );

const order = { named: 0, other: 1, none: 2 } as const;

const monthTotal = (series: { hours: number[] }[], i: number) =>
  series.reduce((total, s) => total + (s.hours[i] ?? 0), 0);

describe('hoursView', () => {
  it('keeps every month’s hours, whatever is folded into "other"', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 6 }), (input, named) => {
        const view = hoursView(input, named);
        const from = MONTHS.length - view.months.length;
        MONTHS.forEach((month, i) => {
          const row = view.rows[i - from];
          if (!row) {
            expect(monthTotal(input.series, i)).toBe(0);
            return;
          }
          expect(row.month).toBe(month);
          const drawn = Object.values(row.hours).reduce((a, b) => a + b, 0);
          expect(drawn).toBeCloseTo(monthTotal(input.series, i), 6);
        });
      }),
    );
  });

  it('leaves out the months before the first with time, down to the last six', () => {
    fc.assert(
      fc.property(data, (input) => {
        const view = hoursView(input);
        expect(view.months).toEqual(MONTHS.slice(MONTHS.length - view.months.length));
        expect(view.months.length).toBeGreaterThanOrEqual(MIN_MONTHS);
        const first = MONTHS.indexOf(view.months[0]!);
        if (view.months.length > MIN_MONTHS)
          expect(monthTotal(input.series, first)).toBeGreaterThan(0);
      }),
    );
  });

  it('labels every month up to six, else every other one, always this month', () => {
    fc.assert(
      fc.property(data, (input) => {
        const { months, ticks } = hoursView(input);
        expect(ticks.at(-1)).toBe(months.at(-1));
        expect(ticks.every((tick) => months.includes(tick))).toBe(true);
        expect(ticks.length).toBe(
          months.length <= MIN_MONTHS ? months.length : Math.ceil(months.length / 2),
        );
      }),
    );
  });

  it('names at most `named` aspirations, then "other", then "not linked", none of them empty', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 6 }), (input, named) => {
        const view = hoursView(input, named);
        const kinds = view.series.map((s) => s.kind);
        expect(kinds.filter((k) => k === 'named').length).toBeLessThanOrEqual(named);
        expect(kinds).toEqual([...kinds].sort((a, b) => order[a] - order[b]));
        for (const s of view.series) {
          expect(s.total).toBeGreaterThan(0);
          expect(s.total).toBeCloseTo(
            s.hours.reduce((a, b) => a + b, 0),
            6,
          );
        }
        expect(new Set(view.series.map((s) => s.key)).size).toBe(view.series.length);
      }),
    );
  });

  it('keeps the server’s order (most time first) for the named aspirations', () => {
    const view = hoursView({
      months: ['2026-10', '2026-11'],
      series: [
        { aspirationId: 'b', title: 'Coach, not fix', hours: [1, 2.5] },
        { aspirationId: 'a', title: 'Run a half', hours: [0, 1.25] },
        { aspirationId: 'c', title: 'Quiet', hours: [0, 0] },
        { aspirationId: null, title: 'Not linked', hours: [0.5, 0] },
      ],
    });
    expect(view.series.map((s) => [s.key, s.kind, s.title, s.total])).toEqual([
      ['a0', 'named', 'Coach, not fix', 3.5],
      ['a1', 'named', 'Run a half', 1.25],
      ['none', 'none', '', 0.5],
    ]);
    expect(view.rows).toEqual([
      { month: '2026-10', hours: { a0: 1, a1: 0, none: 0.5 } },
      { month: '2026-11', hours: { a0: 2.5, a1: 1.25, none: 0 } },
    ]);
  });

  it('sums the aspirations beyond the named ones, to two decimals', () => {
    const series = Array.from({ length: NAMED_SERIES + 2 }, (_, i) => ({
      aspirationId: `id${i}`,
      title: `A${i}`,
      hours: [i === NAMED_SERIES ? 0.1 : 0.2],
    }));
    const view = hoursView({ months: ['2026-11'], series });
    expect(view.series.at(-1)).toMatchObject({ key: 'other', hours: [0.3], total: 0.3 });
  });
});
