import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleAnswers } from './feedback';

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
