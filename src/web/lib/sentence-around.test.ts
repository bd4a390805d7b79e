import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence-around';

describe('sentenceAround', () => {
  it('takes the sentence that holds the phrase', () => {
    const text = "It rained. I can't say no to him! Later we walked.";
    const start = text.indexOf("I can't");
    expect(sentenceAround(text, start, start + 7)).toBe("I can't say no to him!");
  });

  it('stops at line breaks and drops Markdown openers and emphasis', () => {
    const text = '# Monday\n- I **always** fail at this\nThen tea.';
    const start = text.indexOf('always');
    expect(sentenceAround(text, start, start + 6)).toBe('I always fail at this');
  });

  it('always contains the phrase itself when it has no markup', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', '!') }),
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', '!') }),
        (before, after) => {
          const text = `${before}I cannot${after}`;
          const start = before.length;
          expect(sentenceAround(text, start, start + 8)).toContain('I cannot');
        },
      ),
    );
  });
});
