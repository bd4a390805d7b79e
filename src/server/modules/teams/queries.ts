import type { PageQuery } from '../../../contracts/common';
import { canConsentForTeam, canReadMembershipHistory } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { pageById } from '../../db/paging';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import { notFound } from '../../errors';

/** A team and the caller's standing: members of its organization see it; others get 404. */
export async function standing(db: Db, teamId: string, userId: string) {
  const team = await db
    .selectFrom('teams')
    .select(['id', 'orgId', 'name', 'membersMayEditVision', 'openToJoin', 'createdAt'])
    .where('id', '=', teamId)
    .executeTakeFirst();
  const orgRole = team ? await orgRoleOf(db, team.orgId, userId) : null;
  if (!team || !orgRole) throw notFound('No such team.');
  return {
    team: { ...team, openToJoin: team.openToJoin === 1 },
    orgRole,
    teamRole: await teamRoleOf(db, teamId, userId),
  };
}

/** A team as someone in its organization sees it; pending requests to join go to its leaders. */
export async function loadTeam(db: Db, teamId: string, userId: string) {
  const s = await standing(db, teamId, userId);
  const { team, teamRole } = s;
  const [members, requests] = await Promise.all([
    db
      .selectFrom('teamMembers')
      .innerJoin('users', 'users.id', 'teamMembers.userId')
      .select(['teamMembers.userId', 'users.name', 'teamMembers.role', 'teamMembers.joinedAt'])
      .where('teamMembers.teamId', '=', teamId)
      .orderBy('users.name')
      .execute(),
    db
      .selectFrom('teamJoinRequests')
      .innerJoin('users', 'users.id', 'teamJoinRequests.userId')
      .select([
        'teamJoinRequests.id',
        'teamJoinRequests.userId',
        'users.name',
        'teamJoinRequests.createdAt',
      ])
      .where('teamJoinRequests.teamId', '=', teamId)
      .orderBy('teamJoinRequests.id')
      .execute(),
  ]);
  return {
    ...team,
    membersMayEditVision: team.membersMayEditVision === 1,
    myRole: teamRole,
    myJoinRequestAt: requests.find((r) => r.userId === userId)?.createdAt ?? null,
    members,
    joinRequests: canConsentForTeam(s) ? requests : [],
  };
}

/** The team's membership history, newest first: its members now only; anyone else gets 404. */
export async function membershipHistory(db: Db, teamId: string, userId: string, page: PageQuery) {
  const s = await standing(db, teamId, userId);
  if (!canReadMembershipHistory(s)) throw notFound('No such team.');
  const query = db
    .selectFrom('teamMembershipEvents as e')
    .innerJoin('users as person', 'person.id', 'e.userId')
    .leftJoin('users as by', 'by.id', 'e.byUserId')
    .select([
      'e.id',
      'e.change',
      'e.role',
      'e.at',
      'e.userId',
      'person.name as personName',
      'e.byUserId',
      'by.name as byName',
    ])
    .where('e.teamId', '=', teamId);
  const { items, nextCursor } = await pageById(query, 'e.id', page);
  return {
    items: items.map((r) => ({
      id: r.id,
      change: r.change,
      role: r.role,
      at: r.at,
      person: { id: r.userId, name: r.personName },
      by: r.byUserId && r.byName ? { id: r.byUserId, name: r.byName } : null,
    })),
    nextCursor,
  };
}
