import type { TeamRole } from '../../../core/access-policy';
import { canCreateTeam, canManageTeam } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import { badRequest, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';

/** A team and the caller's standing: members of its organization see it; others get 404. */
async function standing(db: Db, teamId: string, userId: string) {
  const team = await db
    .selectFrom('teams')
    .select(['id', 'orgId', 'name', 'membersMayEditVision', 'createdAt'])
    .where('id', '=', teamId)
    .executeTakeFirst();
  const orgRole = team ? await orgRoleOf(db, team.orgId, userId) : null;
  if (!team || !orgRole) throw notFound('No such team.');
  return { team, orgRole, teamRole: await teamRoleOf(db, teamId, userId) };
}

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

export async function loadTeam(db: Db, teamId: string, userId: string) {
  const { team, teamRole } = await standing(db, teamId, userId);
  const members = await db
    .selectFrom('teamMembers')
    .innerJoin('users', 'users.id', 'teamMembers.userId')
    .select(['teamMembers.userId', 'users.name', 'teamMembers.role', 'teamMembers.joinedAt'])
    .where('teamMembers.teamId', '=', teamId)
    .orderBy('users.name')
    .execute();
  return {
    ...team,
    membersMayEditVision: team.membersMayEditVision === 1,
    myRole: teamRole,
    members,
  };
}

/**
 * Renames the team or changes its settings (leaders and org admins). The vision itself is team
 * content, written through the team-vision module by those the team lets write it.
 */
export async function updateTeam(
  db: Db,
  teamId: string,
  userId: string,
  changes: { name?: string | undefined; membersMayEditVision?: boolean | undefined },
) {
  await requireManager(db, teamId, userId);
  await db
    .updateTable('teams')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.membersMayEditVision !== undefined
        ? { membersMayEditVision: changes.membersMayEditVision ? 1 : 0 }
        : {}),
      updatedAt: nowIso(),
    })
    .where('id', '=', teamId)
    .execute();
  return loadTeam(db, teamId, userId);
}

/** Adds a member of the organization to the team, or changes their role in it. */
export async function setTeamMember(
  db: Db,
  teamId: string,
  userId: string,
  memberId: string,
  role: TeamRole,
) {
  const { team } = await requireManager(db, teamId, userId);
  if (!(await orgRoleOf(db, team.orgId, memberId))) {
    throw badRequest('not_org_member', 'Only members of the organization can join its teams.', [
      { path: ['userId'], message: 'Invite them to the organization first.' },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('teamMembers')
      .set({ role })
      .where('teamId', '=', teamId)
      .where('userId', '=', memberId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      await trx
        .insertInto('teamMembers')
        .values({ teamId, userId: memberId, role, joinedAt: nowIso() })
        .execute();
    }
  });
  return loadTeam(db, teamId, userId);
}

/** Removes someone from a team (a leader or admin), or lets a member leave. */
export async function removeTeamMember(db: Db, teamId: string, userId: string, memberId: string) {
  if (memberId === userId) await standing(db, teamId, userId);
  else await requireManager(db, teamId, userId);
  const result = await db
    .deleteFrom('teamMembers')
    .where('teamId', '=', teamId)
    .where('userId', '=', memberId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Not in this team.');
}

/** Creates a team in an organization (its admins and facilitators). */
export async function createTeam(db: Db, orgId: string, userId: string, name: string) {
  const role = await orgRoleOf(db, orgId, userId);
  if (!role) throw notFound('No such organization.');
  if (!canCreateTeam(role))
    throw forbidden('not_allowed', 'Only admins and facilitators can create teams.');
  const now = nowIso();
  const team = { id: newId(), orgId, name, vision: '', createdAt: now, updatedAt: now };
  await db.insertInto('teams').values(team).execute();
  return loadTeam(db, team.id, userId);
}
