import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sbiEvidence, sbiInsights, visibleAnswers } from './feedback';

const answers = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 8, maxLength: 8 }), anonymous: fc.boolean() }),
  { selector: (a) => a.id, maxLength: 10 },
);

describe('feedback answers the requester may see', () => {
  it('shows named answers always, anonymous ones only from three on', () => {
    fc.assert(
      fc.property(answers, (list) => {
        const shown = visibleAnswers(list);
        const anonymousCount = list.filter((a) => a.anonymous).length;
        expect(shown.named).toEqual(list.filter((a) => !a.anonymous));
        expect(shown.anonymous.length).toBe(anonymousCount >= 3 ? anonymousCount : 0);
        expect(shown.anonymousWaiting).toBe(anonymousCount >= 3 ? 0 : anonymousCount);
      }),
    );
  });

  it('shows anonymous answers in an order that does not depend on when they arrived', () => {
    fc.assert(
      fc.property(answers, (list) => {
        const reversed = visibleAnswers([...list].reverse()).anonymous.map((a) => a.id);
        expect(visibleAnswers(list).anonymous.map((a) => a.id)).toEqual(reversed);
      }),
    );
  });
});

const sbi = fc.record({
  situation: fc.string({ minLength: 1, maxLength: 2000 }),
  behavior: fc.string({ minLength: 1, maxLength: 2000 }),
  impact: fc.string({ minLength: 1, maxLength: 2000 }),
  suggestion: fc.string({ maxLength: 2000 }),
});

describe('feedback turned into growth', () => {
  it('writes an answer as labelled Markdown insights, leaving out an empty suggestion', () => {
    const answer = {
      situation: 'In the retro',
      behavior: 'You asked first',
      impact: 'People spoke up',
      suggestion: '',
    };
    expect(sbiInsights('How do I listen?', answer)).toBe(
      '**Question:** How do I listen?\n\n**Situation:** In the retro\n\n' +
        '**Behavior:** You asked first\n\n**Impact:** People spoke up',
    );
    expect(sbiInsights('Q', { ...answer, suggestion: 'Keep it' })).toMatch(
      /\*\*Suggestion:\*\* Keep it$/,
    );
  });

  it('gives what was seen as evidence, not the suggestion', () => {
    const answer = { situation: 'S', behavior: 'B', impact: 'I', suggestion: 'Do more' };
    expect(sbiEvidence('Anonymous', answer, 4000)).toBe(
      'Feedback from Anonymous:\nSituation: S\nBehavior: B\nImpact: I',
    );
  });

  it('keeps evidence within its limit, whole when it fits, and never with the suggestion', () => {
    fc.assert(
      fc.property(sbi, fc.integer({ min: 1, max: 8000 }), (answer, max) => {
        const evidence = sbiEvidence('Bea', answer, max);
        expect(evidence.length).toBeLessThanOrEqual(max);
        const whole = sbiEvidence('Bea', answer, 1_000_000);
        if (whole.length <= max) expect(evidence).toBe(whole);
        else {
          expect(evidence.endsWith('…')).toBe(true);
          expect(whole.startsWith(evidence.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});
