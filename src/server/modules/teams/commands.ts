import type { TeamRole } from '../../../core/access-policy';
import {
  canAskToJoinTeam,
  canConsentForTeam,
  canCreateTeam,
  canJoinTeamMyself,
  canManageTeam,
} from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import { recordMembershipChange, takeOutOfTeams } from '../../db/team-membership';
import { forgetKeptDashboards } from '../../db/kept-dashboards';
import { refreshContributor } from '../../db/statistics-summary';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { loadTeam, standing } from './queries';

async function requireManager(db: Db, teamId: string, userId: string) {
  const s = await standing(db, teamId, userId);
  if (!canManageTeam(s.orgRole, s.teamRole)) {
    throw forbidden(
      'not_allowed',
      'Only the team’s leaders and the organization’s admins can do that.',
    );
  }
  return s;
}

const leadersOnly = () =>
  forbidden('leaders_only', 'Only the team’s leaders can give the team’s consent.');

/**
 * Renames the team or changes its settings (leaders and org admins). Opening the team to anyone
 * in the organization, or closing it, is the team's consent: its leaders only. The vision itself
 * is team content, written through the team-vision module by those the team lets write it.
 */
export async function updateTeam(
  db: Db,
  teamId: string,
  userId: string,
  changes: {
    name?: string | undefined;
    membersMayEditVision?: boolean | undefined;
    openToJoin?: boolean | undefined;
  },
) {
  const s = await requireManager(db, teamId, userId);
  const opening = changes.openToJoin;
  if (opening !== undefined && opening !== s.team.openToJoin && !canConsentForTeam(s)) {
    throw leadersOnly();
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('teams')
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.membersMayEditVision !== undefined
          ? { membersMayEditVision: changes.membersMayEditVision ? 1 : 0 }
          : {}),
        ...(opening !== undefined ? { openToJoin: opening ? 1 : 0 } : {}),
        updatedAt: nowIso(),
      })
      .where('id', '=', teamId)
      .execute();
    // The dashboards name the team.
    if (changes.name !== undefined) await forgetKeptDashboards(trx, s.team.orgId);
    if (opening !== undefined && opening !== s.team.openToJoin) {
      await recordMembershipChange(trx, {
        teamId,
        userId,
        change: opening ? 'opened' : 'closed',
        byUserId: userId,
      });
    }
  });
  return loadTeam(db, teamId, userId);
}

/** Runs `work` in a transaction; a concurrent duplicate (a unique violation) answers 409 `code`. */
async function inTransaction(
  db: Db,
  code: string,
  message: string,
  work: (trx: Db) => Promise<void>,
): Promise<void> {
  try {
    await db.transaction().execute(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(code, message);
    throw error;
  }
}

/** Puts someone in the team (or changes their role there) and writes the line of history. */
async function placeInTeam(
  db: Db,
  props: {
    teamId: string;
    memberId: string;
    role: TeamRole;
    byUserId: string;
    how: 'joined' | 'added' | 'approved';
  },
) {
  const { teamId, memberId, role, byUserId } = props;
  await inTransaction(db, 'already_in_team', 'They are in this team already.', async (trx) => {
    const before = await teamRoleOf(trx, teamId, memberId);
    if (before === role) return;
    if (before) {
      await trx
        .updateTable('teamMembers')
        .set({ role })
        .where('teamId', '=', teamId)
        .where('userId', '=', memberId)
        .execute();
    } else {
      await trx
        .insertInto('teamMembers')
        .values({ teamId, userId: memberId, role, joinedAt: nowIso() })
        .execute();
      await trx
        .deleteFrom('teamJoinRequests')
        .where('teamId', '=', teamId)
        .where('userId', '=', memberId)
        .execute();
    }
    if (!before) await refreshContributor(trx, memberId);
    await recordMembershipChange(trx, {
      teamId,
      userId: memberId,
      change: before ? 'role_changed' : props.how,
      role,
      byUserId,
    });
  });
}

/**
 * Adds a member of the organization to the team, or changes their role in it (leaders and org
 * admins). Putting oneself into a team one is not in works only when the team is open to anyone
 * in the organization, and then as a member; otherwise it is 403 `consent_required`, whatever
 * one's role — ask to join instead.
 */
export async function setTeamMember(
  db: Db,
  teamId: string,
  userId: string,
  memberId: string,
  role: TeamRole,
) {
  if (memberId === userId) {
    const s = await standing(db, teamId, userId);
    if (s.teamRole === null) {
      if (!canJoinTeamMyself(s, s.team.openToJoin) || role !== 'member') {
        throw forbidden(
          'consent_required',
          s.team.openToJoin
            ? 'You join an open team as a member; one of its leaders can make you a leader.'
            : 'This team takes its leaders’ approval to join. Ask to join instead.',
        );
      }
      await placeInTeam(db, { teamId, memberId, role, byUserId: userId, how: 'joined' });
      return loadTeam(db, teamId, userId);
    }
  }
  const { team } = await requireManager(db, teamId, userId);
  if (!(await orgRoleOf(db, team.orgId, memberId))) {
    throw badRequest('not_org_member', 'Only members of the organization can join its teams.', [
      { path: ['userId'], message: 'Invite them to the organization first.' },
    ]);
  }
  await placeInTeam(db, { teamId, memberId, role, byUserId: userId, how: 'added' });
  return loadTeam(db, teamId, userId);
}

/**
 * Removes someone from a team (a leader or admin), or lets a member leave. Their shares with the
 * team and their aspirations aligned with its outcomes end in the same transaction.
 */
export async function removeTeamMember(db: Db, teamId: string, userId: string, memberId: string) {
  if (memberId === userId) await standing(db, teamId, userId);
  else await requireManager(db, teamId, userId);
  const left = await db
    .transaction()
    .execute((trx) => takeOutOfTeams(trx, memberId, [teamId], userId));
  if (left.length === 0) throw notFound('Not in this team.');
}

/**
 * Creates a team in an organization (its admins and facilitators). The creator is not in it
 * unless they choose to lead it now — before anything is shared with the team, the only moment
 * one may place oneself in a closed team.
 */
export async function createTeam(
  db: Db,
  orgId: string,
  userId: string,
  props: { name: string; lead: boolean; openToJoin: boolean },
) {
  const role = await orgRoleOf(db, orgId, userId);
  if (!role) throw notFound('No such organization.');
  if (!canCreateTeam(role))
    throw forbidden('not_allowed', 'Only admins and facilitators can create teams.');
  const now = nowIso();
  const team = {
    id: newId(),
    orgId,
    name: props.name,
    vision: '',
    openToJoin: props.openToJoin ? 1 : 0,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('teams').values(team).execute();
    // A new group of the dashboards (decided with the others, even while empty).
    await forgetKeptDashboards(trx, orgId);
    if (props.lead) {
      await trx
        .insertInto('teamMembers')
        .values({ teamId: team.id, userId, role: 'leader', joinedAt: now })
        .execute();
      await refreshContributor(trx, userId);
      await recordMembershipChange(trx, {
        teamId: team.id,
        userId,
        change: 'joined',
        role: 'leader',
        byUserId: userId,
      });
    }
  });
  return loadTeam(db, team.id, userId);
}

/** Asks to join a closed team; one of its leaders answers. */
export async function askToJoin(db: Db, teamId: string, userId: string) {
  const s = await standing(db, teamId, userId);
  if (s.teamRole !== null) throw conflict('already_in_team', 'You are in this team already.');
  if (!canAskToJoinTeam(s, s.team.openToJoin)) {
    throw conflict('team_open', 'Anyone in the organization may join this team: join it directly.');
  }
  await inTransaction(db, 'already_requested', 'You asked to join already.', async (trx) => {
    const pending = await trx
      .selectFrom('teamJoinRequests')
      .select('id')
      .where('teamId', '=', teamId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (pending) throw conflict('already_requested', 'You asked to join already.');
    await trx
      .insertInto('teamJoinRequests')
      .values({ id: newId(), teamId, userId, createdAt: nowIso() })
      .execute();
    await recordMembershipChange(trx, { teamId, userId, change: 'requested', byUserId: userId });
  });
  return loadTeam(db, teamId, userId);
}

/**
 * Answers a request to join: a leader of that team approves (the person joins as a member) or
 * declines. An org admin who does not lead the team cannot: consent belongs to the team.
 */
export async function answerJoinRequest(
  db: Db,
  teamId: string,
  userId: string,
  requestId: string,
  answer: 'approved' | 'declined',
) {
  const s = await standing(db, teamId, userId);
  if (!canConsentForTeam(s)) throw leadersOnly();
  const request = await db
    .selectFrom('teamJoinRequests')
    .select(['id', 'userId'])
    .where('id', '=', requestId)
    .where('teamId', '=', teamId)
    .executeTakeFirst();
  if (!request || !(await orgRoleOf(db, s.team.orgId, request.userId))) {
    throw notFound('No such request.');
  }
  if (answer === 'approved') {
    await placeInTeam(db, {
      teamId,
      memberId: request.userId,
      role: 'member',
      byUserId: userId,
      how: 'approved',
    });
  } else {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('teamJoinRequests').where('id', '=', request.id).execute();
      await recordMembershipChange(trx, {
        teamId,
        userId: request.userId,
        change: 'declined',
        byUserId: userId,
      });
    });
  }
  return loadTeam(db, teamId, userId);
}
