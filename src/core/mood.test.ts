import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOOD_DEGREES, MOOD_LEVEL_MAX, MOOD_LEVEL_MIN, moodInWords } from './mood';

const level = fc.integer({ min: MOOD_LEVEL_MIN, max: MOOD_LEVEL_MAX });
const point = fc.record({ pleasantness: level, energy: level });

describe('a mood in words', () => {
  it('says the examples as a person would', () => {
    expect(moodInWords({ pleasantness: -2, energy: 3 }, ['anxious'])).toEqual({
      pleasantness: 'a_bit_unpleasant',
      energy: 'quite_energetic',
      feelings: ['anxious'],
    });
    expect(moodInWords({ pleasantness: 0, energy: 0 })).toEqual({
      pleasantness: 'neutral',
      energy: 'neutral',
      feelings: [],
    });
    expect(moodInWords({ pleasantness: 5, energy: -1 })).toMatchObject({
      pleasantness: 'extremely_pleasant',
      energy: 'slightly_low',
    });
  });

  it('gives distinct points of the grid distinct words', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const same = a.pleasantness === b.pleasantness && a.energy === b.energy;
        const wordsA = moodInWords(a);
        const wordsB = moodInWords(b);
        expect(wordsA.pleasantness === wordsB.pleasantness && wordsA.energy === wordsB.energy).toBe(
          same,
        );
      }),
    );
  });

  it('takes the side from the sign and grows one degree per step from the middle', () => {
    fc.assert(
      fc.property(point, ({ pleasantness, energy }) => {
        const words = moodInWords({ pleasantness, energy });
        if (pleasantness === 0) expect(words.pleasantness).toBe('neutral');
        else
          expect(words.pleasantness).toBe(
            `${MOOD_DEGREES[Math.abs(pleasantness) - 1]}_${pleasantness > 0 ? 'pleasant' : 'unpleasant'}`,
          );
        if (energy === 0) expect(words.energy).toBe('neutral');
        else
          expect(words.energy).toBe(
            `${MOOD_DEGREES[Math.abs(energy) - 1]}_${energy > 0 ? 'energetic' : 'low'}`,
          );
      }),
    );
  });

  it('keeps the named feelings in their order, and reads levels beyond the ends as the ends', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 6, max: 100 }), (feelings, beyond) => {
        expect(moodInWords({ pleasantness: 1, energy: 1 }, feelings).feelings).toEqual(feelings);
        expect(moodInWords({ pleasantness: beyond, energy: -beyond })).toMatchObject({
          pleasantness: 'extremely_pleasant',
          energy: 'extremely_low',
        });
      }),
    );
  });
});
