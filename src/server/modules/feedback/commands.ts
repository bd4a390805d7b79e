import type {
  CreateFeedbackRequestBody,
  FeedbackAnswerBody,
  FeedbackAssessmentBody,
  FeedbackLearningItemBody,
} from '../../../contracts/feedback';
import { MAX_EVIDENCE_LENGTH } from '../../../contracts/vision';
import { normalizeEmail } from '../../../core/email';
import { sbiEvidence, sbiInsights, visibleAnswers } from '../../../core/feedback';
import type { Db } from '../../db/database';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { randomSecret, sha256 } from '../../lib/secrets';
import { addMs, nowIso } from '../../lib/time';
import { addAssessment } from '../aspirations/commands';
import { createLearningItem } from '../learning/commands';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Asks for feedback: one single-use answer link per recipient (people from my organizations, or
 * anyone by email). The links are returned once; only their hashes are kept.
 */
export async function createFeedbackRequest(
  db: Db,
  userId: string,
  body: CreateFeedbackRequestBody,
) {
  if (body.aspirationId !== undefined) {
    const mine = await db
      .selectFrom('aspirations')
      .select('id')
      .where('id', '=', body.aspirationId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!mine)
      throw badRequest('validation_failed', 'No such aspiration.', [
        { path: ['aspirationId'], message: 'Choose one of your aspirations.' },
      ]);
  }
  const myOrgs = db.selectFrom('orgMembers').select('orgId').where('userId', '=', userId);
  for (const [index, recipient] of body.recipients.entries()) {
    if (!('userId' in recipient)) continue;
    const colleague =
      recipient.userId !== userId &&
      (await db
        .selectFrom('orgMembers')
        .select('userId')
        .where('userId', '=', recipient.userId)
        .where('orgId', 'in', myOrgs)
        .executeTakeFirst());
    if (!colleague) {
      throw badRequest(
        'unknown_recipient',
        'Ask colleagues from your organizations, or anyone by email.',
        [{ path: ['recipients', index], message: 'Not someone from your organizations.' }],
      );
    }
  }
  const now = nowIso();
  const request = {
    id: newId(),
    requesterId: userId,
    question: body.question,
    aspirationId: body.aspirationId ?? null,
    anonymity: body.anonymousAllowed ? ('allowed' as const) : ('named' as const),
    expiresAt: addMs(now, (body.expiresInDays ?? 30) * DAY_MS),
    createdAt: now,
  };
  const links = body.recipients.map((recipient) => ({
    recipient:
      'userId' in recipient
        ? { userId: recipient.userId }
        : { email: normalizeEmail(recipient.email) },
    token: randomSecret(24),
  }));
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('feedbackRequests').values(request).execute();
    await trx
      .insertInto('feedbackRecipients')
      .values(
        links.map(({ recipient, token }) => ({
          id: newId(),
          requestId: request.id,
          userId: 'userId' in recipient ? recipient.userId : null,
          email: 'email' in recipient ? recipient.email : null,
          tokenHash: sha256(token),
          used: 0,
        })),
      )
      .execute();
  });
  return { id: request.id, expiresAt: request.expiresAt, links };
}

async function usableLink(db: Db, token: string) {
  const row = await db
    .selectFrom('feedbackRecipients')
    .innerJoin('feedbackRequests', 'feedbackRequests.id', 'feedbackRecipients.requestId')
    .innerJoin('users', 'users.id', 'feedbackRequests.requesterId')
    .leftJoin('aspirations', 'aspirations.id', 'feedbackRequests.aspirationId')
    .select([
      'feedbackRecipients.id as recipientId',
      'feedbackRecipients.userId',
      'feedbackRecipients.email',
      'feedbackRecipients.used',
      'feedbackRequests.id as requestId',
      'feedbackRequests.question',
      'feedbackRequests.anonymity',
      'feedbackRequests.expiresAt',
      'users.name as requesterName',
      'aspirations.title as aspirationTitle',
    ])
    .where('feedbackRecipients.tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) throw notFound('This feedback link is not valid.');
  if (row.used) throw conflict('already_answered', 'This link has been used already. Thank you.');
  if (row.expiresAt <= nowIso())
    throw new AppError(410, 'request_expired', 'This request for feedback has closed.');
  return row;
}

export async function feedbackInvitation(db: Db, token: string) {
  const link = await usableLink(db, token);
  return {
    question: link.question,
    requesterName: link.requesterName,
    aspirationTitle: link.aspirationTitle ?? null,
    anonymousAllowed: link.anonymity === 'allowed',
    expiresAt: link.expiresAt,
  };
}

/**
 * Answers through a link, once. A named answer keeps the giver's name and time; an anonymous
 * one keeps neither, and its id is random so it carries no time either.
 */
export async function answerFeedback(db: Db, token: string, body: FeedbackAnswerBody) {
  await db.transaction().execute(async (trx) => {
    const link = await usableLink(trx, token);
    if (body.anonymous && link.anonymity !== 'allowed') {
      throw badRequest('anonymous_not_allowed', 'This request asks for named feedback.', [
        { path: ['anonymous'], message: 'Answer with your name, or not at all.' },
      ]);
    }
    const claimed = await trx
      .updateTable('feedbackRecipients')
      .set({ used: 1 })
      .where('id', '=', link.recipientId)
      .where('used', '=', 0)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n)
      throw conflict('already_answered', 'This link has been used already. Thank you.');
    let giverName: string | null = null;
    if (!body.anonymous) {
      const user = link.userId
        ? await trx
            .selectFrom('users')
            .select('name')
            .where('id', '=', link.userId)
            .executeTakeFirst()
        : undefined;
      giverName = user?.name ?? link.email ?? 'Someone';
    }
    await trx
      .insertInto('feedbackAnswers')
      .values({
        id: body.anonymous ? `a_${randomSecret(16)}` : newId(),
        requestId: link.requestId,
        giverName,
        situation: body.situation,
        behavior: body.behavior,
        impact: body.impact,
        suggestion: body.suggestion ?? '',
        answeredAt: body.anonymous ? null : nowIso(),
      })
      .execute();
  });
}

/** A request as its requester sees it: only the answers that may be shown (3+ for anonymous). */
export async function loadFeedbackRequest(db: Db, userId: string, id: string) {
  const request = await db
    .selectFrom('feedbackRequests')
    .leftJoin('aspirations', 'aspirations.id', 'feedbackRequests.aspirationId')
    .select([
      'feedbackRequests.id',
      'feedbackRequests.question',
      'feedbackRequests.anonymity',
      'feedbackRequests.expiresAt',
      'feedbackRequests.createdAt',
      'aspirations.id as aspirationId',
      'aspirations.title as aspirationTitle',
    ])
    .where('feedbackRequests.id', '=', id)
    .where('feedbackRequests.requesterId', '=', userId)
    .executeTakeFirst();
  if (!request) throw notFound('No such request.');
  const [recipients, answers] = await Promise.all([
    db.selectFrom('feedbackRecipients').select('id').where('requestId', '=', id).execute(),
    db
      .selectFrom('feedbackAnswers')
      .select(['id', 'giverName', 'situation', 'behavior', 'impact', 'suggestion', 'answeredAt'])
      .where('requestId', '=', id)
      .execute(),
  ]);
  const shown = visibleAnswers(answers.map((a) => ({ ...a, anonymous: a.giverName === null })));
  return {
    id: request.id,
    question: request.question,
    aspiration:
      request.aspirationId && request.aspirationTitle
        ? { id: request.aspirationId, title: request.aspirationTitle }
        : null,
    anonymousAllowed: request.anonymity === 'allowed',
    expiresAt: request.expiresAt,
    createdAt: request.createdAt,
    recipientCount: recipients.length,
    answerCount: answers.length,
    anonymousWaiting: shown.anonymousWaiting,
    answers: [...shown.named.sort((a, b) => a.id.localeCompare(b.id)), ...shown.anonymous],
  };
}

export async function listFeedbackRequests(db: Db, userId: string) {
  const rows = await db
    .selectFrom('feedbackRequests')
    .select('id')
    .where('requesterId', '=', userId)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return Promise.all(rows.map((r) => loadFeedbackRequest(db, userId, r.id)));
}

/**
 * One answer of my request that I may see now. Anything else — someone else's request, an
 * anonymous answer still held back (fewer than three), an answer of another request — is 404.
 */
async function shownAnswer(db: Db, userId: string, requestId: string, answerId: string) {
  const request = await loadFeedbackRequest(db, userId, requestId);
  const answer = request.answers.find((a) => a.id === answerId);
  if (!answer) throw notFound('No such answer.');
  return { request, answer };
}

/**
 * Turns an answer I received into a learning item of kind `feedback`: its insights are the
 * answer in SBI form, its source the giver (or "Anonymous"), and it serves the aspiration the
 * request was about unless I choose others. Through the learning log's own command, so the same
 * rules hold (my aspirations only).
 */
export async function learningItemFromAnswer(
  db: Db,
  userId: string,
  requestId: string,
  answerId: string,
  body: FeedbackLearningItemBody,
) {
  const { request, answer } = await shownAnswer(db, userId, requestId, answerId);
  return createLearningItem(db, userId, {
    kind: 'feedback',
    title: body.title ?? `Feedback: ${request.question}`.slice(0, 200).trimEnd(),
    source: answer.giverName ?? 'Anonymous',
    status: body.status,
    insights: sbiInsights(request.question, answer),
    aspirationIds: body.aspirationIds ?? (request.aspiration ? [request.aspiration.id] : []),
  });
}

/**
 * Records a reality assessment of one of my aspirations with an answer I received as its
 * evidence (situation, behavior, impact), through the aspirations' own command.
 */
export async function assessmentFromAnswer(
  db: Db,
  userId: string,
  requestId: string,
  answerId: string,
  body: FeedbackAssessmentBody,
) {
  const { request, answer } = await shownAnswer(db, userId, requestId, answerId);
  const aspirationId = body.aspirationId ?? request.aspiration?.id;
  const own =
    aspirationId &&
    (await db
      .selectFrom('aspirations')
      .select('id')
      .where('id', '=', aspirationId)
      .where('userId', '=', userId)
      .executeTakeFirst());
  if (!aspirationId || !own) {
    throw badRequest('validation_failed', 'Choose one of your aspirations.', [
      { path: ['aspirationId'], message: 'Choose one of your aspirations.' },
    ]);
  }
  const evidence = sbiEvidence(answer.giverName ?? 'Anonymous', answer, MAX_EVIDENCE_LENGTH);
  const assessment = await addAssessment(db, userId, aspirationId, {
    level: body.level,
    evidence,
    ...(body.at !== undefined ? { at: body.at } : {}),
  });
  return { aspirationId, assessment };
}
