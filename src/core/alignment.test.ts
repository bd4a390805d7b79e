import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignment } from './alignment';

describe('alignment', () => {
  it('is the mean rating × 10, in percent', () => {
    expect(alignment([7, 8])).toBe(75);
    expect(alignment([10, 10, 10])).toBe(100);
    expect(alignment([0])).toBe(0);
    expect(alignment([7, 7, 8])).toBe(73.3);
    expect(alignment([])).toBeNull();
  });

  it('stays within 0–100 and between the lowest and highest rating × 10', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 20 }),
        (ratings) => {
          const a = alignment(ratings)!;
          expect(a).toBeGreaterThanOrEqual(Math.min(...ratings) * 10 - 0.05);
          expect(a).toBeLessThanOrEqual(Math.max(...ratings) * 10 + 0.05);
        },
      ),
    );
  });

  it('does not depend on the order of the ratings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 20 }),
        (ratings) => {
          expect(alignment([...ratings].reverse())).toBe(alignment(ratings));
        },
      ),
    );
  });
});
