import type { TFunction } from '../../lib/words';

/** A level's key in the locale files: '1' (tell) … '7' (delegate). */
export type LevelKey = '1' | '2' | '3' | '4' | '5' | '6' | '7';

/** The seven levels, 1 (tell) … 7 (delegate). */
export const LEVELS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];

const keyOf = (level: number) => String(level) as LevelKey;

/** A level's name, e.g. 4 → "Agree". */
export function levelName(level: number, t: TFunction): string {
  return t(`delegation.levels.${keyOf(level)}.name`);
}

/** What a level means for who decides, in one sentence. */
export function levelMeaning(level: number, t: TFunction): string {
  return t(`delegation.levels.${keyOf(level)}.meaning`);
}

/** A level with its number, e.g. "4 · Agree". */
export function levelLabel(level: number, t: TFunction): string {
  return t('delegation.level', { level, name: levelName(level, t) });
}
