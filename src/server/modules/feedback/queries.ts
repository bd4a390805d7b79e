import type { PageQuery } from '../../../contracts/common';
import { closedAt, visibleAnswers } from '../../../core/feedback';
import { toPage } from '../../../core/pagination';
import { pageLoaded } from '../../db/paging';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { nowIso } from '../../lib/time';
import { presentAskedOfMe, presentFeedbackRequest } from './presenters';

/** The facts of one person asked, with their request, as the answer rules need them. */
export function recipientWithRequest(db: Db) {
  return db
    .selectFrom('feedbackRecipients')
    .innerJoin('feedbackRequests', 'feedbackRequests.id', 'feedbackRecipients.requestId')
    .innerJoin('users', 'users.id', 'feedbackRequests.requesterId')
    .leftJoin('aspirations', 'aspirations.id', 'feedbackRequests.aspirationId')
    .select([
      'feedbackRecipients.id as recipientId',
      'feedbackRecipients.answered',
      'feedbackRecipients.linkMailed',
      'feedbackRecipients.email',
      'feedbackRequests.id as requestId',
      'feedbackRequests.question',
      'feedbackRequests.anonymity',
      'feedbackRequests.expiresAt',
      'feedbackRequests.closedAt',
      'users.id as requesterId',
      'users.name as requesterName',
      'aspirations.title as aspirationTitle',
    ]);
}
export type Recipient = Awaited<
  ReturnType<ReturnType<typeof recipientWithRequest>['executeTakeFirstOrThrow']>
>;

/** What a request shows of itself, and of the aspiration it is about. */
const requestColumns = [
  ...(['id', 'question', 'anonymity', 'expiresAt', 'closedAt', 'createdAt'] as const).map(
    (column) => `feedbackRequests.${column}` as const,
  ),
  'aspirations.id as aspirationId',
  'aspirations.title as aspirationTitle',
] as const;

/**
 * A request as its requester sees it: only the answers that may be shown (named ones; anonymous
 * ones once closed and at least three). Nothing else about the recipients or the held-back
 * answers: not who answered, not how many, not when.
 */
export async function loadFeedbackRequest(db: Db, userId: string, id: string) {
  const request = await db
    .selectFrom('feedbackRequests')
    .leftJoin('aspirations', 'aspirations.id', 'feedbackRequests.aspirationId')
    .select(requestColumns)
    .where('feedbackRequests.id', '=', id)
    .where('feedbackRequests.requesterId', '=', userId)
    .executeTakeFirst();
  if (!request) throw notFound('No such request.');
  const [recipients, answers] = await Promise.all([
    db
      .selectFrom('feedbackRecipients')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('requestId', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('feedbackAnswers')
      .select([
        'id',
        'giverId',
        'giverName',
        'situation',
        'behavior',
        'impact',
        'suggestion',
        'answeredAt',
      ])
      .where('requestId', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  const closed = closedAt(request, nowIso());
  const shown = visibleAnswers(
    answers.map((a) => ({ ...a, anonymous: a.giverName === null })),
    closed !== null,
  );
  return presentFeedbackRequest(request, {
    closedAt: closed,
    recipientCount: Number(recipients.count),
    answers: [...shown.named, ...shown.anonymous],
  });
}

/**
 * My requests, newest first (oldest first for my data export), a page at a time, each as
 * `loadFeedbackRequest` shows it.
 */
export function listFeedbackRequests(
  db: Db,
  userId: string,
  page: PageQuery,
  order: 'asc' | 'desc' = 'desc',
) {
  return pageLoaded(
    db.selectFrom('feedbackRequests').select('id').where('requesterId', '=', userId),
    'id',
    page,
    (id) => loadFeedbackRequest(db, userId, id),
    order,
  );
}

function askedOfMeQuery(db: Db, userId: string) {
  return recipientWithRequest(db)
    .where('feedbackRecipients.userId', '=', userId)
    .orderBy('feedbackRequests.id', 'desc');
}

/** Requests asked of me as a colleague, newest first, each with whether I answered it. */
export async function listAskedOfMe(db: Db, userId: string, page: PageQuery) {
  let select = askedOfMeQuery(db, userId).limit(page.limit + 1);
  if (page.cursor !== undefined) select = select.where('feedbackRequests.id', '<', page.cursor);
  const { items, nextCursor } = toPage(
    await select.execute(),
    page.limit,
    'id',
    (r) => r.requestId,
  );
  const now = nowIso();
  return { items: items.map((row) => presentAskedOfMe(row, now)), nextCursor };
}

/** One request asked of me, or 404 when I was not asked. */
export async function loadAskedOfMe(db: Db, userId: string, requestId: string) {
  const row = await askedOfMeQuery(db, userId)
    .where('feedbackRequests.id', '=', requestId)
    .executeTakeFirst();
  if (!row) throw notFound('No such request.');
  return presentAskedOfMe(row, nowIso());
}
