import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, searchTerms, snippetOf } from './search-text';

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
