import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from './emotions';
import {
  type ReactionFacts,
  reactionPatterns,
  STOP_WORDS,
  TOP_PATTERNS,
  triggerWords,
} from './reaction-patterns';

/** A small vocabulary, so words repeat across reactions; stop words and noise mixed in. */
const VOCABULARY = [
  'boss',
  'Email',
  'LATE',
  'meeting',
  'traffic',
  'kids',
  'deadline',
  'criticism',
  'the',
  'I',
  'again',
  'my',
  "didn't",
  'partner’s',
  '42',
  'x',
  'café',
];
const trigger = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 })
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', ', ', '! ', ' — ', '\n'), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
  );
const reaction: fc.Arbitrary<ReactionFacts> = fc.record({
  trigger,
  emotions: fc.uniqueArray(fc.constantFrom(...EMOTIONS.slice(0, 8)), { maxLength: 4 }),
  intensity: fc.integer({ min: 0, max: 10 }),
});
const reactions = fc.array(reaction, { maxLength: 30 });

const intensities = (list: ReactionFacts[]) => list.map((r) => r.intensity);

describe('triggerWords', () => {
  it('keeps the meaningful words, lowercase, once each', () => {
    expect(triggerWords('My boss’s email, AGAIN! The boss is late; late 2 times.')).toEqual([
      'boss',
      'email',
      'late',
      'times',
    ]);
    expect(triggerWords("I don't know, I can't")).toEqual(['know']);
    expect(triggerWords('Café au lait spilled')).toEqual(['café', 'au', 'lait', 'spilled']);
  });

  it('never returns stop words, capitals, numbers or duplicates, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(trigger, fc.string({ maxLength: 200 })), (text) => {
        const words = triggerWords(text);
        expect(new Set(words).size).toBe(words.length);
        for (const word of words) {
          expect(STOP_WORDS.has(word)).toBe(false);
          expect(word).toBe(word.toLowerCase());
          expect(word.length).toBeGreaterThanOrEqual(2);
          expect(word).not.toMatch(/^\p{N}+$/u);
        }
        expect(triggerWords(text.toUpperCase())).toEqual(triggerWords(text.toLowerCase()));
      }),
    );
  });
});

describe('reactionPatterns', () => {
  it('finds the words and emotions that come back, with mean intensity', () => {
    const patterns = reactionPatterns([
      { trigger: 'Boss interrupted me in the meeting', emotions: ['angry'], intensity: 8 },
      { trigger: 'Meeting ran late, late again', emotions: ['tired', 'angry'], intensity: 5 },
      { trigger: 'Traffic', emotions: ['frustrated'], intensity: 3 },
    ]);
    expect(patterns.triggerWords.slice(0, 2)).toEqual([
      { word: 'meeting', count: 2, meanIntensity: 6.5 },
      { word: 'boss', count: 1, meanIntensity: 8 },
    ]);
    expect(patterns.emotions).toEqual([
      { emotion: 'angry', count: 2, meanIntensity: 6.5 },
      { emotion: 'frustrated', count: 1, meanIntensity: 3 },
      { emotion: 'tired', count: 1, meanIntensity: 5 },
    ]);
    expect(reactionPatterns([])).toEqual({ triggerWords: [], emotions: [] });
  });

  it('counts each word in how many reactions hold it, and lists the most frequent', () => {
    fc.assert(
      fc.property(reactions, (list) => {
        const { triggerWords: words } = reactionPatterns(list);
        expect(words.length).toBeLessThanOrEqual(TOP_PATTERNS);
        const all = new Set(list.flatMap((r) => triggerWords(r.trigger)));
        expect(words.length).toBe(Math.min(TOP_PATTERNS, all.size));
        const countOf = (word: string) =>
          list.filter((r) => triggerWords(r.trigger).includes(word)).length;
        for (const { word, count, meanIntensity } of words) {
          const holding = list.filter((r) => triggerWords(r.trigger).includes(word));
          expect(count).toBe(holding.length);
          expect(meanIntensity).toBeGreaterThanOrEqual(Math.min(...intensities(holding)));
          expect(meanIntensity).toBeLessThanOrEqual(Math.max(...intensities(holding)));
        }
        for (let i = 1; i < words.length; i += 1)
          expect(words[i]!.count).toBeLessThanOrEqual(words[i - 1]!.count);
        const listed = new Set(words.map((w) => w.word));
        const floor = words.at(-1)?.count ?? 0;
        for (const word of all)
          if (!listed.has(word)) expect(countOf(word)).toBeLessThanOrEqual(floor);
      }),
    );
  });

  it('counts each emotion in how many reactions name it, with mean intensity in range', () => {
    fc.assert(
      fc.property(reactions, (list) => {
        const { emotions } = reactionPatterns(list);
        expect(emotions.length).toBeLessThanOrEqual(TOP_PATTERNS);
        for (const { emotion, count, meanIntensity } of emotions) {
          const naming = list.filter((r) => r.emotions.includes(emotion));
          expect(count).toBe(naming.length);
          expect(meanIntensity).toBeGreaterThanOrEqual(Math.min(...intensities(naming)));
          expect(meanIntensity).toBeLessThanOrEqual(Math.max(...intensities(naming)));
        }
        for (let i = 1; i < emotions.length; i += 1)
          expect(emotions[i]!.count).toBeLessThanOrEqual(emotions[i - 1]!.count);
      }),
    );
  });

  it('does not change when a trigger repeats itself, shouts, or reactions come in another order', () => {
    fc.assert(
      fc.property(reactions, (list) => {
        const expected = reactionPatterns(list);
        expect(
          reactionPatterns(list.map((r) => ({ ...r, trigger: `${r.trigger} ${r.trigger}` }))),
        ).toEqual(expected);
        expect(
          reactionPatterns(list.map((r) => ({ ...r, trigger: r.trigger.toUpperCase() }))),
        ).toEqual(expected);
        expect(reactionPatterns([...list].reverse())).toEqual(expected);
      }),
    );
  });
});
