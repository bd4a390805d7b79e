import type { BeliefQuery, CreateBeliefBody, UpdateBeliefBody } from '../../../contracts/beliefs';
import { toPage } from '../../../core/pagination';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { BeliefsTable } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { deleteWithShares } from '../../db/shares';

export const beliefColumns = [
  'id',
  'statement',
  'kind',
  'evidenceFor',
  'evidenceAgainst',
  'reframe',
  'sourceReflectionId',
  'createdAt',
  'updatedAt',
] as const;

export type BeliefRow = Pick<Selectable<BeliefsTable>, (typeof beliefColumns)[number]>;

/** The caller's own belief; 404 for anyone else's, so existence is never revealed. */
export async function findOwnBelief(db: Db, userId: string, id: string): Promise<BeliefRow> {
  const row = await db
    .selectFrom('beliefs')
    .select(beliefColumns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('No such belief.');
  return row;
}

/** A person's beliefs, newest first, optionally of one kind. */
export async function listBeliefs(db: Db, userId: string, query: BeliefQuery) {
  let select = db
    .selectFrom('beliefs')
    .select(beliefColumns)
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.kind) select = select.where('kind', '=', query.kind);
  if (query.reflection) select = select.where('sourceReflectionId', '=', query.reflection);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  return toPage(await select.execute(), query.limit, 'id', (row) => row.id);
}

/** A belief may start from one of the person's own reflections only (400 otherwise). */
async function checkSource(db: Db, userId: string, reflectionId: string | null | undefined) {
  if (!reflectionId) return;
  const found = await db
    .selectFrom('reflections')
    .select('id')
    .where('id', '=', reflectionId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!found) {
    throw badRequest('validation_failed', 'No such reflection.', [
      { path: ['sourceReflectionId'], message: 'Choose one of your reflections.' },
    ]);
  }
}

/** Registers a belief, possibly noticed in one of the person's reflections. */
export async function createBelief(db: Db, userId: string, body: CreateBeliefBody) {
  return db.transaction().execute(async (trx) => {
    await checkSource(trx, userId, body.sourceReflectionId);
    const now = nowIso();
    const id = newId();
    await trx
      .insertInto('beliefs')
      .values({
        id,
        userId,
        statement: body.statement,
        kind: body.kind,
        evidenceFor: body.evidenceFor ?? '',
        evidenceAgainst: body.evidenceAgainst ?? '',
        reframe: body.reframe ?? '',
        sourceReflectionId: body.sourceReflectionId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    return findOwnBelief(trx, userId, id);
  });
}

/** Changes what was sent; the belief must be the caller's (404) and a new source theirs (400). */
export async function updateBelief(db: Db, userId: string, id: string, body: UpdateBeliefBody) {
  return db.transaction().execute(async (trx) => {
    await findOwnBelief(trx, userId, id);
    await checkSource(trx, userId, body.sourceReflectionId);
    await trx
      .updateTable('beliefs')
      .set({
        ...(body.statement !== undefined ? { statement: body.statement } : {}),
        ...(body.kind !== undefined ? { kind: body.kind } : {}),
        ...(body.evidenceFor !== undefined ? { evidenceFor: body.evidenceFor } : {}),
        ...(body.evidenceAgainst !== undefined ? { evidenceAgainst: body.evidenceAgainst } : {}),
        ...(body.reframe !== undefined ? { reframe: body.reframe } : {}),
        ...(body.sourceReflectionId !== undefined
          ? { sourceReflectionId: body.sourceReflectionId }
          : {}),
        updatedAt: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    return findOwnBelief(trx, userId, id);
  });
}

export async function deleteBelief(db: Db, userId: string, id: string) {
  await deleteWithShares(db, 'belief', id, async (trx) => {
    const result = await trx
      .deleteFrom('beliefs')
      .where('id', '=', id)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound('No such belief.');
  });
}
