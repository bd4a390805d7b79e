import type { Selectable } from 'kysely';
import {
  type CreateOutcomeBody,
  MAX_TEAM_OUTCOMES,
  type UpdateOutcomeBody,
} from '../../../contracts/team-vision';
import {
  canEditTeamVision,
  canLinkAspiration,
  canReadTeamContent,
  type TeamStanding,
} from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import type { TeamOutcomesTable } from '../../db/schema';
import { badRequest, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { readableItems } from '../sharing/access';

export const outcomeColumns = [
  'id',
  'title',
  'description',
  'position',
  'createdAt',
  'updatedAt',
] as const;
export type OutcomeRow = Pick<Selectable<TeamOutcomesTable>, (typeof outcomeColumns)[number]>;
export type LinkRow = {
  outcomeId: string;
  aspirationId: string;
  title: string;
  ownerId: string;
  ownerName: string;
  linkedAt: string;
};

const noSuchTeam = () => notFound('No such team.');

/**
 * The team and where the caller stands towards it. Team content is for the team's members: to
 * anyone else — org admins and facilitators included — the team's content does not exist (404).
 */
async function requireReader(db: Db, teamId: string, userId: string) {
  const team = await db
    .selectFrom('teams')
    .leftJoin('users', 'users.id', 'teams.visionUpdatedBy')
    .select([
      'teams.id',
      'teams.orgId',
      'teams.name',
      'teams.vision',
      'teams.membersMayEditVision',
      'teams.visionUpdatedAt',
      'users.id as updatedById',
      'users.name as updatedByName',
    ])
    .where('teams.id', '=', teamId)
    .executeTakeFirst();
  if (!team) throw noSuchTeam();
  const standing: TeamStanding = {
    orgRole: await orgRoleOf(db, team.orgId, userId),
    teamRole: await teamRoleOf(db, teamId, userId),
  };
  if (!canReadTeamContent(standing)) throw noSuchTeam();
  const membersMayEdit = team.membersMayEditVision === 1;
  return { team, standing, canEdit: canEditTeamVision(standing, membersMayEdit) };
}

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

async function findOutcome(db: Db, teamId: string, outcomeId: string): Promise<OutcomeRow> {
  const row = await db
    .selectFrom('teamOutcomes')
    .select(outcomeColumns)
    .where('id', '=', outcomeId)
    .where('teamId', '=', teamId)
    .executeTakeFirst();
  if (!row) throw notFound('No such outcome.');
  return row;
}

/**
 * The links a viewer may see on a team's outcomes: only those whose author is in the team now
 * and whose aspiration the viewer may read now (their own, or shared with them, their team or
 * their organization). Decided at every read by the sharing policy; nothing else is counted.
 */
export async function visibleLinks(db: Db, teamId: string, viewerId: string): Promise<LinkRow[]> {
  const links = await db
    .selectFrom('teamOutcomeLinks')
    .innerJoin('teamOutcomes', 'teamOutcomes.id', 'teamOutcomeLinks.outcomeId')
    .innerJoin('aspirations', 'aspirations.id', 'teamOutcomeLinks.aspirationId')
    .innerJoin('users', 'users.id', 'aspirations.userId')
    .innerJoin('teamMembers', (join) =>
      join
        .onRef('teamMembers.userId', '=', 'teamOutcomeLinks.userId')
        .onRef('teamMembers.teamId', '=', 'teamOutcomes.teamId'),
    )
    .select([
      'teamOutcomeLinks.outcomeId',
      'teamOutcomeLinks.aspirationId',
      'aspirations.title',
      'aspirations.userId as ownerId',
      'users.name as ownerName',
      'teamOutcomeLinks.createdAt as linkedAt',
    ])
    .where('teamOutcomes.teamId', '=', teamId)
    // A link is its author's opt-in: it counts only for their own aspiration.
    .whereRef('aspirations.userId', '=', 'teamOutcomeLinks.userId')
    .orderBy('teamOutcomeLinks.createdAt')
    .orderBy('teamOutcomeLinks.aspirationId')
    .execute();
  const readable = await readableItems(
    db,
    viewerId,
    'aspiration',
    links.map((l) => ({ id: l.aspirationId, ownerId: l.ownerId })),
  );
  return links.filter((l) => readable.has(l.aspirationId));
}

/** The team's vision and outcomes as a member sees them, with the links they may see. */
export async function loadTeamVision(db: Db, teamId: string, userId: string) {
  const { team, standing, canEdit } = await requireReader(db, teamId, userId);
  const [outcomes, links] = await Promise.all([
    db
      .selectFrom('teamOutcomes')
      .select(outcomeColumns)
      .where('teamId', '=', teamId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    visibleLinks(db, teamId, userId),
  ]);
  return { team, myRole: standing.teamRole!, canEdit, outcomes, links };
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

/** My links to the outcomes of the teams I am in now, optionally of one aspiration. */
export async function myAlignments(db: Db, userId: string, aspirationId?: string) {
  let query = db
    .selectFrom('teamOutcomeLinks')
    .innerJoin('teamOutcomes', 'teamOutcomes.id', 'teamOutcomeLinks.outcomeId')
    .innerJoin('teams', 'teams.id', 'teamOutcomes.teamId')
    .innerJoin('teamMembers', (join) =>
      join.onRef('teamMembers.teamId', '=', 'teams.id').on('teamMembers.userId', '=', userId),
    )
    .innerJoin('aspirations', 'aspirations.id', 'teamOutcomeLinks.aspirationId')
    .select([
      'teams.id as teamId',
      'teams.name as teamName',
      'teamOutcomes.id as outcomeId',
      'teamOutcomes.title as outcomeTitle',
      'aspirations.id as aspirationId',
      'aspirations.title as aspirationTitle',
      'teamOutcomeLinks.createdAt as linkedAt',
    ])
    .where('teamOutcomeLinks.userId', '=', userId)
    .where('aspirations.userId', '=', userId)
    .orderBy('teams.name')
    .orderBy('teamOutcomes.position')
    .orderBy('aspirations.title');
  if (aspirationId !== undefined) query = query.where('aspirations.id', '=', aspirationId);
  return (await query.execute()).map((r) => ({
    team: { id: r.teamId, name: r.teamName },
    outcome: { id: r.outcomeId, title: r.outcomeTitle },
    aspiration: { id: r.aspirationId, title: r.aspirationTitle },
    linkedAt: r.linkedAt,
  }));
}
