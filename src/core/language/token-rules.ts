/**
 * The limiting-language rules written over tagged tokens, one clause at a time: the forms that
 * phrase lists miss because words sit in between ("I'm always so forgetful", "I'm not funny or
 * interesting enough", "a terrible friend"). Each rule says in plain words why it fires.
 */
import type { LimitingKind } from '../limiting-language';
import type { Analysis, Token } from './nlp';
import {
  both,
  findIn,
  inSet,
  lemma,
  matchAt,
  not,
  opt,
  some,
  type Step,
  tag,
  word,
} from './token-patterns';
import {
  BAD_OUTCOMES,
  EVERYONE,
  FACT_ENOUGH,
  HARSH,
  MOOD,
  STATES,
  NOT_A_TRAIT,
  VERDICT_NOUNS,
  WORTH,
} from './words';

export type Candidate = { start: number; end: number; kind: LimitingKind; why: string };

type TokenRule = {
  kind: LimitingKind;
  why: string;
  /**
   * Words a sentence must hold for the steps to match at all, one pattern each (read on the
   * lower-case text): segments without them are not read by wink-nlp (`mayMatchTokens`).
   */
  needs: readonly RegExp[];
  /**
   * The words of the steps in the order the steps need them, as text: a tighter test than
   * `needs` ("am … always", not "always" alone), asked when the lower-case text has the offsets
   * of the text (tokens' words are then its slices).
   */
  order?: RegExp;
  steps: readonly Step[];
  /** Extra condition on the whole clause once the steps matched (`end` is exclusive). */
  holds?: (tokens: readonly Token[], end: number, to: number) => number | boolean;
};

/** The words of `set` as a pattern that also finds their inflections ("mess" in "messing"). */
const stems = (set: ReadonlySet<string>) => new RegExp(`\\b(?:${[...set].join('|')})`);
const NOT = /not\b/;
const ALWAYS_WORDS = /\b(?:always|constantly|forever|never)\b/;

const I = word('i');
const BE = lemma('be|am|was|feel|seem');
const FEEL = lemma('feel');
/** Softeners between words ("really", "just", "so"), never a quantifier or a negation. */
const ADVERBS = some(
  both(tag('ADV|PART'), not(word("always|never|constantly|ever|forever|not|n't|nt"))),
  3,
);
const HARSH_ADJ = inSet(HARSH);
/** A negation, whatever wink-nlp tags it ("not" is ADV after "im", PART after "I'm"). */
const NEGATION = word("not|n't|nt|never|no");
const LIKE = opt(word('like|as|such'));
const A = word('a|an|the|such');
const ALWAYS = word('always|constantly|forever|never');
/** "I am (like) (really) a …", "I feel such a …": where a label for oneself begins. */
const I_AM_A = [I, ADVERBS, BE, LIKE, ADVERBS, opt(A)];
const HARSH_LABEL = 'A harsh label for the whole person, not a word about what happened.';

/**
 * "I am (such) a useless …", "I feel pathetic", "I've been a terrible mother": a harsh adjective
 * for oneself (a present perfect reaches into now).
 */
const harshLabel = (be: Step, article: Step, adjective: Step, noun: Step): TokenRule => ({
  kind: 'unworthiness',
  why: HARSH_LABEL,
  needs: [stems(HARSH)],
  steps: [
    I,
    opt(lemma('have')),
    be,
    LIKE,
    ADVERBS,
    article,
    some(both(both(tag('ADV|ADJ|DET'), not(HARSH_ADJ)), not(NEGATION)), 2),
    adjective,
    noun,
  ],
});

/** The rules; see `findTokenCandidates`. */
export const TOKEN_RULES: readonly TokenRule[] = [
  {
    kind: 'overgeneralization',
    why: '“Everything I …” turns the tries you remember into every try there is.',
    needs: [/\b(?:everything|anything)\b/],
    steps: [word('everything|anything'), word('i'), some(tag('ADV|AUX|PART'), 2), tag('VERB|AUX')],
    holds: (tokens, end, to) => {
      const bad = findIn(tokens, end, to, inSet(BAD_OUTCOMES));
      const at = bad < 0 ? findIn(tokens, end, to, word('not|never')) : bad;
      return at < 0 ? false : at + 1;
    },
  },
  {
    kind: 'overgeneralization',
    why: '“Always the one …” makes a part you sometimes play into the only part you ever get.',
    needs: [/\b(?:always|forever)\b/, /\bone\b/],
    steps: [
      I,
      opt(lemma('have|be|am')),
      word('always|forever'),
      opt(lemma('be|been')),
      word('the'),
      word('one'),
    ],
  },
  {
    kind: 'overgeneralization',
    why: '“I can never …” turns some failed attempts into a rule for all time.',
    needs: [/\bnever\b/],
    order: /(?:can|could)[\s\S]*never/,
    steps: [I, ADVERBS, word('can|could'), word('never'), tag('VERB|AUX')],
    holds: (tokens, end, to) => findIn(tokens, end, to, word('enough')) < 0,
  },
  {
    kind: 'overgeneralization',
    why: '“Can’t ever” makes a hard moment into a rule for all time.',
    needs: [/\bever\b/, NOT],
    steps: [I, ADVERBS, word('can'), word('not'), word('ever'), tag('VERB|AUX')],
  },
  {
    kind: 'overgeneralization',
    why: 'Your whole life is summed up in one never or always.',
    needs: [/\b(?:all|whole|entire)\b/, /\blife\b/],
    steps: [word('all|whole|entire'), opt(word('my')), opt(word('whole|entire')), word('life')],
    holds: (tokens, end, to) => {
      const at = findIn(
        tokens,
        end,
        Math.min(to + 8, tokens.length),
        word('never|always|nobody|nothing|no-one|noone'),
      );
      return at < 0 ? false : at + 1;
    },
  },
  {
    kind: 'overgeneralization',
    why: '“Nothing ever …” leaves no room for the times things went well.',
    needs: [/\bnothing\b/, /\bever\b/],
    steps: [word('nothing'), word('ever'), both(tag('VERB|AUX'), not(lemma('beat|compare')))],
  },
  {
    kind: 'overgeneralization',
    why: 'Everyone, no one or people always: a few people’s acts made into everybody’s.',
    needs: [stems(EVERYONE), /\b(?:always|never|constantly|ever)\b/],
    steps: [
      inSet(EVERYONE),
      opt(word('else')),
      ADVERBS,
      word('always|never|constantly|ever'),
      ADVERBS,
      tag('VERB|AUX'),
    ],
    holds: (tokens, end, to) => {
      const me = findIn(tokens, end, to, word('me|my|i|myself'));
      return me < 0 ? false : me + 1;
    },
  },
  {
    kind: 'overgeneralization',
    why: '“Always” with a trait turns some moments into who you are all the time.',
    needs: [ALWAYS_WORDS],
    // "am" as written, or from "i'm"/"im" read as "i am" (`nlp.ts`).
    order: /(?:am|im|i'm)[\s\S]*(?:always|constantly|forever|never)/,
    steps: [I, word('am'), ALWAYS, some(tag('ADV'), 2), both(tag('ADJ'), not(inSet(NOT_A_TRAIT)))],
  },
  // Said without an article, a harsh word of state is a state ("I'm sorry I was late", "I'm
  // miserable today"); with one it is a label ("I'm such a bitter old man").
  harshLabel(
    lemma('be|am|was|seem'),
    opt(A),
    both(HARSH_ADJ, not(inSet(STATES))),
    opt(tag('NOUN')),
  ),
  harshLabel(lemma('be|am|was|seem'), A, inSet(STATES), opt(tag('NOUN'))),
  // Felt, a harsh word of mood is a mood ("I feel terrible today") unless it names a person.
  harshLabel(FEEL, opt(A), both(HARSH_ADJ, not(inSet(MOOD))), opt(tag('NOUN'))),
  harshLabel(FEEL, A, inSet(MOOD), tag('NOUN')),
  {
    kind: 'unworthiness',
    why: HARSH_LABEL,
    needs: [stems(VERDICT_NOUNS)],
    steps: [
      ...I_AM_A,
      // "the family disappointment": a noun may say of what the writer is the verdict.
      some(both(both(tag('ADJ|ADV|DET|NOUN'), not(inSet(VERDICT_NOUNS))), not(NEGATION)), 3),
      inSet(VERDICT_NOUNS),
    ],
  },
  {
    kind: 'unworthiness',
    why: '“Not … enough” measures you against a bar and finds you short.',
    needs: [/\benough\b/, NOT],
    steps: [
      I,
      BE,
      ADVERBS,
      word('not'),
      some(tag('ADV'), 2),
      both(tag('ADJ|ADV|VERB'), not(inSet(FACT_ENOUGH))),
      some(both(tag('ADJ|CCONJ|ADV|PUNCT'), not(word('enough'))), 4),
      word('enough'),
    ],
  },
  {
    kind: 'unworthiness',
    why: 'Denies yourself a quality of worth or ability as if it were fixed.',
    needs: [stems(WORTH), NOT],
    steps: [
      I,
      BE,
      ADVERBS,
      word('not'),
      some(tag('ADV'), 2),
      both(inSet(WORTH), not(word('good|enough'))),
    ],
    holds: (tokens, end, to) => !(end < to && tokens[end]!.word === 'at'),
  },
];

/**
 * Whether any token rule could match in `text` (lower case): a cheap test before reading it.
 * `aligned`: `text` has the offsets of the text as written (lower-casing changed no length).
 */
export function mayMatchTokens(lower: string, aligned = false): boolean {
  return TOKEN_RULES.some(
    (rule) =>
      rule.needs.every((pattern) => pattern.test(lower)) &&
      !(aligned && rule.order && !rule.order.test(lower)),
  );
}

/**
 * The rules by the words their first step needs (every rule's first step names its words): a
 * token is tried only against the rules that can start at it, in the order of `TOKEN_RULES`.
 */
const STARTING = (() => {
  const index = new Map<string, number[]>();
  TOKEN_RULES.forEach(({ steps }, n) => {
    const { words, optional } = steps[0]!;
    if (!words || optional) throw new Error('A token rule starts with a step that names words.');
    for (const word of words) index.set(word, [...(index.get(word) ?? []), n]);
  });
  return index;
})();
const NONE: readonly number[] = [];

/** The rules that may start at `token`, in order. */
function startingAt(token: Token): readonly number[] {
  const byWord = STARTING.get(token.word) ?? NONE;
  if (token.lemma === token.word) return byWord;
  const byLemma = STARTING.get(token.lemma) ?? NONE;
  if (byLemma.length === 0) return byWord;
  return [...new Set([...byWord, ...byLemma])].sort((a, b) => a - b);
}

/** Candidate findings of the token rules in every clause of `analysis`. */
export function findTokenCandidates(analysis: Analysis): Candidate[] {
  const { tokens, clauses } = analysis;
  const found: Candidate[] = [];
  for (const clause of clauses) {
    for (let i = clause.from; i < clause.to; i += 1) {
      for (const n of startingAt(tokens[i]!)) {
        const rule = TOKEN_RULES[n]!;
        if (!rule.steps[0]!.test(tokens[i]!)) continue;
        let end = matchAt(tokens, i, clause.to, rule.steps);
        if (end < 0) continue;
        if (rule.holds) {
          const held = rule.holds(tokens, end, clause.to);
          if (held === false || held === -1) continue;
          if (typeof held === 'number' && held > end) end = held;
        }
        found.push({
          start: tokens[i]!.start,
          end: tokens[end - 1]!.end,
          kind: rule.kind,
          why: rule.why,
        });
      }
    }
  }
  return found;
}
