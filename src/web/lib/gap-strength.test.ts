import { describe, expect, it } from 'vitest';
import { gapStrength } from './gap-strength';

describe('gapStrength', () => {
  it('grows with the size of the gap, whichever way it points', () => {
    expect([null, 0, 1, 2, 3, 4, 5, 6, 7, 10].map(gapStrength)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(gapStrength(-3)).toBe(2);
  });
});
