/**
 * A small matcher over tagged tokens: a pattern is a list of steps, each testing one token by its
 * word, lemma or part-of-speech tag; a step may be optional or repeated. Matching is greedy and
 * stays inside one clause.
 */
import type { Token } from './nlp';

export type Step = {
  test: (token: Token) => boolean;
  optional?: boolean;
  repeat?: number;
  /** When set, `test` passes only tokens whose word or lemma is one of these. */
  words?: ReadonlySet<string>;
};

/** A token whose lower-case word is one of `words` (several words separated by `|`). */
export const word = (words: string): Step => {
  const set = new Set(words.split('|'));
  return { test: (t) => set.has(t.word), words: set };
};
/** A token whose lemma is one of `lemmas`. */
export const lemma = (lemmas: string): Step => {
  const set = new Set(lemmas.split('|'));
  return { test: (t) => set.has(t.lemma) || set.has(t.word), words: set };
};
/** A token with one of the part-of-speech `tags`. */
export const tag = (tags: string): Step => {
  const set = new Set(tags.split('|'));
  return { test: (t) => set.has(t.pos) };
};
/** A token in `set` (lower-case words). */
export const inSet = (set: ReadonlySet<string>): Step => ({
  test: (t) => set.has(t.word) || set.has(t.lemma),
  words: set,
});
export const opt = (step: Step): Step => ({ ...step, optional: true });
/** Up to `most` tokens passing `step`, or none. */
export const some = (step: Step, most = 3): Step => ({ ...step, optional: true, repeat: most });
export const not = (step: Step): Step => ({ test: (t) => !step.test(t) });
export const both = (a: Step, b: Step): Step => ({
  test: (t) => a.test(t) && b.test(t),
  words: a.words ?? b.words,
});

/** Where `steps` match from token `from` (exclusive end, before `limit`), or -1. */
export function matchAt(
  tokens: readonly Token[],
  from: number,
  limit: number,
  steps: readonly Step[],
): number {
  let i = from;
  for (const step of steps) {
    if (step.repeat) {
      let n = 0;
      while (n < step.repeat && i < limit && step.test(tokens[i]!)) {
        i += 1;
        n += 1;
      }
      continue;
    }
    if (i < limit && step.test(tokens[i]!)) {
      i += 1;
      continue;
    }
    if (!step.optional) return -1;
  }
  return i;
}

/** Whether any token in `from…to` passes `step`; the index of the first one, or -1. */
export function findIn(tokens: readonly Token[], from: number, to: number, step: Step): number {
  for (let i = from; i < to; i += 1) if (step.test(tokens[i]!)) return i;
  return -1;
}
