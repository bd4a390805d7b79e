/**
 * The words of a search and the highlighted snippet of a found text: one rule on both
 * databases (docs/decisions/0032-search.md). A word matches a search term when it starts with
 * it, letters compared without case or diacritics — as the indexes do.
 */

/** At most this many words of a query are searched for. */
export const MAX_SEARCH_TERMS = 8;

/** How many words a snippet shows. */
export const SNIPPET_WORDS = 24;

export type SnippetPart = { text: string; highlight: boolean };

const WORD = /[\p{L}\p{N}]+/gu;

/** A word as the index compares it: lower case, without diacritics. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a search: letters and digits only, in lower case, without repeats, at most
 * eight. Diacritics stay: SQLite's index folds them itself, PostgreSQL's `simple` one keeps them.
 * Example: `searchTerms('Café, café!')` → `['café']`.
 */
export function searchTerms(q: string): string[] {
  return [...new Set((q.match(WORD) ?? []).map((w) => w.toLowerCase()))].slice(0, MAX_SEARCH_TERMS);
}

/**
 * The passage of `text` around its first word that matches a term: about `words` words,
 * whitespace collapsed, "…" where text was cut, each matching word a highlighted part. A text
 * without a match gives its opening words. The parts' texts, joined, are the passage.
 *
 * @example snippetOf('We walked by the river.', ['riv'])
 * // [{ text: 'We walked by the ', highlight: false }, { text: 'river', highlight: true },
 * //  { text: '.', highlight: false }]
 */
export function snippetOf(text: string, terms: string[], words = SNIPPET_WORDS): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const folded = terms.map(foldWord);
  const tokens = [...flat.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: folded.some((term) => foldWord(m[0]).startsWith(term)),
  }));
  const first = tokens.findIndex((t) => t.hit);
  const from = Math.max(0, Math.min(first - Math.floor(words / 4), tokens.length - words));
  const to = Math.min(tokens.length, from + words);
  const begin = from === 0 ? 0 : tokens[from]!.start;
  const end = to >= tokens.length ? flat.length : tokens[to - 1]!.end;
  const parts: SnippetPart[] = [];
  const push = (part: string, highlight: boolean) => {
    if (!part) return;
    const last = parts.at(-1);
    if (last && last.highlight === highlight && !highlight) last.text += part;
    else parts.push({ text: part, highlight });
  };
  if (begin > 0) push('…', false);
  let at = begin;
  for (const token of tokens.slice(from, to)) {
    if (!token.hit) continue;
    push(flat.slice(at, token.start), false);
    push(flat.slice(token.start, token.end), true);
    at = token.end;
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push('…', false);
  return parts;
}

/** BM25's constants, as SQLite's FTS5 `bm25()` has them. */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/**
 * How many words of `text` each term starts, and how many words it has: words as `snippetOf`
 * finds them, compared folded.
 *
 * @example termCounts('Tide, tide pools; low TIDE.', ['tid', 'pool']) // { counts: [3, 1], words: 5 }
 */
export function termCounts(text: string, terms: string[]): { counts: number[]; words: number } {
  return { counts: termFinder(terms)(text), words: wordCount(text) };
}

/** A character outside ASCII: such a text is read with the Unicode word pattern. */
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * How many words of a text each term starts (`termCounts`' counts), the terms folded once. A
 * search counts them in every one of the searcher's matches (thousands for a common word): an
 * ASCII text is searched for each term with `indexOf`, a find counted where a word starts. A
 * caller that can tell an ASCII text faster than a pattern (the server compares its UTF-8
 * length) says whether it is one.
 */
export function termFinder(terms: string[]): (text: string, isAscii?: boolean) => number[] {
  const folded = terms.map(foldWord);
  // Only a term of ASCII letters and digits can start a word of an ASCII text.
  const ascii = folded.map((term) => /^[a-z0-9]+$/.test(term));
  return (text, isAscii = !NOT_ASCII.test(text)) => {
    if (!isAscii) {
      const counts = folded.map(() => 0);
      for (const [word] of foldWord(text).matchAll(WORD)) {
        for (let i = 0; i < folded.length; i += 1) if (word.startsWith(folded[i]!)) counts[i]! += 1;
      }
      return counts;
    }
    const lower = text.toLowerCase();
    return folded.map((term, i) => {
      if (term === '') return wordCount(text);
      if (!ascii[i]) return 0;
      let count = 0;
      for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
        if (at === 0 || !isAsciiWordCode(lower.charCodeAt(at - 1))) count += 1;
      }
      return count;
    });
  };
}

/**
 * How many words a text has, as `snippetOf` finds them. SQLite keeps each search document's
 * count beside it (`word_count`, migration 0046), for BM25's lengths.
 *
 * @example wordCount('Tide, tide pools; low TIDE.') // 5
 */
export function wordCount(text: string): number {
  if (NOT_ASCII.test(text)) return foldWord(text).match(WORD)?.length ?? 0;
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const isWord = isAsciiWordCode(code >= 65 && code <= 90 ? code + 32 : code);
    if (isWord && !inWord) words += 1;
    inWord = isWord;
  }
  return words;
}

/** A lower-case ASCII letter or digit. */
const isAsciiWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** What BM25 knows of the collection: its size, how many hold each term, their mean length. */
export type Bm25Collection = { documents: number; holding: number[]; meanWords: number };

/**
 * Okapi BM25 of one document, FTS5's variant: `frequencies[i]` is the (column-weighted) count of
 * term i in it, `words` its length; a term held by more than half the collection weighs almost
 * nothing (its idf is clamped to 1e-6, as FTS5 clamps it), never a negative amount.
 */
export function bm25(frequencies: number[], words: number, collection: Bm25Collection): number {
  const { documents, holding, meanWords } = collection;
  const norm = BM25_K1 * (1 - BM25_B + (BM25_B * words) / Math.max(meanWords, 1));
  let score = 0;
  for (let i = 0; i < frequencies.length; i += 1) {
    const n = holding[i] ?? 0;
    const idf = Math.log((documents - n + 0.5) / (n + 0.5));
    const f = frequencies[i]!;
    score += ((idf > 0 ? idf : 1e-6) * f * (BM25_K1 + 1)) / (f + norm);
  }
  return score;
}
