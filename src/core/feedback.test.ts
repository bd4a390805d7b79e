import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerRefusal,
  closedAt,
  sbiEvidence,
  sbiInsights,
  visibleAnswers,
  type AnswerFacts,
} from './feedback';

const text = fc.string({ maxLength: 12 });
const answers = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 8, maxLength: 8 }),
    anonymous: fc.boolean(),
    situation: text,
    behavior: text,
    impact: text,
    suggestion: text,
  }),
  { selector: (a) => a.id, maxLength: 10 },
);
const ids = (list: readonly AnswerFacts[]) => list.map((a) => a.id);

describe('feedback answers the requester may see', () => {
  it('shows nothing anonymous while the request is open, whatever arrived', () => {
    fc.assert(
      fc.property(answers, (list) => {
        const named = list.filter((a) => !a.anonymous);
        expect(visibleAnswers(list, false)).toEqual(visibleAnswers(named, false));
        expect(visibleAnswers(list, false)).toEqual({ named, anonymous: [] });
      }),
    );
  });

  it('shows anonymous answers after closing only from three on, and then all of them', () => {
    fc.assert(
      fc.property(answers, (list) => {
        const named = list.filter((a) => !a.anonymous);
        const anonymous = list.filter((a) => a.anonymous);
        const shown = visibleAnswers(list, true);
        expect(shown.named).toEqual(named);
        if (anonymous.length >= 3)
          expect([...ids(shown.anonymous)].sort()).toEqual(ids(anonymous).sort());
        else expect(shown).toEqual(visibleAnswers(named, true));
      }),
    );
  });

  it('orders anonymous answers by their content, never by when they arrived', () => {
    fc.assert(
      fc.property(
        answers.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(ids(visibleAnswers(shuffled, true).anonymous)).toEqual(
            ids(visibleAnswers(list, true).anonymous),
          );
        },
      ),
    );
  });
});

const facts = fc.record({
  path: fc.constantFrom('colleague' as const, 'link' as const, 'mailed_link' as const),
  closed: fc.boolean(),
  answered: fc.boolean(),
  anonymous: fc.boolean(),
  anonymousAllowed: fc.boolean(),
});

describe('the order anonymous answers are shown in', () => {
  it('follows their content alone, not their random ids', () => {
    fc.assert(
      fc.property(answers, fc.string({ minLength: 1, maxLength: 4 }), (list, prefix) => {
        const contents = (shown: AnswerFacts[]) => shown.map((a) => a.situation + a.behavior);
        const renamed = list.map((a) => ({ ...a, id: `${prefix}${a.id}` }));
        const distinct = new Set(list.map((a) => JSON.stringify({ ...a, id: '' })));
        fc.pre(distinct.size === list.length);
        expect(contents(visibleAnswers(renamed, true).anonymous)).toEqual(
          contents(visibleAnswers(list, true).anonymous),
        );
      }),
    );
  });
});

describe('who may answer how', () => {
  it('never takes an anonymous answer through a link, nor one after closing or a second one', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const refusal = answerRefusal(f);
        if (f.anonymous && f.path === 'link') expect(refusal).toBe('anonymous_not_available');
        else if (f.closed) expect(refusal).toBe('request_closed');
        else if (f.answered) expect(refusal).toBe('already_answered');
      }),
    );
  });

  it('takes an anonymous answer only from a colleague asked or a mailed link, where the request allows it', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const accepted =
          answerRefusal({ ...f, closed: false, answered: false, anonymous: true }) === null;
        expect(accepted).toBe(f.path !== 'link' && f.anonymousAllowed);
        expect(
          answerRefusal({ ...f, closed: false, answered: false, anonymous: false }),
        ).toBeNull();
      }),
    );
  });

  it('knows when a request closed: when its requester closed it, or its date passed', () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, d)).toISOString();
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (closed, expires, now) => {
          const at = closedAt(
            { closedAt: closed === null ? null : day(closed), expiresAt: day(expires) },
            day(now),
          );
          const candidates = [closed, expires <= now ? expires : null].filter((d) => d !== null);
          expect(at).toBe(candidates.length ? day(Math.min(...candidates)) : null);
        },
      ),
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
