import type {
  CheckInBody,
  CreatePracticeBody,
  Schedule,
  UpdatePracticeBody,
} from '../../../contracts/practices';
import { isCalendarDate } from '../../../core/calendar';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { PracticeCheckinsTable, PracticesTable } from '../../db/schema';
import { isUniqueViolation } from '../../db/errors';
import { todayFor } from '../../db/people';
import { badRequest, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { deleteWithShares } from '../../db/shares';
import { recordActivity } from '../statistics/activity';
import { refreshReminders } from '../../reminders/refresh';
import { practiceColumns } from '../../db/tables/practice';
import {
  keepSummaryAfterCheckIn,
  lockPractice,
  summarizePractice,
} from '../../db/check-in-summaries';

export { practiceColumns };

export type PracticeRow = Pick<Selectable<PracticesTable>, (typeof practiceColumns)[number]>;
export type CheckInRow = Pick<
  Selectable<PracticeCheckinsTable>,
  'practiceId' | 'date' | 'status' | 'note'
>;

export const scheduleOf = (row: PracticeRow) => JSON.parse(row.schedule) as Schedule;

export async function findOwnPractice(db: Db, userId: string, id: string): Promise<PracticeRow> {
  const row = await db
    .selectFrom('practices')
    .select(practiceColumns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('No such practice.');
  return row;
}

/** Links may only point at the person's own aspiration or value (400 otherwise, same wording). */
async function checkLinks(
  db: Db,
  userId: string,
  links: { aspirationId?: string | null; valueId?: string | null },
) {
  // An empty id is looked up like any other (and not found), never stored as a dangling link.
  if (typeof links.aspirationId === 'string') {
    const found = await db
      .selectFrom('aspirations')
      .select('id')
      .where('id', '=', links.aspirationId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!found)
      throw badRequest('validation_failed', 'No such aspiration.', [
        { path: ['aspirationId'], message: 'Choose one of your aspirations.' },
      ]);
  }
  if (typeof links.valueId === 'string') {
    const found = await db
      .selectFrom('personalValues')
      .select('id')
      .where('id', '=', links.valueId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!found)
      throw badRequest('validation_failed', 'No such value.', [
        { path: ['valueId'], message: 'Choose one of your values.' },
      ]);
  }
}

export async function createPractice(db: Db, userId: string, body: CreatePracticeBody) {
  await checkLinks(db, userId, body);
  const now = nowIso();
  const row = {
    id: newId(),
    userId,
    name: body.name,
    description: body.description ?? '',
    schedule: JSON.stringify(body.schedule),
    aspirationId: body.aspirationId ?? null,
    valueId: body.valueId ?? null,
    startDate: await todayFor(db, userId),
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('practices').values(row).execute();
  return findOwnPractice(db, userId, row.id);
}

export async function updatePractice(db: Db, userId: string, id: string, body: UpdatePracticeBody) {
  const current = await findOwnPractice(db, userId, id);
  await checkLinks(db, userId, body);
  await db.transaction().execute(async (trx) => {
    if (body.schedule !== undefined) await lockPractice(trx, id, null);
    await trx
      .updateTable('practices')
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.schedule !== undefined ? { schedule: JSON.stringify(body.schedule) } : {}),
        ...(body.aspirationId !== undefined ? { aspirationId: body.aspirationId } : {}),
        ...(body.valueId !== undefined ? { valueId: body.valueId } : {}),
        ...(body.archived !== undefined
          ? { archivedAt: body.archived ? (current.archivedAt ?? nowIso()) : null }
          : {}),
        updatedAt: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    // Strength and streaks follow the schedule: the summary is made again under the new one.
    if (body.schedule !== undefined) await summarizePractice(trx, id, body.schedule);
  });
  if (body.schedule !== undefined) await refreshReminders(db, { practiceId: id });
  await recordActivity(db, userId);
  return findOwnPractice(db, userId, id);
}

export async function deletePractice(db: Db, userId: string, id: string) {
  await findOwnPractice(db, userId, id);
  await deleteWithShares(db, 'practice', id, (trx) =>
    trx.deleteFrom('practices').where('id', '=', id).execute(),
  );
  await recordActivity(db, userId);
}

/** A check-in date must be a real date, not after today in the person's time zone. */
async function checkDate(db: Db, userId: string, date: string) {
  if (!isCalendarDate(date)) {
    throw badRequest('validation_failed', 'That is not a date.', [
      { path: ['date'], message: 'Use a real date, YYYY-MM-DD.' },
    ]);
  }
  if (date > (await todayFor(db, userId))) {
    throw badRequest('validation_failed', 'That day has not come yet.', [
      { path: ['date'], message: 'Check in for today or a past day.' },
    ]);
  }
}

/** Marks a day done or skipped (replacing what was there), in one transaction. */
export async function checkIn(
  db: Db,
  userId: string,
  practiceId: string,
  date: string,
  body: CheckInBody,
): Promise<CheckInRow> {
  await findOwnPractice(db, userId, practiceId);
  await checkDate(db, userId, date);
  const now = nowIso();
  const values = { status: body.status, note: body.note || null, updatedAt: now };
  const write = () =>
    db.transaction().execute(async (trx) => {
      const { schedule, previous } = await lockPractice(trx, practiceId, date);
      const updated = await trx
        .updateTable('practiceCheckins')
        .set(values)
        .where('practiceId', '=', practiceId)
        .where('date', '=', date)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) {
        await trx
          .insertInto('practiceCheckins')
          .values({ id: newId(), practiceId, date, createdAt: now, ...values })
          .execute();
      }
      await keepSummaryAfterCheckIn(
        trx,
        practiceId,
        schedule,
        { date, status: body.status },
        previous,
      );
      await recordActivity(trx, userId);
    });
  try {
    await write();
  } catch (error) {
    // Two check-ins for the same day at once: the other insert won, so this one updates.
    if (!isUniqueViolation(error)) throw error;
    await write();
  }
  return { practiceId, date, status: body.status, note: values.note };
}

/** Undoes a day's check-in; 404 when there was none. */
export async function undoCheckIn(db: Db, userId: string, practiceId: string, date: string) {
  await findOwnPractice(db, userId, practiceId);
  await db.transaction().execute(async (trx) => {
    const { schedule } = await lockPractice(trx, practiceId, null);
    const result = await trx
      .deleteFrom('practiceCheckins')
      .where('practiceId', '=', practiceId)
      .where('date', '=', date)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound('No check-in on that day.');
    await summarizePractice(trx, practiceId, schedule);
    await recordActivity(trx, userId);
  });
}

export async function loadCheckIns(db: Db, practiceIds: string[]): Promise<CheckInRow[]> {
  if (practiceIds.length === 0) return [];
  return db
    .selectFrom('practiceCheckins')
    .select(['practiceId', 'date', 'status', 'note'])
    .where('practiceId', 'in', practiceIds)
    .orderBy('date')
    .execute();
}
