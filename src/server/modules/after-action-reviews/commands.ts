import {
  type ActionItemBody,
  type CreateAarBody,
  MAX_ACTION_ITEMS,
  type UpdateAarBody,
  type UpdateActionItemBody,
} from '../../../contracts/after-action-reviews';
import { canDeleteAar, canOwnActionItem } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { raiseInboxItem, removeInboxItems } from '../../db/inbox';
import { todayFor } from '../../db/people';
import { badRequest, type FieldIssue, forbidden } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { findItem, type ItemRow, requireParticipant, requireReview, standingIn } from './queries';

const invalid = (issues: FieldIssue[]) =>
  badRequest('validation_failed', issues[0]?.message ?? 'Not valid.', issues);

/** The review's date must not lie after today in the writer's time zone. */
async function checkDate(db: Db, userId: string, date: string | undefined) {
  if (date !== undefined && date > (await todayFor(db, userId))) {
    throw invalid([{ path: ['date'], message: 'Review something that has happened.' }]);
  }
}

/** Action items are owned by members of the team now; anyone else is a 400 on that field. */
async function checkOwners(
  db: Db,
  teamId: string,
  owners: { ownerId: string; path: FieldIssue['path'] }[],
) {
  const issues: FieldIssue[] = [];
  for (const { ownerId, path } of owners) {
    if (!canOwnActionItem(await standingIn(db, teamId, ownerId))) {
      issues.push({ path, message: 'Choose a member of the team.' });
    }
  }
  if (issues.length > 0) {
    throw badRequest('not_team_member', 'Action items are owned by members of the team.', issues);
  }
}

/** Writes a new review of the team with its action items, in one transaction. */
export async function createReview(db: Db, teamId: string, userId: string, body: CreateAarBody) {
  await requireParticipant(db, teamId, userId);
  await checkDate(db, userId, body.date);
  await checkOwners(
    db,
    teamId,
    body.actionItems.map((item, index) => ({
      ownerId: item.ownerId,
      path: ['actionItems', index, 'ownerId'],
    })),
  );
  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('afterActionReviews')
      .values({
        id,
        teamId,
        title: body.title,
        date: body.date,
        expected: body.expected,
        happened: body.happened,
        whyDifferent: body.whyDifferent,
        nextTime: body.nextTime,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    if (body.actionItems.length > 0) {
      await trx
        .insertInto('aarActionItems')
        .values(
          body.actionItems.map((item) => ({
            id: newId(),
            reviewId: id,
            text: item.text,
            ownerId: item.ownerId,
            doneAt: null,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .execute();
    }
    await giveActionItems(trx, id, userId, body.actionItems);
  });
  return id;
}

/** Puts an action item in its owner's inbox (not when they gave it to themselves). */
function giveActionItems(
  trx: Db,
  reviewId: string,
  userId: string,
  items: readonly { ownerId?: string | null | undefined }[],
) {
  return raiseInboxItem(trx, {
    to: items.flatMap((item) => (item.ownerId ? [item.ownerId] : [])),
    kind: 'aar_action_item',
    actorId: userId,
    subject: { type: 'aar', id: reviewId },
    url: `/aars/${reviewId}`,
  });
}

/** Changes a review's title, date or answers (any member of its team). */
export async function updateReview(db: Db, reviewId: string, userId: string, body: UpdateAarBody) {
  await requireReview(db, reviewId, userId);
  await checkDate(db, userId, body.date);
  await db
    .updateTable('afterActionReviews')
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.date !== undefined ? { date: body.date } : {}),
      ...(body.expected !== undefined ? { expected: body.expected } : {}),
      ...(body.happened !== undefined ? { happened: body.happened } : {}),
      ...(body.whyDifferent !== undefined ? { whyDifferent: body.whyDifferent } : {}),
      ...(body.nextTime !== undefined ? { nextTime: body.nextTime } : {}),
      updatedAt: nowIso(),
    })
    .where('id', '=', reviewId)
    .execute();
}

/** Deletes a review with its action items (its writer, or a leader of the team). */
export async function deleteReview(db: Db, reviewId: string, userId: string) {
  const { review, standing } = await requireReview(db, reviewId, userId);
  if (!canDeleteAar(standing, review.createdBy === userId)) {
    throw forbidden('not_allowed', 'Only whoever wrote it and the team’s leaders can delete it.');
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('afterActionReviews').where('id', '=', reviewId).execute();
    await removeInboxItems(trx, { type: 'aar', ids: [reviewId] });
  });
}

export async function addActionItem(
  db: Db,
  reviewId: string,
  userId: string,
  body: ActionItemBody,
): Promise<ItemRow> {
  const { review } = await requireReview(db, reviewId, userId);
  await checkOwners(db, review.teamId, [{ ownerId: body.ownerId, path: ['ownerId'] }]);
  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const { count } = await trx
      .selectFrom('aarActionItems')
      .select(({ fn }) => fn.countAll<number>().as('count'))
      .where('reviewId', '=', reviewId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_ACTION_ITEMS) {
      throw badRequest(
        'too_many_action_items',
        `A review holds at most ${MAX_ACTION_ITEMS} action items.`,
      );
    }
    await trx
      .insertInto('aarActionItems')
      .values({
        id,
        reviewId,
        text: body.text,
        ownerId: body.ownerId,
        doneAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await giveActionItems(trx, reviewId, userId, [body]);
  });
  return findItem(db, reviewId, id);
}

/** Changes an action item, or marks it done or open again (any member of the team). */
export async function updateActionItem(
  db: Db,
  reviewId: string,
  itemId: string,
  userId: string,
  body: UpdateActionItemBody,
): Promise<ItemRow> {
  const { review } = await requireReview(db, reviewId, userId);
  const item = await findItem(db, reviewId, itemId);
  if (body.ownerId !== undefined && body.ownerId !== item.ownerId) {
    await checkOwners(db, review.teamId, [{ ownerId: body.ownerId, path: ['ownerId'] }]);
  }
  const now = nowIso();
  await db
    .updateTable('aarActionItems')
    .set({
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.ownerId !== undefined ? { ownerId: body.ownerId } : {}),
      ...(body.done === true && item.doneAt === null ? { doneAt: now } : {}),
      ...(body.done === false ? { doneAt: null } : {}),
      updatedAt: now,
    })
    .where('id', '=', itemId)
    .execute();
  return findItem(db, reviewId, itemId);
}

export async function deleteActionItem(db: Db, reviewId: string, itemId: string, userId: string) {
  await requireReview(db, reviewId, userId);
  await findItem(db, reviewId, itemId);
  await db.deleteFrom('aarActionItems').where('id', '=', itemId).execute();
}
