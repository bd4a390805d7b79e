import type { TFunction } from './words';
import { moodInWords } from '../../core/mood';
import type { MoodPoint } from './mood-grid';

/**
 * A mood as a person would say it, in the interface's words (`mood.inWords` of en.json), from
 * `moodInWords` in core: "a bit unpleasant, quite energetic", and then any named feelings
 * ("a bit unpleasant, quite energetic — anxious, restless"). Lower case, to sit inside a
 * sentence; `capitalized` for a line of its own. The one way a mood is shown in words.
 */
export function moodSentence(
  mood: MoodPoint,
  t: TFunction,
  options: { feelings?: readonly string[]; capitalized?: boolean } = {},
): string {
  const words = moodInWords(mood, options.feelings);
  const axes = {
    pleasantness: t(`mood.inWords.pleasantness.${words.pleasantness}` as 'mood.inWords.axes'),
    energy: t(`mood.inWords.energy.${words.energy}` as 'mood.inWords.axes'),
  };
  const sentence =
    words.feelings.length > 0
      ? t('mood.inWords.withFeelings', {
          ...axes,
          feelings: words.feelings
            .map((word) => t(`emotions.${word}` as 'emotions.calm'))
            .join(', '),
        })
      : t('mood.inWords.axes', axes);
  return options.capitalized ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;
}
