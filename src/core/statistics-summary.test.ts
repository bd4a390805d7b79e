import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentBucket } from './statistics';
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
const mean = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

describe('statistics summary', () => {
  it('gives any period’s mean strength and alignment from the running sums at its two ends, in the same bucket', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ strength: figure, alignment: figure }), { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (weeks, a, b) => {
          const sums = withRunningSums(weeks);
          const first = weeks.length === 0 ? 0 : a % weeks.length;
          const last = weeks.length === 0 ? -1 : first + (b % (weeks.length - first));
          const before = first === 0 ? NO_RUNNING_SUMS : sums[first - 1]!;
          const end = last < 0 ? NO_RUNNING_SUMS : sums[last]!;
          const period = weeks.slice(first, last + 1);
          for (const [key, total, count] of [
            ['strength', 'strengthTotal', 'strengthWeeks'],
            ['alignment', 'alignmentTotal', 'alignmentWeeks'],
          ] as const) {
            const n = end[count] - before[count];
            const direct = mean(period.map((w) => w[key]));
            expect(n).toBe(period.filter((w) => w[key] !== null).length);
            if (direct === null) continue;
            const fromSums = (end[total] - before[total]) / n;
            expect(fromSums).toBeCloseTo(direct, 6);
            // Away from a bucket's edge, the bucket is the same.
            if (Math.abs(direct - Math.round(direct / 20) * 20) > 1e-6) {
              expect(percentBucket(fromSums)).toBe(percentBucket(direct));
            }
          }
        },
      ),
    );
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
