import type { Insertable } from 'kysely';
import type {
  CreateFeedbackRequestBody,
  FeedbackAnswerBody,
  FeedbackAssessmentBody,
  FeedbackLearningItemBody,
  LinkAnswerBody,
} from '../../../contracts/feedback';
import { MAX_EVIDENCE_LENGTH } from '../../../contracts/vision';
import { normalizeEmail } from '../../../core/email';
import {
  answerRefusal,
  closedAt,
  sbiEvidence,
  sbiInsights,
  type AnswerPath,
  type AnswerRefusal,
} from '../../../core/feedback';
import type { Db } from '../../db/database';
import { raiseInboxItem, removeInboxItems } from '../../db/inbox';
import type { FeedbackAnswersTable } from '../../db/schema';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { randomSecret, sha256 } from '../../lib/secrets';
import { addMs, nowIso } from '../../lib/time';
import { addAssessment } from '../aspirations/commands';
import { createLearningItem, loadLinks } from '../learning/commands';
import { presentLearningItemDetail } from '../learning/presenters';
import { loadFeedbackRequest, type Recipient, recipientWithRequest } from './queries';
import { recordActivity } from '../statistics/activity';
type SbiFields = Pick<FeedbackAnswerBody, 'situation' | 'behavior' | 'impact' | 'suggestion'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Asks for feedback. Colleagues (people from my organizations) find the request on their own
 * Feedback page and answer signed in, so they get no link; each person asked by email gets one
 * single-use link (only its hash is kept). Without mail the link is returned once, to the
 * requester; with `mailLinks` (mail on) each link is made from its recipient's id by that
 * secret function, kept as a hash, and returned only as the ids to mail: the requester never
 * sees it. A person asked twice is asked once.
 */
export async function createFeedbackRequest(
  db: Db,
  userId: string,
  body: CreateFeedbackRequestBody,
  mailLinks: ((recipientId: string) => string) | null = null,
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
    closedAt: null,
    createdAt: now,
  };
  const colleagueIds = [
    ...new Set(body.recipients.flatMap((r) => ('userId' in r ? [r.userId] : []))),
  ];
  const links = [
    ...new Set(body.recipients.flatMap((r) => ('email' in r ? [normalizeEmail(r.email)] : []))),
  ].map((email) => {
    const id = newId();
    return { id, recipient: { email }, token: mailLinks ? mailLinks(id) : randomSecret(24) };
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('feedbackRequests').values(request).execute();
    await trx
      .insertInto('feedbackRecipients')
      .values([
        ...colleagueIds.map((id) => ({
          id: newId(),
          requestId: request.id,
          userId: id,
          email: null,
          tokenHash: null,
          answered: 0,
          linkMailed: 0,
        })),
        ...links.map(({ id, recipient, token }) => ({
          id,
          requestId: request.id,
          userId: null,
          email: recipient.email,
          tokenHash: sha256(token),
          answered: 0,
          linkMailed: mailLinks ? 1 : 0,
        })),
      ])
      .execute();
    await recordActivity(trx, userId);
    await raiseInboxItem(trx, {
      to: colleagueIds,
      kind: 'feedback_requested',
      actorId: userId,
      subject: { type: 'feedback_request', id: request.id },
      url: `/feedback/asked/${request.id}`,
    });
  });
  if (mailLinks) {
    return {
      id: request.id,
      expiresAt: request.expiresAt,
      links: [],
      mailed: links.map((l) => ({ recipientId: l.id, email: l.recipient.email })),
    };
  }
  return {
    id: request.id,
    expiresAt: request.expiresAt,
    links: links.map(({ recipient, token }) => ({ recipient, token })),
    mailed: [],
  };
}

/** The one error each refusal to take an answer is answered with. */
function refused(refusal: AnswerRefusal): AppError {
  switch (refusal) {
    case 'request_closed':
      return new AppError(410, refusal, 'This request for feedback has closed.');
    case 'already_answered':
      return conflict(refusal, 'This has been answered already. Thank you.');
    case 'anonymous_not_available':
      return badRequest(refusal, 'Answers through a link carry the name you type.', [
        { path: ['anonymous'], message: 'Answer with your name, or not at all.' },
      ]);
    case 'anonymous_not_allowed':
      return badRequest(refusal, 'This request asks for named feedback.', [
        { path: ['anonymous'], message: 'Answer with your name, or not at all.' },
      ]);
  }
}

/** Throws the refusal, if any, of an answer by this recipient in this way now. */
function checkAnswer(recipient: Recipient, path: AnswerPath, anonymous: boolean) {
  const refusal = answerRefusal({
    path,
    anonymous,
    closed: closedAt(recipient, nowIso()) !== null,
    answered: recipient.answered === 1,
    anonymousAllowed: recipient.anonymity === 'allowed',
  });
  if (refusal) throw refused(refusal);
}

/**
 * Marks a recipient answered and keeps their answer, in the caller's transaction; a second
 * answer racing the first finds the recipient answered (409).
 */
async function keepAnswer(
  trx: Db,
  recipientId: string,
  answer: Omit<
    Insertable<FeedbackAnswersTable>,
    'situation' | 'behavior' | 'impact' | 'suggestion'
  >,
  sbi: SbiFields,
) {
  const claimed = await trx
    .updateTable('feedbackRecipients')
    .set({ answered: 1 })
    .where('id', '=', recipientId)
    .where('answered', '=', 0)
    .executeTakeFirst();
  if (claimed.numUpdatedRows === 0n) throw refused('already_answered');
  await trx
    .insertInto('feedbackAnswers')
    .values({
      ...answer,
      situation: sbi.situation,
      behavior: sbi.behavior,
      impact: sbi.impact,
      suggestion: sbi.suggestion ?? '',
    })
    .execute();
}

/** A link the server mailed itself was never held by the requester; any other link was. */
const pathOf = (link: { linkMailed: number }): AnswerPath =>
  link.linkMailed === 1 ? 'mailed_link' : 'link';

async function linkRecipient(db: Db, token: string) {
  const row = await recipientWithRequest(db)
    .where('feedbackRecipients.tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) throw notFound('This feedback link is not valid.');
  return row;
}

/** What a feedback link asks, for anyone holding it; a used or closed link says so. */
export async function feedbackInvitation(db: Db, token: string) {
  const link = await linkRecipient(db, token);
  checkAnswer(link, pathOf(link), false);
  return {
    question: link.question,
    anonymousAllowed: link.linkMailed === 1 && link.anonymity === 'allowed',
    requesterName: link.requesterName,
    aspirationTitle: link.aspirationTitle ?? null,
    expiresAt: link.expiresAt,
  };
}

/**
 * Answers through a link, once. The answer carries the name the giver typed and its time; it is
 * never anonymous through a link the requester held (400 anonymous_not_available). Through a
 * link the server mailed itself it may be, where the request allows: then, as a colleague's
 * anonymous answer, it keeps no name and no time, and its id is random.
 */
export async function answerThroughLink(db: Db, token: string, body: LinkAnswerBody) {
  await db.transaction().execute(async (trx) => {
    const link = await linkRecipient(trx, token);
    const anonymous = body.anonymous === true;
    checkAnswer(link, pathOf(link), anonymous);
    await keepAnswer(
      trx,
      link.recipientId,
      anonymous
        ? anonymousAnswer(link.requestId)
        : {
            id: newId(),
            requestId: link.requestId,
            giverId: null,
            giverName: body.name ?? '',
            answeredAt: nowIso(),
          },
      body,
    );
  });
}

/** An anonymous answer's row: no giver, no name, no time, and a random id. */
const anonymousAnswer = (requestId: string) => ({
  id: `a_${randomSecret(16)}`,
  requestId,
  giverId: null,
  giverName: null,
  answeredAt: null,
});

/**
 * A colleague answers a request asked of them, signed in, once. A named answer keeps their
 * account and their name at answering, with its time. An anonymous one (where the request allows
 * it) keeps no giver and no time, and its id is random, so nothing ties it to them or to when it
 * came; only their own recipient row knows they answered. Anyone not asked gets 404.
 */
export async function answerAsColleague(
  db: Db,
  userId: string,
  requestId: string,
  body: FeedbackAnswerBody,
) {
  await db.transaction().execute(async (trx) => {
    const asked = await recipientWithRequest(trx)
      .where('feedbackRecipients.requestId', '=', requestId)
      .where('feedbackRecipients.userId', '=', userId)
      .executeTakeFirst();
    if (!asked) throw notFound('No such request.');
    checkAnswer(asked, 'colleague', body.anonymous);
    const giver = body.anonymous
      ? null
      : await trx.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
    await keepAnswer(
      trx,
      asked.recipientId,
      giver
        ? { id: newId(), requestId, giverId: userId, giverName: giver.name, answeredAt: nowIso() }
        : anonymousAnswer(requestId),
      body,
    );
    if (giver) await recordActivity(trx, userId);
  });
}

/**
 * Closes my request now (once; closing again changes nothing). Anonymous answers may then be
 * shown, when at least three arrived. Anyone else's request is 404.
 */
export async function closeFeedbackRequest(db: Db, userId: string, id: string) {
  await db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable('feedbackRequests')
      .set({ closedAt: nowIso() })
      .where('id', '=', id)
      .where('requesterId', '=', userId)
      .where('closedAt', 'is', null)
      .executeTakeFirst();
    // Nothing is left to answer: the colleagues' inbox items about it go.
    if (closed.numUpdatedRows > 0n) {
      await removeInboxItems(trx, { type: 'feedback_request', ids: [id] });
    }
  });
  return loadFeedbackRequest(db, userId, id);
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
  const row = await createLearningItem(db, userId, {
    kind: 'feedback',
    title: body.title ?? `Feedback: ${request.question}`.slice(0, 200).trimEnd(),
    source: answer.giverName ?? 'Anonymous',
    status: body.status,
    insights: sbiInsights(request.question, answer),
    aspirationIds: body.aspirationIds ?? (request.aspiration ? [request.aspiration.id] : []),
  });
  return presentLearningItemDetail(row, await loadLinks(db, [row.id]), []);
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
