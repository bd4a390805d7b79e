import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRISIS_RESOURCES_MAX,
  CRISIS_RESOURCES_MAX_LINES,
  cleanCrisisResources,
} from './crisis-resources';

describe('cleanCrisisResources', () => {
  it('keeps Markdown lines of names, numbers and links', () => {
    const text =
      '- **Samaritans**: 116 123\r\n- [Crisis text line](https://example.org/help)\n\n\n\nCall 112.';
    expect(cleanCrisisResources(text)).toBe(
      '- **Samaritans**: 116 123\n- [Crisis text line](https://example.org/help)\n\nCall 112.',
    );
  });

  it('removes HTML, control characters and script links', () => {
    expect(
      cleanCrisisResources('<script>alert(1)</script>Call <b>112</b>\u0007 [x](javascript:void 0)'),
    ).toBe('alert(1)Call 112 [x](#)');
    expect(cleanCrisisResources('<<b>script>x')).toBe('x');
    // A tag's start alone, and one left open, go; the lines after an open one stay.
    expect(cleanCrisisResources('Call 112 </')).toBe('Call 112');
    expect(cleanCrisisResources('Call <b 112\nText 85258')).toBe('Call\nText 85258');
    expect(cleanCrisisResources('I <3 you, 1 < 2')).toBe('I <3 you, 1 < 2');
  });

  it('is short, plain and idempotent whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), (text) => {
        const clean = cleanCrisisResources(text);
        expect(clean.length).toBeLessThanOrEqual(CRISIS_RESOURCES_MAX);
        expect(clean.split('\n').length).toBeLessThanOrEqual(CRISIS_RESOURCES_MAX_LINES);
        expect(clean).not.toMatch(/<[a-z!/]/i);
        expect(cleanCrisisResources(clean)).toBe(clean);
      }),
      { numRuns: 2_000 },
    );
  });
});
