import {
  type CreateOutcomeBody,
  MAX_TEAM_OUTCOMES,
  type UpdateOutcomeBody,
} from '../../../contracts/team-vision';
import { canLinkAspiration } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { badRequest, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { findOutcome, type OutcomeRow, requireReader } from './queries';

/** A reader who may also write the vision and outcomes; other members get 403. */
async function requireEditor(db: Db, teamId: string, userId: string) {
  const reader = await requireReader(db, teamId, userId);
  if (!reader.canEdit) {
    throw forbidden(
      'not_allowed',
      'Only the team’s leaders can write its vision, unless the team lets members write it too.',
    );
  }
  return reader;
}

/** Writes the team's vision (its leaders, or members when the team allows). */
export async function writeTeamVision(db: Db, teamId: string, userId: string, vision: string) {
  await requireEditor(db, teamId, userId);
  await db
    .updateTable('teams')
    .set({ vision, visionUpdatedAt: nowIso(), visionUpdatedBy: userId })
    .where('id', '=', teamId)
    .execute();
}

/** Adds an outcome at the end of the team's list; at most MAX_TEAM_OUTCOMES. */
export async function createOutcome(
  db: Db,
  teamId: string,
  userId: string,
  body: CreateOutcomeBody,
): Promise<OutcomeRow> {
  await requireEditor(db, teamId, userId);
  return db.transaction().execute(async (trx) => {
    const { count } = await trx
      .selectFrom('teamOutcomes')
      .select(({ fn }) => fn.countAll<number>().as('count'))
      .where('teamId', '=', teamId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_TEAM_OUTCOMES) {
      throw badRequest('too_many_outcomes', `A team holds at most ${MAX_TEAM_OUTCOMES} outcomes.`, [
        { path: ['title'], message: 'Remove or merge an outcome first.' },
      ]);
    }
    const now = nowIso();
    const id = newId();
    await trx
      .insertInto('teamOutcomes')
      .values({
        id,
        teamId,
        title: body.title,
        description: body.description,
        position: Number(count),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    return findOutcome(trx, teamId, id);
  });
}

export async function updateOutcome(
  db: Db,
  teamId: string,
  userId: string,
  outcomeId: string,
  body: UpdateOutcomeBody,
): Promise<OutcomeRow> {
  await requireEditor(db, teamId, userId);
  await findOutcome(db, teamId, outcomeId);
  await db
    .updateTable('teamOutcomes')
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      updatedAt: nowIso(),
    })
    .where('id', '=', outcomeId)
    .execute();
  return findOutcome(db, teamId, outcomeId);
}

/** Rewrites the positions of a team's outcomes as 0, 1, 2… in the given order. */
async function renumber(db: Db, teamId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await db
      .updateTable('teamOutcomes')
      .set({ position })
      .where('id', '=', id)
      .where('teamId', '=', teamId)
      .execute();
  }
}

/** Deletes an outcome with the links to it, closing the gap in the order; one transaction. */
export async function deleteOutcome(db: Db, teamId: string, userId: string, outcomeId: string) {
  await requireEditor(db, teamId, userId);
  await db.transaction().execute(async (trx) => {
    await findOutcome(trx, teamId, outcomeId);
    await trx.deleteFrom('teamOutcomeLinks').where('outcomeId', '=', outcomeId).execute();
    await trx.deleteFrom('teamOutcomes').where('id', '=', outcomeId).execute();
    const rest = await trx
      .selectFrom('teamOutcomes')
      .select('id')
      .where('teamId', '=', teamId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    await renumber(
      trx,
      teamId,
      rest.map((r) => r.id),
    );
  });
}

/** Puts the team's outcomes in a new order: every outcome, each once; one transaction. */
export async function reorderOutcomes(
  db: Db,
  teamId: string,
  userId: string,
  outcomeIds: string[],
) {
  await requireEditor(db, teamId, userId);
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('teamOutcomes')
      .select('id')
      .where('teamId', '=', teamId)
      .execute();
    const known = new Set(current.map((r) => r.id));
    if (current.length !== outcomeIds.length || !outcomeIds.every((id) => known.has(id))) {
      throw badRequest('validation_failed', 'Name every outcome of the team, each once.', [
        { path: ['outcomeIds'], message: 'Name every outcome of the team, each once.' },
      ]);
    }
    await renumber(trx, teamId, outcomeIds);
  });
}

/**
 * Links one of my aspirations to an outcome of a team I am in (opt-in alignment). Linking
 * again changes nothing. Who sees the link is decided at read time by the aspiration's shares.
 */
export async function linkAspiration(
  db: Db,
  teamId: string,
  userId: string,
  outcomeId: string,
  aspirationId: string,
) {
  const { standing } = await requireReader(db, teamId, userId);
  await findOutcome(db, teamId, outcomeId);
  const own = await db
    .selectFrom('aspirations')
    .select('id')
    .where('id', '=', aspirationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!canLinkAspiration(standing, own !== undefined)) throw notFound('No such aspiration.');
  await db
    .insertInto('teamOutcomeLinks')
    .values({ outcomeId, aspirationId, userId, createdAt: nowIso() })
    .onConflict((oc) => oc.columns(['outcomeId', 'aspirationId']).doNothing())
    .execute();
}

/**
 * Withdraws my link from an outcome. Consent stays revocable: the author may unlink even after
 * leaving the team (the link is invisible by then anyway).
 */
export async function unlinkAspiration(
  db: Db,
  teamId: string,
  userId: string,
  outcomeId: string,
  aspirationId: string,
) {
  const ofTeam = db.selectFrom('teamOutcomes').select('id').where('teamId', '=', teamId);
  const result = await db
    .deleteFrom('teamOutcomeLinks')
    .where('outcomeId', '=', outcomeId)
    .where('outcomeId', 'in', ofTeam)
    .where('aspirationId', '=', aspirationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('No such link.');
}
