import type { EmotionGroup } from '../../core/emotions';

export const MOOD_MIN = -5;
export const MOOD_MAX = 5;

export interface MoodPoint {
  pleasantness: number;
  energy: number;
}

const clamp = (value: number) => Math.min(MOOD_MAX, Math.max(MOOD_MIN, value));

/**
 * Where an arrow key moves on the mood grid: left and right change pleasantness, up and down
 * energy, Home and End go to the ends of the row; null for any other key. Stops at the edges.
 *
 * @example moveOnGrid({ pleasantness: 5, energy: 0 }, 'ArrowRight') // { pleasantness: 5, energy: 0 }
 */
export function moveOnGrid(point: MoodPoint, key: string): MoodPoint | null {
  const { pleasantness: p, energy: e } = point;
  switch (key) {
    case 'ArrowLeft':
      return { pleasantness: clamp(p - 1), energy: e };
    case 'ArrowRight':
      return { pleasantness: clamp(p + 1), energy: e };
    case 'ArrowUp':
      return { pleasantness: p, energy: clamp(e + 1) };
    case 'ArrowDown':
      return { pleasantness: p, energy: clamp(e - 1) };
    case 'Home':
      return { pleasantness: MOOD_MIN, energy: e };
    case 'End':
      return { pleasantness: MOOD_MAX, energy: e };
    default:
      return null;
  }
}

/** The quadrant of the grid a point lies in; the middle lines count as pleasant and high. */
export function quadrantOf(point: MoodPoint): EmotionGroup {
  const pleasant = point.pleasantness >= 0 ? 'pleasant' : 'unpleasant';
  const energy = point.energy >= 0 ? 'high' : 'low';
  return `${pleasant}_${energy}`;
}
