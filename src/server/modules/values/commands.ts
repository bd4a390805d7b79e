import { type CreateValueBody, MAX_VALUES, type UpdateValueBody } from '../../../contracts/vision';
import type { Db } from '../../db/database';
import { badRequest, conflict, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { listValues, valueColumns as columns } from './queries';

async function findValue(db: Db, userId: string, id: string) {
  const value = await db
    .selectFrom('personalValues')
    .select(columns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!value) throw notFound('No such value.');
  return value;
}

/** Adds a value at the end of the ranking. */
export async function createValue(db: Db, userId: string, body: CreateValueBody) {
  return db.transaction().execute(async (trx) => {
    const existing = await listValues(trx, userId);
    if (existing.length >= MAX_VALUES) {
      throw conflict(
        'too_many_values',
        `Keep at most ${MAX_VALUES} values; ranking needs a short list.`,
      );
    }
    const now = nowIso();
    const value = {
      id: newId(),
      userId,
      name: body.name,
      description: body.description ?? '',
      rank: existing.length + 1,
      createdAt: now,
      updatedAt: now,
    };
    await trx.insertInto('personalValues').values(value).execute();
    return findValue(trx, userId, value.id);
  });
}

export async function updateValue(db: Db, userId: string, id: string, body: UpdateValueBody) {
  await findValue(db, userId, id);
  await db
    .updateTable('personalValues')
    .set({ ...body, updatedAt: nowIso() })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .execute();
  return findValue(db, userId, id);
}

/** Writes ranks 1…n in the given order; all in one transaction. */
async function writeRanks(db: Db, userId: string, ids: string[]) {
  for (const [index, id] of ids.entries()) {
    await db
      .updateTable('personalValues')
      .set({ rank: index + 1 })
      .where('id', '=', id)
      .where('userId', '=', userId)
      .execute();
  }
}

/** Removes a value and closes the gap in the ranking. */
export async function deleteValue(db: Db, userId: string, id: string) {
  await db.transaction().execute(async (trx) => {
    await findValue(trx, userId, id);
    await trx.deleteFrom('personalValues').where('id', '=', id).execute();
    const rest = await listValues(trx, userId);
    await writeRanks(
      trx,
      userId,
      rest.map((v) => v.id),
    );
  });
}

/** Re-ranks a person's values; `ids` must name each of their values exactly once. */
export async function reorderValues(db: Db, userId: string, ids: string[]) {
  return db.transaction().execute(async (trx) => {
    const existing = (await listValues(trx, userId)).map((v) => v.id);
    const same =
      ids.length === existing.length &&
      new Set(ids).size === ids.length &&
      ids.every((id) => existing.includes(id));
    if (!same) {
      throw badRequest(
        'order_mismatch',
        'Send each of your values exactly once, most important first.',
        [{ path: ['ids'], message: 'Must list each of your values exactly once.' }],
      );
    }
    await writeRanks(trx, userId, ids);
    return listValues(trx, userId);
  });
}
