import type { CreateReflectionBody, UpdateReflectionBody } from '../../../contracts/reflections';
import { localDate } from '../../../core/calendar';
import { PROMPTS } from '../../../core/prompts';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { ReflectionsTable } from '../../db/schema';
import { reflectionColumns } from '../../db/tables/journal';
import { timeZoneOf } from '../../db/people';
import { badRequest, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso, recordedAt } from '../../lib/time';
import { deleteWithShares } from '../../db/shares';
import { recordActivity } from '../statistics/activity';

export { reflectionColumns };

export type ReflectionRow = Pick<Selectable<ReflectionsTable>, (typeof reflectionColumns)[number]>;

export async function findOwnReflection(
  db: Db,
  userId: string,
  id: string,
): Promise<ReflectionRow> {
  const row = await db
    .selectFrom('reflections')
    .select(reflectionColumns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('No such reflection.');
  return row;
}

/**
 * Writes a reflection; `date` is the calendar date in the author's time zone. The search index
 * follows by itself (a generated column on PostgreSQL, triggers on SQLite).
 */
export async function createReflection(db: Db, userId: string, body: CreateReflectionBody) {
  const at = recordedAt(body.at);
  if (!at) {
    throw badRequest('validation_failed', 'Choose a moment that is not in the future.', [
      { path: ['at'], message: 'Choose a moment that is not in the future.' },
    ]);
  }
  if (body.promptId !== undefined && !PROMPTS.some((p) => p.id === body.promptId)) {
    throw badRequest('validation_failed', 'No such prompt.', [
      { path: ['promptId'], message: 'No such prompt.' },
    ]);
  }
  if (body.form && body.form.type !== body.kind) {
    throw badRequest('validation_failed', 'The form does not match the kind.', [
      { path: ['form', 'type'], message: `Use kind "${body.form.type}" with this form.` },
    ]);
  }
  const now = nowIso();
  const row = {
    id: newId(),
    userId,
    kind: body.kind,
    title: body.title ?? '',
    body: body.body,
    promptId: body.promptId ?? null,
    moodPleasantness: body.mood?.pleasantness ?? null,
    moodEnergy: body.mood?.energy ?? null,
    emotions: JSON.stringify(body.emotions ?? []),
    tags: JSON.stringify(body.tags ?? []),
    form: body.form ? JSON.stringify(body.form) : null,
    at,
    date: localDate(at, await timeZoneOf(db, userId)),
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('reflections').values(row).execute();
  await recordActivity(db, userId);
  return findOwnReflection(db, userId, row.id);
}

export async function updateReflection(
  db: Db,
  userId: string,
  id: string,
  body: UpdateReflectionBody,
) {
  return db.transaction().execute(async (trx) => {
    const current = await findOwnReflection(trx, userId, id);
    if (body.form && body.form.type !== current.kind) {
      throw badRequest('validation_failed', 'The form does not match the kind.', [
        { path: ['form', 'type'], message: `This reflection is a ${current.kind}.` },
      ]);
    }
    const changes = {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.body !== undefined ? { body: body.body } : {}),
      ...(body.mood !== undefined
        ? {
            moodPleasantness: body.mood?.pleasantness ?? null,
            moodEnergy: body.mood?.energy ?? null,
          }
        : {}),
      ...(body.emotions !== undefined ? { emotions: JSON.stringify(body.emotions) } : {}),
      ...(body.tags !== undefined ? { tags: JSON.stringify(body.tags) } : {}),
      ...(body.form !== undefined ? { form: body.form ? JSON.stringify(body.form) : null } : {}),
      updatedAt: nowIso(),
    };
    await trx.updateTable('reflections').set(changes).where('id', '=', id).execute();
    return findOwnReflection(trx, userId, id);
  });
}

export async function deleteReflection(db: Db, userId: string, id: string) {
  await findOwnReflection(db, userId, id);
  await deleteWithShares(db, 'reflection', id, (trx) =>
    trx.deleteFrom('reflections').where('id', '=', id).execute(),
  );
  await recordActivity(db, userId);
}
