/**
 * Patterns in the reaction log: which words keep coming back in what sets a person off, and which
 * emotions follow, with how strong they were. Seeing the pattern is the first step from reacting
 * to responding.
 */

/** Common English words that say nothing about a trigger. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each even ever few ' +
    'for from further get got had has have having he her here hers herself him himself his how i ' +
    "i'd i'll i'm i've if in into is it its itself just let me more most my myself no nor not now " +
    'of off on once only or other our ours ourselves out over own really same she should so some ' +
    'still such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up us very was we were what when where which while who whom why ' +
    "will with would you your yours yourself yourselves can't couldn't didn't doesn't don't " +
    "hadn't hasn't haven't isn't wasn't weren't won't wouldn't shouldn't aren't"
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/**
 * The distinct meaningful words of a trigger, in order of first appearance: lowercase, curly
 * apostrophes read as straight ones, a possessive 's dropped, and stop words, single characters
 * and bare numbers left out. Example: `"My boss's email, again!"` → `['boss', 'email']`.
 */
export function triggerWords(text: string): string[] {
  const words = new Set<string>();
  for (const [raw] of text.toLowerCase().replaceAll('’', "'").matchAll(WORD)) {
    const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    if (STOP_WORDS.has(raw) || STOP_WORDS.has(word)) continue;
    if (word.length < 2 || /^\p{N}+$/u.test(word)) continue;
    words.add(word);
  }
  return [...words];
}

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
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, top)
    .map(([key, { count, intensity }]) => ({
      key,
      count,
      meanIntensity: Math.round((intensity / count) * 10) / 10,
    }));
}

/**
 * The most frequent trigger words and emotions in some reactions. A word counts once per
 * reaction whose trigger holds it (so "late, late again" is one), an emotion once per reaction
 * naming it; each comes with the mean intensity of those reactions, to one decimal. At most
 * `top` of each, most frequent first, ties in alphabetical order.
 */
export function reactionPatterns(
  reactions: readonly ReactionFacts[],
  top = TOP_PATTERNS,
): ReactionPatterns {
  return {
    triggerWords: topCounts(reactions, (r) => triggerWords(r.trigger), top).map(
      ({ key, ...rest }) => ({ word: key, ...rest }),
    ),
    emotions: topCounts(reactions, (r) => r.emotions, top).map(({ key, ...rest }) => ({
      emotion: key,
      ...rest,
    })),
  };
}
