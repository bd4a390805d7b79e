import type { CreateReactionBody, UpdateReactionBody } from '../../../contracts/reactions';
import { localDate } from '../../../core/calendar';
import type { Db } from '../../db/database';
import { timeZoneOf } from '../../db/people';
import { badRequest } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso, recordedAt } from '../../lib/time';
import { findOwnReaction, type ReactionRow } from './queries';

/** The instant to record and its calendar date in the person's time zone; 400 for the future. */
async function momentOf(db: Db, userId: string, at: string | undefined) {
  const instant = recordedAt(at);
  if (!instant) {
    throw badRequest('validation_failed', 'Choose a moment that is not in the future.', [
      { path: ['at'], message: 'Choose a moment that is not in the future.' },
    ]);
  }
  return { at: instant, date: localDate(instant, await timeZoneOf(db, userId)) };
}

/** Logs a reaction: when (now, or a past `at`), what set it off, what was felt, done and chosen. */
export async function createReaction(
  db: Db,
  userId: string,
  body: CreateReactionBody,
): Promise<ReactionRow> {
  const now = nowIso();
  const row = {
    id: newId(),
    userId,
    ...(await momentOf(db, userId, body.at)),
    trigger: body.trigger,
    emotions: JSON.stringify(body.emotions),
    intensity: body.intensity,
    automaticReaction: body.automaticReaction,
    chosenResponse: body.chosenResponse,
    outcome: body.outcome,
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('reactions').values(row).execute();
  return findOwnReaction(db, userId, row.id);
}

/** Changes a reaction; a new `at` moves its calendar date with it. One transaction. */
export async function updateReaction(
  db: Db,
  userId: string,
  id: string,
  body: UpdateReactionBody,
): Promise<ReactionRow> {
  return db.transaction().execute(async (trx) => {
    await findOwnReaction(trx, userId, id);
    await trx
      .updateTable('reactions')
      .set({
        ...(body.at !== undefined ? await momentOf(trx, userId, body.at) : {}),
        ...(body.trigger !== undefined ? { trigger: body.trigger } : {}),
        ...(body.emotions !== undefined ? { emotions: JSON.stringify(body.emotions) } : {}),
        ...(body.intensity !== undefined ? { intensity: body.intensity } : {}),
        ...(body.automaticReaction !== undefined
          ? { automaticReaction: body.automaticReaction }
          : {}),
        ...(body.chosenResponse !== undefined ? { chosenResponse: body.chosenResponse } : {}),
        ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
        updatedAt: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    return findOwnReaction(trx, userId, id);
  });
}

export async function deleteReaction(db: Db, userId: string, id: string) {
  await findOwnReaction(db, userId, id);
  await db.deleteFrom('reactions').where('id', '=', id).execute();
}
