import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUCKET_FLOORS,
  meanFigure,
  PERCENT_BUCKETS,
  percentBucket,
  periodMean,
} from './statistics';
import {
  addSums,
  atomSignature,
  contributionOf,
  isEmptySums,
  NO_RUNNING_SUMS,
  signatureInPeriod,
  signatureParts,
  withRunningSums,
} from './statistics-summary';

const figure = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
const keptWeek = fc.record({
  week: fc.constant('2026-W01'),
  reflections: fc.nat(5),
  checkIns: fc.nat(9),
  strength: figure,
  learningMinutes: fc.nat(300),
  feedbackRequested: fc.nat(3),
  feedbackGiven: fc.nat(3),
  assessments: fc.nat(3),
  tensionSum: fc.integer({ min: -30, max: 30 }),
  movedToward: fc.nat(3),
  alignment: figure,
});
/** A weekly figure as the rollups keep it: 0–100 with one decimal, or none. */
const tenths = fc.option(
  fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
  { nil: null },
);
/** Figures whose mean is exactly on a bucket floor, in pairs around it: 55.5 and 64.5 → 60. */
const onAFloor = fc
  .tuple(fc.constantFrom(...BUCKET_FLOORS), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }))
  .map(([floor, aways]) =>
    aways.flatMap((away) => {
      const tenthsAway = away % (Math.min(floor, 100 - floor) * 10 + 1);
      return [(floor * 10 + tenthsAway) / 10, (floor * 10 - tenthsAway) / 10];
    }),
  );

describe('statistics summary', () => {
  it('gives any period’s mean strength and alignment from the running sums at its two ends, equal to the raw mean and in the same bucket', () => {
    const weekFigures = fc.oneof(
      fc.array(tenths, { maxLength: 60 }),
      onAFloor,
      fc.tuple(fc.array(tenths, { maxLength: 20 }), onAFloor, fc.array(tenths, { maxLength: 20 })),
    );
    fc.assert(
      fc.property(weekFigures, weekFigures, fc.nat(), fc.nat(), (strengths, aligned, a, b) => {
        const flat = (x: typeof strengths | [unknown[], unknown[], unknown[]]) =>
          (x as unknown[]).flat() as (number | null)[];
        const s = flat(strengths);
        const al = flat(aligned);
        const length = Math.max(s.length, al.length);
        const weeks = Array.from({ length }, (_, i) => ({
          strength: s[i] ?? null,
          alignment: al[i] ?? null,
        }));
        const sums = withRunningSums(weeks);
        const first = length === 0 ? 0 : a % length;
        const last = length === 0 ? -1 : first + (b % (length - first));
        const before = first === 0 ? NO_RUNNING_SUMS : sums[first - 1]!;
        const end = last < 0 ? NO_RUNNING_SUMS : sums[last]!;
        const period = weeks.slice(first, last + 1);
        for (const [key, total, count] of [
          ['strength', 'strengthTotal', 'strengthWeeks'],
          ['alignment', 'alignmentTotal', 'alignmentWeeks'],
        ] as const) {
          const n = end[count] - before[count];
          expect(n).toBe(period.filter((w) => w[key] !== null).length);
          const raw = meanFigure(period.map((w) => w[key]));
          const fromSums = periodMean(end[total] - before[total], n);
          expect(fromSums).toBe(raw);
          expect(percentBucket(fromSums)).toBe(percentBucket(raw));
        }
      }),
    );
  });

  it('puts a mean exactly on a bucket floor in that bucket, however its sum was added up', () => {
    fc.assert(
      fc.property(onAFloor, fc.constantFrom(0, 2, 7), (figures, offset) => {
        const floor = meanFigure(figures)!;
        expect(BUCKET_FLOORS).toContain(floor);
        // Running sums that started elsewhere differ from the figures' sum in the last bits.
        const base = { ...NO_RUNNING_SUMS, strengthTotal: offset + 0.1 + 0.2 };
        const weeks = figures.map((strength) => ({ strength, alignment: null }));
        const end = withRunningSums(weeks, base).at(-1)!;
        expect(periodMean(end.strengthTotal - base.strengthTotal, figures.length)).toBe(floor);
        expect(percentBucket(floor)).toBe(
          PERCENT_BUCKETS[(BUCKET_FLOORS as readonly number[]).indexOf(floor)],
        );
      }),
    );
    expect(meanFigure([55.5, 64.5])).toBe(60);
    expect(periodMean(119.99999999999, 2)).toBe(60);
    expect(meanFigure([null, null])).toBeNull();
  });

  it('continues running sums from a base as if the weeks before had been summed with them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ strength: figure, alignment: figure }), { maxLength: 30 }),
        fc.array(fc.record({ strength: figure, alignment: figure }), {
          minLength: 1,
          maxLength: 30,
        }),
        (earlier, later) => {
          const all = withRunningSums([...earlier, ...later]);
          const base = earlier.length === 0 ? NO_RUNNING_SUMS : all[earlier.length - 1]!;
          expect(withRunningSums(later, base)).toEqual(all.slice(earlier.length));
        },
      ),
    );
  });

  it('adds a week to its atom and takes it out again to nothing; a kept week is one active person', () => {
    fc.assert(
      fc.property(keptWeek, (week) => {
        const sums = contributionOf(week);
        expect(sums.active).toBe(1);
        for (const [people, total] of [
          ['reflectors', 'reflections'],
          ['checkers', 'checkIns'],
          ['learners', 'minutes'],
          ['assessors', 'assessments'],
        ] as const) {
          expect(sums[people]).toBe(sums[total] > 0 ? 1 : 0);
        }
        expect(isEmptySums(addSums(sums, sums, -1))).toBe(true);
        expect(isEmptySums(sums)).toBe(false);
      }),
    );
  });

  it('names an atom by its sets: any order or repetition gives one signature, and a period keeps only its programs', () => {
    const ids = fc.array(fc.constantFrom<string>('a', 'b', 'c', 'd'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, ids, (teams, programs, period) => {
        const signature = atomSignature(teams, programs);
        expect(atomSignature([...teams].reverse(), [...programs, ...programs])).toBe(signature);
        const parts = signatureParts(signature);
        expect(new Set(parts.teamIds)).toEqual(new Set(teams));
        expect(new Set(parts.programIds)).toEqual(new Set(programs));
        const seen = signatureInPeriod(signature, new Set(period));
        expect(signatureParts(seen).teamIds).toEqual(parts.teamIds);
        expect(signatureParts(seen).programIds).toEqual(
          parts.programIds.filter((p) => period.includes(p)),
        );
      }),
    );
  });
});
