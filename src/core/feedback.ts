/** Anonymous answers to a feedback request stay hidden until at least this many arrived. */
export const ANONYMOUS_THRESHOLD = 3;

export type AnswerFacts = { id: string; anonymous: boolean };

/**
 * Which answers the requester may see: named ones always; anonymous ones only once at least
 * three have arrived, and then in an order that says nothing about when each came (sorted by
 * their random ids, which carry no time).
 */
export function visibleAnswers<T extends AnswerFacts>(
  answers: readonly T[],
  threshold = ANONYMOUS_THRESHOLD,
): { named: T[]; anonymous: T[]; anonymousWaiting: number } {
  const named = answers.filter((a) => !a.anonymous);
  const anonymous = answers.filter((a) => a.anonymous);
  if (anonymous.length < threshold)
    return { named, anonymous: [], anonymousWaiting: anonymous.length };
  return {
    named,
    anonymous: [...anonymous].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    anonymousWaiting: 0,
  };
}
