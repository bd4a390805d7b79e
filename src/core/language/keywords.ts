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

/**
 * The keywords of a short text, in order of first appearance and once each: nouns, verbs and
 * adjectives that are not stop words by wink-nlp's English list, as lower-case lemmas ("emails"
 * → "email"); names, adverbs ("already"), reporting verbs ("said"), numbers and single letters
 * left out.
 */
export function keywords(text: string): string[] {
  const found = new Set<string>();
  const { nlp, its, lemma: LEMMA, known } = winkNlp();
  const doc = nlp.readDoc(text);
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(LEMMA) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const types = doc.tokens().out(its.type) as string[];
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
    if (stops[i] || types[i] !== 'word') continue;
    const lemma = normal(lemmas[i] ?? '');
    // A capital at a sentence's start is no name ("Kids fighting") when the model knows the
    // word; a word it does not know ("Priya interrupted me") or one before speech is a name.
    const name =
      tags[i] === 'PROPN' &&
      (!starts.has(i) || REPORTING.has(normal(lemmas[i + 1] ?? '')) || unknown(i));
    if (name || !(CONTENT_TAGS.has(tags[i]!) || tags[i] === 'PROPN')) continue;
    const base = lemma.endsWith("'s") ? lemma.slice(0, -2) : lemma;
    if (base.length < 2 || REPORTING.has(base) || !/^\p{L}[\p{L}'-]*$/u.test(base)) continue;
    found.add(base);
  }
  return [...found];
}
