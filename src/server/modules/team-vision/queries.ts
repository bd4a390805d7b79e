import type { Selectable } from 'kysely';
import type { MyAlignmentQuery } from '../../../contracts/team-vision';
import { toPage } from '../../../core/pagination';
import { canEditTeamVision, canReadTeamContent, type TeamStanding } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import type { TeamOutcomesTable } from '../../db/schema';
import { notFound } from '../../errors';
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
export async function requireReader(db: Db, teamId: string, userId: string) {
  const team = await db
    .selectFrom('teams')
    .leftJoin('users', 'users.id', 'teams.visionUpdatedBy')
    .selectAll('teams')
    .select(['users.id as updatedById', 'users.name as updatedByName'])
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

/** One outcome of a team, or 404. */
export async function findOutcome(db: Db, teamId: string, outcomeId: string): Promise<OutcomeRow> {
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

/**
 * My links to the outcomes of the teams I am in now, optionally of one aspiration, a page at a
 * time by outcome, then aspiration.
 */
export async function myAlignments(db: Db, userId: string, query: MyAlignmentQuery) {
  let select = db
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
    .orderBy('teamOutcomeLinks.outcomeId')
    .orderBy('teamOutcomeLinks.aspirationId')
    .limit(query.limit + 1);
  if (query.aspirationId !== undefined) {
    select = select.where('aspirations.id', '=', query.aspirationId);
  }
  if (query.cursor !== undefined) {
    const { first, second } = query.cursor;
    select = select.where(({ or, and, eb }) =>
      or([
        eb('teamOutcomeLinks.outcomeId', '>', first),
        and([
          eb('teamOutcomeLinks.outcomeId', '=', first),
          eb('teamOutcomeLinks.aspirationId', '>', second),
        ]),
      ]),
    );
  }
  const page = toPage(await select.execute(), query.limit, 'linked', (r) => ({
    first: r.outcomeId,
    second: r.aspirationId,
  }));
  return {
    items: page.items.map((r) => ({
      team: { id: r.teamId, name: r.teamName },
      outcome: { id: r.outcomeId, title: r.outcomeTitle },
      aspiration: { id: r.aspirationId, title: r.aspirationTitle },
      linkedAt: r.linkedAt,
    })),
    nextCursor: page.nextCursor,
  };
}
