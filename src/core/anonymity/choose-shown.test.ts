import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallComputableSet } from './brute-force.fixtures';
import { chooseShown, type ShownProblem } from './choose-shown';

const problem: fc.Arbitrary<ShownProblem> = fc
  .record({
    k: fc.integer({ min: 3, max: 8 }),
    sizes: fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 9 }),
  })
  .chain(({ k, sizes }) =>
    fc.record({
      k: fc.constant(k),
      sizes: fc.constant(sizes),
      candidates: fc.array(
        fc.record({
          units: fc.uniqueArray(fc.nat({ max: sizes.length - 1 }), { maxLength: sizes.length }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    }),
  );

const peopleIn = (p: ShownProblem, units: readonly number[]) =>
  [...new Set(units)].reduce((total, unit) => total + (p.sizes[unit] ?? 0), 0);

describe('choosing the figures one response may show', () => {
  it('never lets a set of 1 to k − 1 people be computed from what it shows', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const shown = chooseShown(p);
        const rows = p.candidates.filter((_, i) => shown[i]).map((c) => c.units);
        expect(smallComputableSet(p.k, p.sizes, rows)).toBeNull();
        p.candidates.forEach((c, i) => {
          if (shown[i]) expect(peopleIn(p, c.units)).toBeGreaterThanOrEqual(p.k);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses nothing needlessly: showing any suppressed figure as well would break the rule', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const shown = chooseShown(p);
        const rows = p.candidates.filter((_, i) => shown[i]).map((c) => c.units);
        p.candidates.forEach((c, i) => {
          if (shown[i] || peopleIn(p, c.units) < p.k) return;
          expect(smallComputableSet(p.k, p.sizes, [...rows, c.units])).not.toBeNull();
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the earlier of two figures that together single out a few people', () => {
    const team = { units: [0, 1] };
    const teamMinusTwo = { units: [1] };
    expect(chooseShown({ k: 5, sizes: [2, 5], candidates: [team, teamMinusTwo] })).toEqual([
      true,
      false,
    ]);
    expect(chooseShown({ k: 5, sizes: [2, 5], candidates: [teamMinusTwo, team] })).toEqual([
      true,
      false,
    ]);
  });

  it('shows fixed figures whatever happens, and decides the others around them', () => {
    const shown = chooseShown({
      k: 5,
      sizes: [2, 5, 6],
      candidates: [{ units: [0, 1, 2], fixed: true }, { units: [1] }, { units: [2] }],
    });
    // 13 people shown in all; 5 of them alone leaves 8 (fine); then 6 more would leave 2.
    expect(shown).toEqual([true, true, false]);
  });

  it('suppresses what it could not finish checking, never shows it', () => {
    // Twelve people, one per unit; each "team" is everyone but two of them: many small sets to try.
    const sizes = Array.from({ length: 12 }, () => 1);
    const candidates = sizes.flatMap((_, a) =>
      sizes.flatMap((__, b) =>
        a < b ? [{ units: sizes.map((___, u) => u).filter((u) => u !== a && u !== b) }] : [],
      ),
    );
    const generous = chooseShown({ k: 3, sizes, candidates });
    const starved = chooseShown({ k: 3, sizes, candidates, budget: 1 });
    starved.forEach((shown, i) => {
      if (shown) expect(generous[i]).toBe(true);
    });
    expect(starved.filter(Boolean).length).toBeLessThanOrEqual(generous.filter(Boolean).length);
  });
});
