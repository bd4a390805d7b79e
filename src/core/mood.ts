/**
 * A mood said in words instead of numbers: each axis of the mood grid (pleasantness and energy,
 * −5..5) as a degree and a side, and the feelings the person named. The words themselves live in
 * the interface's language files; this decides which ones.
 */

export const MOOD_LEVEL_MIN = -5;
export const MOOD_LEVEL_MAX = 5;

/** How far from the middle of an axis, one word per step: 1 slightly … 5 extremely. */
export const MOOD_DEGREES = ['slightly', 'a_bit', 'quite', 'very', 'extremely'] as const;
export type MoodDegree = (typeof MOOD_DEGREES)[number];

export type PleasantnessWord = 'neutral' | `${MoodDegree}_${'pleasant' | 'unpleasant'}`;
export type EnergyWord = 'neutral' | `${MoodDegree}_${'energetic' | 'low'}`;

/** A mood in words: one per axis, and the named feelings in the order they were named. */
export interface MoodInWords {
  pleasantness: PleasantnessWord;
  energy: EnergyWord;
  feelings: readonly string[];
}

function degreeOf(level: number): MoodDegree {
  const steps = Math.min(Math.abs(Math.round(level)), MOOD_LEVEL_MAX);
  return MOOD_DEGREES[steps - 1] ?? 'slightly';
}

/**
 * The words for a mood: 0 is the middle of an axis ("neutral"), and each step away from it one
 * degree stronger, on the side of its sign. Levels outside −5..5 count as the end of the axis.
 * Distinct points of the grid get distinct pairs of words.
 *
 * @example moodInWords({ pleasantness: -2, energy: 3 }, ['anxious'])
 * // { pleasantness: 'a_bit_unpleasant', energy: 'quite_energetic', feelings: ['anxious'] }
 */
export function moodInWords(
  mood: { pleasantness: number; energy: number },
  feelings: readonly string[] = [],
): MoodInWords {
  const pleasantness: PleasantnessWord =
    Math.round(mood.pleasantness) === 0
      ? 'neutral'
      : `${degreeOf(mood.pleasantness)}_${mood.pleasantness > 0 ? 'pleasant' : 'unpleasant'}`;
  const energy: EnergyWord =
    Math.round(mood.energy) === 0
      ? 'neutral'
      : `${degreeOf(mood.energy)}_${mood.energy > 0 ? 'energetic' : 'low'}`;
  return { pleasantness, energy, feelings: [...feelings] };
}
