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
