import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnonymousFigure, MinGroupSize } from '../../contracts/anonymity';
import { DEFAULT_MIN_GROUP_SIZE, isMinGroupSize } from './min-group-size';

describe('the minimum group size k', () => {
  it('is a whole number from 3 to 50, 5 by default', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double(), fc.string()), (k) => {
        const valid = typeof k === 'number' && Number.isInteger(k) && k >= 3 && k <= 50;
        expect(isMinGroupSize(k)).toBe(valid);
        expect(MinGroupSize.safeParse(k).success).toBe(valid);
      }),
    );
    expect(MinGroupSize.parse(undefined)).toBe(DEFAULT_MIN_GROUP_SIZE);
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(5);
  });

  it('goes with figures that are a number or null and suppressed, never both', () => {
    expect(AnonymousFigure.safeParse({ value: 0, suppressed: false }).success).toBe(true);
    expect(AnonymousFigure.safeParse({ value: null, suppressed: true }).success).toBe(true);
    expect(AnonymousFigure.safeParse({ value: 0, suppressed: true }).success).toBe(false);
    expect(AnonymousFigure.safeParse({ value: null, suppressed: false }).success).toBe(false);
  });
});
