import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from './emotions';
import { keywords } from './language/keywords';
import {
  type ReactionFacts,
  MIN_REACTIONS,
  reactionPatterns,
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
  it('keeps the keywords, lowercase lemmas, once each', () => {
    expect(triggerWords('My boss’s emails, AGAIN! The boss is late; late 2 times.')).toEqual([
      'boss',
      'email',
      'late',
      'time',
    ]);
    expect(triggerWords("I don't know, I can't")).toEqual(['know']);
    expect(triggerWords('Kids fighting at breakfast')).toEqual(['kids', 'fight', 'breakfast']);
  });

  it('leaves out names, reporting verbs and adverbs such as "already"', () => {
    const words = triggerWords('Sam said the report was already late. I told Priya it was fine.');
    expect(words).toEqual(['report', 'late', 'fine']);
  });

  it('leaves out names at the start of a sentence too, but keeps words the model knows', () => {
    expect(triggerWords('Priya interrupted me again')).toEqual(['interrupt']);
    expect(triggerWords('Sarah and John were late.')).toEqual(['late']);
    expect(triggerWords('Kids fighting. Boss yelled.')).toEqual(['kids', 'fight', 'boss', 'yell']);
  });

  it('never lets names, "said" or "already" top the patterns', () => {
    const triggers = [
      'Priya said the deadline moved again',
      'Priya already cancelled the meeting',
      'Meeting with Priya and Tomasz ran late',
      'Tomasz said my deadline was unrealistic',
      'Priya interrupted me in the meeting',
      'Amara already took the credit for the deadline work',
      'Priya ignored the deadline',
    ];
    const { triggerWords: top } = reactionPatterns(
      triggers.map((trigger) => ({ trigger, emotions: ['angry'], intensity: 6 })),
    );
    expect(top.map((w) => w.word)).toEqual(['deadline', 'meeting']);
    for (const word of ['priya', 'tomasz', 'amara', 'say', 'said', 'already'])
      expect(top.map((w) => w.word)).not.toContain(word);
  });

  it('leaves out the people the app knows and names written in capitals elsewhere, in any case', () => {
    const triggers = [
      'priya moved the deadline again',
      'meeting with tomasz ran over the deadline',
      'priya cancelled the meeting',
      'Standup with Tomasz: deadline slipped',
      'tomasz took the credit for the meeting',
      'amara ignored the deadline in the meeting',
      'amara interrupted me',
      'amara missed the meeting',
    ];
    const facts = triggers.map((trigger) => ({ trigger, emotions: ['angry'], intensity: 6 }));
    const words = (people: string[]) =>
      reactionPatterns(facts, { people }).triggerWords.map((w) => w.word);
    // Written "Tomasz" once: a name in every trigger. Priya and Amara are colleagues.
    expect(words(['Priya Shah', 'Amara Okafor'])).toEqual(['meeting', 'deadline']);
    // Without knowing her, a name only ever written in lower case can come through.
    expect(words([])).toEqual(['meeting', 'deadline', 'amara']);
    expect(triggerWords('priya cancelled the meeting', new Set(['priya']))).toEqual([
      'cancel',
      'meeting',
    ]);
  });

  it('never returns capitals, numbers, single letters or duplicates, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(trigger, fc.string({ maxLength: 200 })), (text) => {
        const words = triggerWords(text);
        expect(new Set(words).size).toBe(words.length);
        for (const word of words) {
          expect(word).toBe(word.toLowerCase());
          expect(word.length).toBeGreaterThanOrEqual(2);
          expect(word).not.toMatch(/\p{N}/u);
          expect(['the', 'my', 'again', 'i', "didn't", 'said', 'already']).not.toContain(word);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('reactionPatterns', () => {
  it('finds the words and emotions that come back in at least three reactions', () => {
    const patterns = reactionPatterns([
      { trigger: 'Boss interrupted me in the meeting', emotions: ['angry'], intensity: 8 },
      { trigger: 'Meeting ran late, late again', emotions: ['tired', 'angry'], intensity: 5 },
      { trigger: 'Another meeting about the boss', emotions: ['angry'], intensity: 2 },
      { trigger: 'Traffic', emotions: ['frustrated'], intensity: 3 },
    ]);
    expect(patterns.triggerWords).toEqual([{ word: 'meeting', count: 3, meanIntensity: 5 }]);
    expect(patterns.emotions).toEqual([{ emotion: 'angry', count: 3, meanIntensity: 5 }]);
    expect(reactionPatterns([])).toEqual({ triggerWords: [], emotions: [] });
  });

  it('counts each word in how many reactions hold it, and lists the most frequent', () => {
    fc.assert(
      fc.property(reactions, (list) => {
        const { triggerWords: words } = reactionPatterns(list);
        // A word some trigger writes as a name is no trigger word in any of them.
        const names = new Set(list.flatMap((r) => keywords(r.trigger).names));
        expect(words.length).toBeLessThanOrEqual(TOP_PATTERNS);
        const countOf = (word: string) =>
          list.filter((r) => triggerWords(r.trigger, names).includes(word)).length;
        const all = new Set(
          list
            .flatMap((r) => triggerWords(r.trigger, names))
            .filter((w) => countOf(w) >= MIN_REACTIONS),
        );
        expect(words.length).toBe(Math.min(TOP_PATTERNS, all.size));
        for (const { word, count, meanIntensity } of words) {
          const holding = list.filter((r) => triggerWords(r.trigger, names).includes(word));
          expect(count).toBe(holding.length);
          expect(count).toBeGreaterThanOrEqual(MIN_REACTIONS);
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
          expect(count).toBeGreaterThanOrEqual(MIN_REACTIONS);
          expect(meanIntensity).toBeGreaterThanOrEqual(Math.min(...intensities(naming)));
          expect(meanIntensity).toBeLessThanOrEqual(Math.max(...intensities(naming)));
        }
        for (let i = 1; i < emotions.length; i += 1)
          expect(emotions[i]!.count).toBeLessThanOrEqual(emotions[i - 1]!.count);
      }),
    );
  });

  it('does not change when reactions come in another order', () => {
    fc.assert(
      fc.property(reactions, (list) => {
        const expected = reactionPatterns(list);
        expect(reactionPatterns([...list].reverse())).toEqual(expected);
      }),
    );
  });
});
