/**
 * The emotion vocabulary: about 40 words, grouped on the two axes of the mood grid
 * (pleasantness and energy), so naming a feeling is a choice among near neighbours.
 */
export const EMOTION_GROUPS = {
  pleasant_high: [
    'joyful',
    'excited',
    'inspired',
    'proud',
    'hopeful',
    'curious',
    'energized',
    'playful',
    'confident',
    'grateful',
  ],
  pleasant_low: [
    'calm',
    'content',
    'relieved',
    'peaceful',
    'tender',
    'secure',
    'relaxed',
    'thoughtful',
    'connected',
    'at_ease',
  ],
  unpleasant_high: [
    'anxious',
    'angry',
    'frustrated',
    'overwhelmed',
    'stressed',
    'irritated',
    'afraid',
    'jealous',
    'restless',
    'embarrassed',
  ],
  unpleasant_low: [
    'sad',
    'tired',
    'lonely',
    'disappointed',
    'bored',
    'discouraged',
    'ashamed',
    'guilty',
    'numb',
    'hurt',
  ],
} as const;

export type EmotionGroup = keyof typeof EMOTION_GROUPS;
export type Emotion = (typeof EMOTION_GROUPS)[EmotionGroup][number];

export const EMOTIONS: readonly Emotion[] = Object.values(EMOTION_GROUPS).flat();

export function isEmotion(word: string): word is Emotion {
  return (EMOTIONS as readonly string[]).includes(word);
}

/** The group an emotion belongs to. */
export function groupOf(emotion: Emotion): EmotionGroup {
  return (Object.keys(EMOTION_GROUPS) as EmotionGroup[]).find((g) =>
    (EMOTION_GROUPS[g] as readonly string[]).includes(emotion),
  ) as EmotionGroup;
}
