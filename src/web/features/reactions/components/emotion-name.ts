import type { TFunction } from '../../../lib/words';
import { isEmotion } from '../../../../core/emotions';

/** An emotion word of the shared vocabulary in the interface's language (others as they are). */
export function emotionName(word: string, t: TFunction): string {
  return isEmotion(word) ? t(`emotions.${word}`) : word;
}
