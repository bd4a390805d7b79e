/**
 * The anonymity rules of developmental feedback, as pure functions over plain facts.
 *
 * An answer may be anonymous only when the requester never held the way to give it: a colleague
 * answering signed in, from a request asked of them, or someone outside answering through a link
 * the server mailed to them itself. An answer through a link the requester was given is always
 * named, because the requester held the link and could have written it. Anonymous answers are shown only
 * after the request closes and only when at least three arrived; before that nothing about them
 * is visible, and once shown their order follows their content, never their arrival.
 */

/** Anonymous answers to a feedback request stay hidden unless at least this many arrived. */
export const ANONYMOUS_THRESHOLD = 3;

/**
 * How an answer reached the request: signed in as a colleague asked, through a link the
 * requester was given (`link`), or through a link the server mailed itself (`mailed_link`).
 */
export type AnswerPath = 'colleague' | 'link' | 'mailed_link';

/** Why an answer is refused, as the stable code the API answers with. */
export type AnswerRefusal =
  'request_closed' | 'already_answered' | 'anonymous_not_available' | 'anonymous_not_allowed';

/**
 * Whether one answer may be given, or why not: never anonymously through a link the requester
 * held (said first, as it depends on the way of answering alone); never once the request is
 * closed or this recipient has answered; anonymously by a colleague, or through a link the server
 * mailed, only when the request allows it.
 */
export function answerRefusal(facts: {
  path: AnswerPath;
  closed: boolean;
  answered: boolean;
  anonymous: boolean;
  anonymousAllowed: boolean;
}): AnswerRefusal | null {
  if (facts.anonymous && facts.path === 'link') return 'anonymous_not_available';
  if (facts.closed) return 'request_closed';
  if (facts.answered) return 'already_answered';
  if (facts.anonymous && !facts.anonymousAllowed) return 'anonymous_not_allowed';
  return null;
}

/**
 * When a request closed, or null while it is open at `now`: the earlier of the moment its
 * requester closed it and its closing date, once that has passed.
 */
export function closedAt(
  request: { closedAt: string | null; expiresAt: string },
  now: string,
): string | null {
  const expired = Date.parse(request.expiresAt) <= Date.parse(now) ? request.expiresAt : null;
  const times = [request.closedAt, expired].filter((t): t is string => t !== null);
  if (times.length === 0) return null;
  return times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

export type AnswerFacts = {
  id: string;
  anonymous: boolean;
  situation: string;
  behavior: string;
  impact: string;
  suggestion: string;
};

/** FNV-1a, 32 bits: a stable, well-spread number from a text. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const contentOf = (a: AnswerFacts) =>
  [a.situation, a.behavior, a.impact, a.suggestion].join('\u0000');

/**
 * Which answers the requester may see. Named answers always, in the order given. Anonymous ones
 * only once the request is closed and at least `threshold` arrived — otherwise none, so nothing
 * about them (count, order, time) shows — and then in an order that follows their content alone
 * (a hash of it), so it says nothing about who answered first.
 */
export function visibleAnswers<T extends AnswerFacts>(
  answers: readonly T[],
  closed: boolean,
  threshold = ANONYMOUS_THRESHOLD,
): { named: T[]; anonymous: T[] } {
  const named = answers.filter((a) => !a.anonymous);
  const anonymous = answers.filter((a) => a.anonymous);
  if (!closed || anonymous.length < threshold) return { named, anonymous: [] };
  const keyed = anonymous.map((a) => ({ a, text: contentOf(a), hash: fnv1a(contentOf(a)) }));
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  keyed.sort((x, y) => x.hash - y.hash || compare(x.text, y.text) || compare(x.a.id, y.a.id));
  return { named, anonymous: keyed.map((k) => k.a) };
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
