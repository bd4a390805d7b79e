import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bm25,
  foldWord,
  searchTerms,
  snippetOf,
  termCounts,
  termFinder,
  wordCount,
} from './search-text';

describe('search words and snippets', () => {
  it('reads at most eight words in lower case, without repeats', () => {
    expect(searchTerms('  Café, CAFÉ! naïve-walk ')).toEqual(['café', 'naïve', 'walk']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(searchTerms('!!! ...')).toEqual([]);
  });

  it('highlights the words that start with a term, around the first match', () => {
    expect(snippetOf('We walked by the river.', ['riv'])).toEqual([
      { text: 'We walked by the ', highlight: false },
      { text: 'river', highlight: true },
      { text: '.', highlight: false },
    ]);
    const long = `${'word '.repeat(40)}Rivière ${'more '.repeat(40)}`;
    const parts = snippetOf(long, ['riviere']);
    expect(parts[0]?.text.startsWith('…word')).toBe(true);
    expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
    expect(parts.filter((p) => p.highlight)).toEqual([{ text: 'Rivière', highlight: true }]);
  });

  it('gives the opening words of a text without a match', () => {
    expect(snippetOf('One two three', ['zebra'])).toEqual([
      { text: 'One two three', highlight: false },
    ]);
  });

  it('keeps the text as it is, in order, and highlights only matching whole words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('river', 'Rain', 'é', 'walk', 'wal', '  ', '\n', ',', 'x'), {
          maxLength: 80,
        }),
        fc.array(fc.constantFrom('riv', 'rain', 'wal', 'e'), { minLength: 1, maxLength: 3 }),
        (pieces, terms) => {
          const text = pieces.join(' ');
          const parts = snippetOf(text, terms);
          const shown = parts.map((p) => p.text).join('');
          const flat = text.replace(/\s+/g, ' ').trim();
          expect(flat).toContain(shown.replace(/^…/, '').replace(/…$/, ''));
          for (const part of parts.filter((p) => p.highlight)) {
            expect(/^[\p{L}\p{N}]+$/u.test(part.text)).toBe(true);
            expect(terms.some((t) => foldWord(part.text).startsWith(foldWord(t)))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('BM25 over the searcher’s documents', () => {
  const collection = { documents: 100, holding: [5], meanWords: 30 };

  it('counts the words a term starts, folded, and all words', () => {
    expect(termCounts('Tide, tide pools; low TIDE.', ['tid', 'pool'])).toEqual({
      counts: [3, 1],
      words: 5,
    });
    expect(termCounts('Un café, deux cafés', ['cafe'])).toEqual({ counts: [2], words: 4 });
  });

  it('counts ASCII texts, and texts with an é, as the Unicode word pattern counts them', () => {
    const reference = (text: string, terms: string[]) => {
      const words = [...foldWord(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
      return {
        counts: terms.map((t) => words.filter((w) => w.startsWith(foldWord(t))).length),
        words: words.length,
      };
    };
    const ascii = fc.string({
      unit: fc.constantFrom(..."aAbBtTzZ09 .,;'-@[`{/:\n\t\u007fé".split('')),
    });
    fc.assert(
      fc.property(
        ascii,
        // Terms as `searchTerms` gives them, some of them not ASCII (é folds to e, ø stays).
        fc.array(fc.stringMatching(/^[a-z0-9éø]{1,3}$/), { maxLength: 3 }),
        (text, terms) => {
          expect(termCounts(text, terms)).toEqual(reference(text, terms));
          // As the server asks it, having told an ASCII text by its UTF-8 length.
          const ascii = Buffer.byteLength(text) === text.length;
          expect(termFinder(terms)(text, ascii)).toEqual(reference(text, terms).counts);
          expect(wordCount(text)).toBe(reference(text, terms).words);
        },
      ),
    );
  });

  it('is FTS5’s formula: idf × f(k1 + 1) / (f + k1(1 − b + b·words/mean))', () => {
    const idf = Math.log((100 - 5 + 0.5) / (5 + 0.5));
    const expected = (idf * 2 * 2.2) / (2 + 1.2 * (0.25 + (0.75 * 60) / 30));
    expect(bm25([2], 60, collection)).toBeCloseTo(expected, 12);
  });

  it('ranks more occurrences higher, a longer text lower, a rarer term higher, never below zero', () => {
    const counts = fc.integer({ min: 0, max: 50 });
    const lengths = fc.integer({ min: 1, max: 500 });
    const holding = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(counts, lengths, lengths, holding, holding, (f, a, b, h1, h2) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const [rare, common] = h1 <= h2 ? [h1, h2] : [h2, h1];
        const of = (n: number, words: number, held: number) =>
          bm25([n], words, { documents: 100, holding: [held], meanWords: 30 });
        expect(of(f + 1, short, rare)).toBeGreaterThan(of(f, short, rare));
        expect(of(f, long, rare)).toBeLessThanOrEqual(of(f, short, rare));
        expect(of(f, short, common)).toBeLessThanOrEqual(of(f, short, rare));
        expect(of(f, short, common)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('sums the terms: a document holding both beats one holding either as often', () => {
    const two = { documents: 100, holding: [5, 5], meanWords: 30 };
    expect(bm25([1, 1], 30, two)).toBeGreaterThan(bm25([1, 0], 30, two));
    expect(bm25([1, 0], 30, two)).toBe(bm25([0, 1], 30, two));
  });
});
