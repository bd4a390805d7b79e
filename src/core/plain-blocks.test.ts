import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainBlocks, plainInline } from './plain-blocks';

describe('plainBlocks', () => {
  it('reads headings, paragraphs and list items, without Markdown marks', () => {
    expect(
      plainBlocks(
        '# Week one\n\nRead **this** and\n_that_.\n\n- A [link](https://x.org)\n2. `code`',
      ),
    ).toEqual([
      { kind: 'heading', text: 'Week one' },
      { kind: 'paragraph', text: 'Read this and that.' },
      { kind: 'item', text: 'A link (https://x.org)' },
      { kind: 'item', text: 'code' },
    ]);
  });

  it('keeps every word of plain text, and never returns an empty block or markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const blocks = plainBlocks(text);
        for (const b of blocks) {
          expect(b.text.length).toBeGreaterThan(0);
          expect(b.text).not.toMatch(/<[^>]*>/);
          expect(b.text).toBe(b.text.trim());
        }
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 20 }),
        (words) => {
          expect(plainInline(words.join(' '))).toBe(words.join(' '));
        },
      ),
    );
  });
});
