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

export type SbiAnswer = {
  situation: string;
  behavior: string;
  impact: string;
  suggestion: string;
};

/**
 * An answer as the insights of a learning item, in Markdown: the question, then situation,
 * behavior, impact and (when given) the suggestion, each under its label. The giver is not named
 * here (the learning item's source says who, or "Anonymous").
 */
export function sbiInsights(question: string, answer: SbiAnswer): string {
  const parts: [string, string][] = [
    ['Question', question],
    ['Situation', answer.situation],
    ['Behavior', answer.behavior],
    ['Impact', answer.impact],
    ['Suggestion', answer.suggestion],
  ];
  return parts
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => `**${label}:** ${text.trim()}`)
    .join('\n\n');
}

/**
 * An answer as the evidence of a reality assessment: what was seen (situation, behavior, impact;
 * a suggestion is not evidence), cut to at most `max` characters with an ellipsis.
 */
export function sbiEvidence(giver: string, answer: SbiAnswer, max: number): string {
  const text = [
    `Feedback from ${giver}:`,
    `Situation: ${answer.situation.trim()}`,
    `Behavior: ${answer.behavior.trim()}`,
    `Impact: ${answer.impact.trim()}`,
  ].join('\n');
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
