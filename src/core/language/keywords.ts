/**
 * Keyword extraction for reaction patterns, on the same wink-nlp reading as the detector: its
 * English stop-word list, part of speech and lemmas.
 */
import type { ItemSentence } from 'wink-nlp';
import { normal, winkNlp } from './nlp';

/** Parts of speech that can name what set a reaction off; names (PROPN) and adverbs cannot. */
const CONTENT_TAGS = new Set(['NOUN', 'VERB', 'ADJ']);
/** Verbs that only report speech ("said", "told"): never a trigger of their own. */
const REPORTING = new Set(['say', 'tell', 'ask', 'reply', 'go', 'get', 'make', 'do', 'be', 'have']);
/** A word written with a capital then lower case ("Priya", "McKay"), not shouted ("AGAIN"). */
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*\p{Ll}/u;

/** What one text gives: its keywords, and the words it writes as people's names. */
export type Keywords = {
  /**
   * Nouns, verbs and adjectives that are not stop words by wink-nlp's English list, as lower-case
   * lemmas ("emails" → "email"), in order of first appearance and once each; names, adverbs
   * ("already"), reporting verbs ("said"), numbers and single letters left out.
   */
  words: string[];
  /**
   * The words this text writes as a name, in lower case: a proper noun by wink-nlp's tags (at a
   * sentence's start only when the model does not know the word or speech follows: "Priya
   * interrupted me", not "Kids fighting"), or a word capitalised inside a sentence that the model
   * does not know ("with Tomasz"; not "she said Stop"). Other texts may write the same name in
   * lower case.
   */
  names: string[];
};

/**
 * The keywords and names of a short text.
 *
 * @example keywords('Sam said the report was late again')
 * // → { words: ['report', 'late'], names: ['sam'] }
 */
export function keywords(text: string): Keywords {
  const words = new Set<string>();
  const names = new Set<string>();
  const { nlp, its, lemma: LEMMA, known } = winkNlp();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(LEMMA) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = tokens.out(its.type) as string[];
  // Known or not is asked of the word in lower case: the lexicon knows "kids", not "Kids".
  let ids: number[] | undefined;
  const unknown = (i: number) => {
    ids ??= nlp.readDoc(text.toLowerCase()).tokens().out(its.uniqueId) as unknown as number[];
    return ids.length === tags.length && ids[i]! >= known;
  };
  const starts = new Set<number>();
  doc.sentences().each((sentence: ItemSentence) => {
    starts.add((sentence.out(its.span) as unknown as number[])[0]!);
  });
  for (let i = 0; i < tags.length; i += 1) {
    if (types[i] !== 'word') continue;
    const value = values[i] ?? '';
    const name =
      (tags[i] === 'PROPN' &&
        (!starts.has(i) || REPORTING.has(normal(lemmas[i + 1] ?? '')) || unknown(i))) ||
      (!starts.has(i) && TITLE_CASE.test(value) && unknown(i));
    if (name) {
      const lower = normal(value).replace(/'s$/, '');
      if (lower.length >= 2) names.add(lower);
      continue;
    }
    if (stops[i] || !(CONTENT_TAGS.has(tags[i]!) || tags[i] === 'PROPN')) continue;
    const lemma = normal(lemmas[i] ?? '');
    const base = lemma.endsWith("'s") ? lemma.slice(0, -2) : lemma;
    if (base.length < 2 || REPORTING.has(base) || !/^\p{L}[\p{L}'-]*$/u.test(base)) continue;
    words.add(base);
  }
  return { words: [...words].filter((word) => !names.has(word)), names: [...names] };
}

/** The parts of people's names in lower case ("Mary-Jane O'Neil" → "mary", "jane", "o'neil"). */
export function nameParts(fullNames: Iterable<string>): Set<string> {
  const parts = new Set<string>();
  for (const name of fullNames)
    for (const part of normal(name).split(/[^\p{L}']+/u)) if (part.length >= 2) parts.add(part);
  return parts;
}
