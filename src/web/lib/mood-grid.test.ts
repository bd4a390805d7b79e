import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOOD_MAX, MOOD_MIN, moveOnGrid, quadrantOf } from './mood-grid';

const level = fc.integer({ min: MOOD_MIN, max: MOOD_MAX });
const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

describe('the mood grid', () => {
  it('moves one step per arrow and never leaves the grid', () => {
    fc.assert(
      fc.property(level, level, fc.constantFrom(...keys), (pleasantness, energy, key) => {
        const next = moveOnGrid({ pleasantness, energy }, key)!;
        for (const value of [next.pleasantness, next.energy]) {
          expect(value).toBeGreaterThanOrEqual(MOOD_MIN);
          expect(value).toBeLessThanOrEqual(MOOD_MAX);
        }
        if (key.startsWith('Arrow')) {
          const moved = Math.abs(next.pleasantness - pleasantness) + Math.abs(next.energy - energy);
          expect(moved).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('maps arrows to the axes and ignores other keys', () => {
    expect(moveOnGrid({ pleasantness: 0, energy: 0 }, 'ArrowUp')).toEqual({
      pleasantness: 0,
      energy: 1,
    });
    expect(moveOnGrid({ pleasantness: 0, energy: 0 }, 'ArrowLeft')).toEqual({
      pleasantness: -1,
      energy: 0,
    });
    expect(moveOnGrid({ pleasantness: 0, energy: 0 }, 'a')).toBeNull();
  });

  it('names the quadrant', () => {
    expect(quadrantOf({ pleasantness: 3, energy: -2 })).toBe('pleasant_low');
    expect(quadrantOf({ pleasantness: -1, energy: 4 })).toBe('unpleasant_high');
    expect(quadrantOf({ pleasantness: 0, energy: 0 })).toBe('pleasant_high');
  });
});
