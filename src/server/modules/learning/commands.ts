import {
  type CreateLearningItemBody,
  type LearningSessionBody,
  MAX_SESSIONS_PER_ITEM,
  type UpdateLearningItemBody,
} from '../../../contracts/learning';

import type { Selectable } from 'kysely';
import { learningItemColumns } from '../../db/tables/practice';
import type { Db } from '../../db/database';
import type { LearningItemsTable, LearningSessionsTable } from '../../db/schema';
import { todayFor } from '../../db/people';
import { badRequest, conflict, type FieldIssue, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { deleteWithShares } from '../../db/shares';
import { recordActivity } from '../statistics/activity';

export { learningItemColumns };

export type LearningItemRow = Pick<
  Selectable<LearningItemsTable>,
  (typeof learningItemColumns)[number]
>;
export type LinkRow = { learningItemId: string; aspirationId: string; title: string };
export type SessionRow = Selectable<LearningSessionsTable>;

/** The caller's own learning item; 404 for anyone else's, so existence is never revealed. */
export async function findOwnItem(db: Db, userId: string, id: string): Promise<LearningItemRow> {
  const row = await db
    .selectFrom('learningItems')
    .select(learningItemColumns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('No such learning item.');
  return row;
}

/** The aspirations some items serve, with their titles, in the order they were created. */
export async function loadLinks(db: Db, itemIds: string[]): Promise<LinkRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('learningItemAspirations as l')
    .innerJoin('aspirations as a', 'a.id', 'l.aspirationId')
    .select(['l.learningItemId', 'l.aspirationId', 'a.title'])
    .where('l.learningItemId', 'in', itemIds)
    .orderBy('a.id')
    .execute();
}

/** All minutes logged on each of some items (items without sessions are absent). */
export async function loadTotals(db: Db, itemIds: string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('learningSessions')
    .select((eb) => ['learningItemId', eb.fn.sum<number | string>('minutes').as('minutes')])
    .where('learningItemId', 'in', itemIds)
    .groupBy('learningItemId')
    .execute();
  // PostgreSQL answers sum() as a bigint string.
  return new Map(rows.map((r) => [r.learningItemId, Number(r.minutes)]));
}

/** An item's sessions, newest first. */
export async function loadSessions(db: Db, itemId: string): Promise<SessionRow[]> {
  return db
    .selectFrom('learningSessions')
    .select(['id', 'learningItemId', 'date', 'minutes', 'note', 'createdAt'])
    .where('learningItemId', '=', itemId)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

const invalid = (issues: FieldIssue[]) =>
  badRequest('validation_failed', issues[0]?.message ?? 'Not valid.', issues);

/** Dates must not lie after today in the person's time zone. */
async function checkNotFuture(db: Db, userId: string, dates: Record<string, string | null>) {
  const given = Object.entries(dates).filter(([, date]) => date !== null);
  if (given.length === 0) return;
  const today = await todayFor(db, userId);
  const issues = given
    .filter(([, date]) => date! > today)
    .map(([field]) => ({ path: [field], message: 'Choose today or a day before.' }));
  if (issues.length > 0) throw invalid(issues);
}

/**
 * Links may only point at the person's own aspirations: anything else is a 400 worded the same
 * whether or not the aspiration exists, so no one learns of another person's.
 */
async function checkAspirations(db: Db, userId: string, ids: string[]) {
  if (ids.length === 0) return;
  const own = new Set(
    (
      await db
        .selectFrom('aspirations')
        .select('id')
        .where('userId', '=', userId)
        .where('id', 'in', ids)
        .execute()
    ).map((a) => a.id),
  );
  const issues = ids.flatMap((id, index) =>
    own.has(id)
      ? []
      : [{ path: ['aspirationIds', index], message: 'Choose one of your aspirations.' }],
  );
  if (issues.length > 0) throw invalid(issues);
}

async function linkAspirations(db: Db, itemId: string, aspirationIds: string[]) {
  if (aspirationIds.length === 0) return;
  await db
    .insertInto('learningItemAspirations')
    .values(aspirationIds.map((aspirationId) => ({ learningItemId: itemId, aspirationId })))
    .execute();
}

/** Records a learning item and the aspirations it serves, in one transaction. */
export async function createLearningItem(
  db: Db,
  userId: string,
  body: CreateLearningItemBody,
): Promise<LearningItemRow> {
  await checkNotFuture(db, userId, {
    startedOn: body.startedOn ?? null,
    finishedOn: body.finishedOn ?? null,
  });
  return db.transaction().execute(async (trx) => {
    await checkAspirations(trx, userId, body.aspirationIds);
    const now = nowIso();
    const id = newId();
    await trx
      .insertInto('learningItems')
      .values({
        id,
        userId,
        kind: body.kind,
        title: body.title,
        source: body.source,
        url: body.url ?? null,
        status: body.status,
        insights: body.insights,
        startedOn: body.startedOn ?? null,
        finishedOn: body.finishedOn ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await linkAspirations(trx, id, body.aspirationIds);
    return findOwnItem(trx, userId, id);
  });
}

/**
 * Changes a learning item; `aspirationIds`, when sent, replaces the links. The finish may not come
 * before the start, also when only one of them changes. One transaction.
 */
export async function updateLearningItem(
  db: Db,
  userId: string,
  id: string,
  body: UpdateLearningItemBody,
): Promise<LearningItemRow> {
  return db.transaction().execute(async (trx) => {
    const current = await findOwnItem(trx, userId, id);
    await checkNotFuture(trx, userId, {
      ...(body.startedOn !== undefined ? { startedOn: body.startedOn } : {}),
      ...(body.finishedOn !== undefined ? { finishedOn: body.finishedOn } : {}),
    });
    const startedOn = body.startedOn !== undefined ? body.startedOn : current.startedOn;
    const finishedOn = body.finishedOn !== undefined ? body.finishedOn : current.finishedOn;
    if (startedOn && finishedOn && finishedOn < startedOn) {
      throw invalid([
        {
          path: [body.finishedOn !== undefined ? 'finishedOn' : 'startedOn'],
          message: 'Finish on or after the day you started.',
        },
      ]);
    }
    if (body.aspirationIds !== undefined) {
      await checkAspirations(trx, userId, body.aspirationIds);
      await trx.deleteFrom('learningItemAspirations').where('learningItemId', '=', id).execute();
      await linkAspirations(trx, id, body.aspirationIds);
    }
    await trx
      .updateTable('learningItems')
      .set({
        ...(body.kind !== undefined ? { kind: body.kind } : {}),
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.source !== undefined ? { source: body.source } : {}),
        ...(body.url !== undefined ? { url: body.url } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        ...(body.insights !== undefined ? { insights: body.insights } : {}),
        startedOn,
        finishedOn,
        updatedAt: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    await recordActivity(trx, userId);
    return findOwnItem(trx, userId, id);
  });
}

/** Deletes a learning item with its sessions and links (foreign keys cascade) and its shares. */
export async function deleteLearningItem(db: Db, userId: string, id: string) {
  await findOwnItem(db, userId, id);
  await deleteWithShares(db, 'learning_item', id, (trx) =>
    trx.deleteFrom('learningItems').where('id', '=', id).execute(),
  );
  await recordActivity(db, userId);
}

/**
 * Logs time on a learning item: a day that has come (in the person's time zone) and hours in
 * quarters, kept as whole minutes. The item's `updatedAt` moves with it, in one transaction.
 */
export async function addSession(
  db: Db,
  userId: string,
  itemId: string,
  body: LearningSessionBody,
): Promise<SessionRow> {
  return db.transaction().execute(async (trx) => {
    await findOwnItem(trx, userId, itemId);
    await checkNotFuture(trx, userId, { date: body.date });
    const { count } = await trx
      .selectFrom('learningSessions')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('learningItemId', '=', itemId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_SESSIONS_PER_ITEM) {
      throw conflict(
        'too_many_sessions',
        `An item holds at most ${MAX_SESSIONS_PER_ITEM} sessions; log longer ones instead.`,
      );
    }
    const now = nowIso();
    const row = {
      id: newId(),
      learningItemId: itemId,
      date: body.date,
      minutes: Math.round(body.hours * 60),
      note: body.note,
      createdAt: now,
    };
    await trx.insertInto('learningSessions').values(row).execute();
    await trx
      .updateTable('learningItems')
      .set({ updatedAt: now })
      .where('id', '=', itemId)
      .execute();
    await recordActivity(trx, userId);
    return row;
  });
}

/** Removes one session of the caller's own item; 404 when either is not found. */
export async function deleteSession(db: Db, userId: string, itemId: string, sessionId: string) {
  await db.transaction().execute(async (trx) => {
    await findOwnItem(trx, userId, itemId);
    const result = await trx
      .deleteFrom('learningSessions')
      .where('id', '=', sessionId)
      .where('learningItemId', '=', itemId)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound('No such session.');
    await trx
      .updateTable('learningItems')
      .set({ updatedAt: nowIso() })
      .where('id', '=', itemId)
      .execute();
    await recordActivity(trx, userId);
  });
}
