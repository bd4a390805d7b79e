import type { Selectable } from 'kysely';
import type { AskedOfMe, FeedbackAnswer, FeedbackRequest } from '../../../contracts/feedback';
import { closedAt } from '../../../core/feedback';
import type { FeedbackAnswersTable } from '../../db/schema';

type AnswerRow = Omit<Selectable<FeedbackAnswersTable>, 'requestId'>;

/**
 * An answer as its requester sees it. A named answer says how it came: from a colleague signed in
 * (its name is theirs) or through a link (the name typed there). An anonymous one says nothing of
 * its giver or time.
 */
export function presentFeedbackAnswer(row: AnswerRow): FeedbackAnswer {
  const anonymous = row.giverName === null;
  return {
    id: row.id,
    anonymous,
    giverName: row.giverName,
    via: anonymous ? null : row.giverId !== null ? 'colleague' : 'link',
    situation: row.situation,
    behavior: row.behavior,
    impact: row.impact,
    suggestion: row.suggestion,
    answeredAt: anonymous ? null : row.answeredAt,
  };
}

/** A request as its requester sees it, given the answers that may be shown, in their order. */
export function presentFeedbackRequest(
  row: {
    id: string;
    question: string;
    anonymity: 'allowed' | 'named';
    expiresAt: string;
    createdAt: string;
    aspirationId: string | null;
    aspirationTitle: string | null;
  },
  shown: { closedAt: string | null; recipientCount: number; answers: AnswerRow[] },
): FeedbackRequest {
  return {
    id: row.id,
    question: row.question,
    aspiration:
      row.aspirationId && row.aspirationTitle
        ? { id: row.aspirationId, title: row.aspirationTitle }
        : null,
    anonymousAllowed: row.anonymity === 'allowed',
    expiresAt: row.expiresAt,
    closedAt: shown.closedAt,
    createdAt: row.createdAt,
    recipientCount: shown.recipientCount,
    answerCount: shown.answers.length,
    answers: shown.answers.map(presentFeedbackAnswer),
  };
}

/** A request asked of me, as I (the colleague asked) see it at `now`. */
export function presentAskedOfMe(
  row: {
    requestId: string;
    question: string;
    requesterId: string;
    requesterName: string;
    aspirationTitle: string | null;
    anonymity: 'allowed' | 'named';
    expiresAt: string;
    closedAt: string | null;
    answered: number;
  },
  now: string,
): AskedOfMe {
  const closed = closedAt(row, now);
  return {
    id: row.requestId,
    question: row.question,
    requester: { id: row.requesterId, name: row.requesterName },
    aspirationTitle: row.aspirationTitle,
    anonymousAllowed: row.anonymity === 'allowed',
    closesAt: closed ?? row.expiresAt,
    closed: closed !== null,
    answered: row.answered === 1,
  };
}
