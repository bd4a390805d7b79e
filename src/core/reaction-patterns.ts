/**
 * Patterns in the reaction log: which words keep coming back in what sets a person off, and which
 * emotions follow, with how strong they were. Seeing the pattern is the first step from reacting
 * to responding.
 */
import { keywords, nameParts } from './language/keywords';

/**
 * The keywords of a trigger, in order of first appearance: nouns, verbs and adjectives as
 * lower-case lemmas, stop words (wink-nlp's English list), names, adverbs such as "already" and
 * reporting verbs such as "said" left out; so are the words of `names` (lower case), however the
 * trigger writes them. Example: `"My boss's emails, again!"` → `['boss', 'email']`.
 */
export function triggerWords(text: string, names: ReadonlySet<string> = new Set()): string[] {
  return keywords(text).words.filter((word) => !names.has(word));
}

/** No pattern is drawn from fewer reactions than this. */
export const MIN_REACTIONS = 3;

/** The facts of one logged reaction that patterns are drawn from. */
export type ReactionFacts = {
  trigger: string;
  emotions: readonly string[];
  /** 0–10. */
  intensity: number;
};

export type WordCount = { word: string; count: number; meanIntensity: number };
export type EmotionCount = { emotion: string; count: number; meanIntensity: number };
export type ReactionPatterns = { triggerWords: WordCount[]; emotions: EmotionCount[] };

/** How many entries each list holds at most. */
export const TOP_PATTERNS = 10;

function topCounts(
  reactions: readonly ReactionFacts[],
  keysOf: (r: ReactionFacts) => Iterable<string>,
  top: number,
): { key: string; count: number; meanIntensity: number }[] {
  const tally = new Map<string, { count: number; intensity: number }>();
  for (const reaction of reactions) {
    for (const key of new Set(keysOf(reaction))) {
      const entry = tally.get(key) ?? { count: 0, intensity: 0 };
      entry.count += 1;
      entry.intensity += reaction.intensity;
      tally.set(key, entry);
    }
  }
  return [...tally.entries()]
    .filter(([, { count }]) => count >= MIN_REACTIONS)
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, top)
    .map(([key, { count, intensity }]) => ({
      key,
      count,
      meanIntensity: Math.round((intensity / count) * 10) / 10,
    }));
}

/**
 * The most frequent trigger words and emotions in some reactions, each drawn from at least
 * `MIN_REACTIONS` reactions. A word counts once per
 * reaction whose trigger holds it (so "late, late again" is one), an emotion once per reaction
 * naming it; each comes with the mean intensity of those reactions, to one decimal. At most
 * `top` of each, most frequent first, ties in alphabetical order.
 *
 * No name is a trigger word: not the `people` the app knows the person by (their own name, their
 * colleagues'), nor a word any of the triggers writes as a name ("with Tomasz"), even where
 * another writes it in lower case ("tomasz was late").
 */
export function reactionPatterns(
  reactions: readonly ReactionFacts[],
  { top = TOP_PATTERNS, people = [] }: { top?: number; people?: Iterable<string> } = {},
): ReactionPatterns {
  const read = new Map(reactions.map((r) => [r.trigger, keywords(r.trigger)]));
  const names = nameParts(people);
  for (const { names: written } of read.values()) for (const name of written) names.add(name);
  const wordsOf = (r: ReactionFacts) => read.get(r.trigger)!.words.filter((w) => !names.has(w));
  return {
    triggerWords: topCounts(reactions, wordsOf, top).map(({ key, ...rest }) => ({
      word: key,
      ...rest,
    })),
    emotions: topCounts(reactions, (r) => r.emotions, top).map(({ key, ...rest }) => ({
      emotion: key,
      ...rest,
    })),
  };
}
