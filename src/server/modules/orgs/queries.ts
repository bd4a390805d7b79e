import type { PageQuery } from '../../../contracts/common';
import type { Role } from '../../../core/access-policy';
import { normalizeEmail } from '../../../core/email';
import { canManageOrg } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { pageById } from '../../db/paging';
import { orgRoleOf } from '../../db/memberships';
import { AppError, conflict, forbidden, notFound } from '../../errors';
import { sha256 } from '../../lib/secrets';
import { nowIso } from '../../lib/time';

/** The caller's role in an organization; 404 when they are not in it (existence not revealed). */
export async function requireMember(db: Db, orgId: string, userId: string): Promise<Role> {
  const role = await orgRoleOf(db, orgId, userId);
  if (!role) throw notFound('No such organization.');
  return role;
}

/** Lets only the organization's admins through; other members get 403, anyone else 404. */
export async function requireAdmin(db: Db, orgId: string, userId: string) {
  if (!canManageOrg(await requireMember(db, orgId, userId))) {
    throw forbidden('admins_only', 'Only the organization’s admins can do that.');
  }
}

/** The organizations I belong to, oldest first, a page at a time. */
export async function listMyOrgs(db: Db, userId: string, page: PageQuery) {
  const query = db
    .selectFrom('orgs')
    .innerJoin('orgMembers', 'orgMembers.orgId', 'orgs.id')
    .select(['orgs.id', 'orgs.name', 'orgs.minGroupSize', 'orgs.createdAt', 'orgMembers.role'])
    .where('orgMembers.userId', '=', userId);
  return pageById(query, 'orgs.id', page, 'asc');
}

/** An organization as a member sees it: members (emails for admins only) and teams. */
export async function orgDetail(db: Db, orgId: string, userId: string) {
  const role = await requireMember(db, orgId, userId);
  const [org, members, teams, mine] = await Promise.all([
    db
      .selectFrom('orgs')
      .select(['id', 'name', 'minGroupSize', 'createdAt'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('orgMembers')
      .innerJoin('users', 'users.id', 'orgMembers.userId')
      .select([
        'orgMembers.userId',
        'users.name',
        'users.email',
        'orgMembers.role',
        'orgMembers.joinedAt',
      ])
      .where('orgMembers.orgId', '=', orgId)
      .orderBy('users.name')
      .execute(),
    db
      .selectFrom('teams')
      .leftJoin('teamMembers', 'teamMembers.teamId', 'teams.id')
      .select(({ fn }) => [
        'teams.id',
        'teams.name',
        'teams.openToJoin',
        fn.count<number>('teamMembers.userId').as('memberCount'),
      ])
      .where('teams.orgId', '=', orgId)
      .groupBy(['teams.id', 'teams.name', 'teams.openToJoin'])
      .orderBy('teams.name')
      .execute(),
    db
      .selectFrom('teamMembers')
      .innerJoin('teams', 'teams.id', 'teamMembers.teamId')
      .select(['teamMembers.teamId', 'teamMembers.role'])
      .where('teams.orgId', '=', orgId)
      .where('teamMembers.userId', '=', userId)
      .execute(),
  ]);
  const myRoles = new Map(mine.map((m) => [m.teamId, m.role]));
  const admin = canManageOrg(role);
  return {
    ...org,
    role,
    members: members.map((m) => ({ ...m, email: admin ? m.email : null })),
    teams: teams.map((t) => ({
      ...t,
      memberCount: Number(t.memberCount),
      openToJoin: Boolean(t.openToJoin),
      myRole: myRoles.get(t.id) ?? null,
    })),
  };
}

/** Invitations not yet accepted nor expired, newest first, a page at a time (admins). */
export async function pendingInvitations(db: Db, orgId: string, userId: string, page: PageQuery) {
  await requireAdmin(db, orgId, userId);
  const query = db
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'expiresAt', 'createdAt'])
    .where('orgId', '=', orgId)
    .where('acceptedAt', 'is', null)
    .where('expiresAt', '>', nowIso());
  return pageById(query, 'id', page);
}

/** The invitation a link's token names, while it is unused and unexpired (404, 409 or 410). */
export async function usableInvitation(db: Db, token: string) {
  const invitation = await db
    .selectFrom('invitations')
    .innerJoin('orgs', 'orgs.id', 'invitations.orgId')
    .select([
      'invitations.id',
      'invitations.orgId',
      'invitations.role',
      'invitations.email',
      'invitations.expiresAt',
      'invitations.acceptedAt',
      'invitations.invitedBy',
      'orgs.name as orgName',
    ])
    .where('invitations.tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!invitation) throw notFound('This invitation link is not valid.');
  if (invitation.acceptedAt)
    throw conflict('invitation_used', 'This invitation has been used already.');
  if (invitation.expiresAt <= nowIso()) {
    throw new AppError(
      410,
      'invitation_expired',
      'This invitation has expired. Ask for a new one.',
    );
  }
  return invitation;
}

/** Whether an invitation was sent to this person's email (compared as stored, normalized). */
export async function isInvitedEmail(db: Db, invitedEmail: string, userId: string) {
  const user = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirst();
  return user !== undefined && normalizeEmail(user.email) === normalizeEmail(invitedEmail);
}

/**
 * What an invitation is for — the organization, the role and who invited (by their name as it is
 * now) — and whether it is for the caller; the invited email is not shown. Only the holder of the
 * link's token learns this, signed in or not (`userId` null: not for them until they sign in).
 */
export async function previewInvitation(db: Db, token: string, userId: string | null) {
  const { orgName, role, expiresAt, email, invitedBy } = await usableInvitation(db, token);
  const inviter = invitedBy
    ? await db.selectFrom('users').select('name').where('id', '=', invitedBy).executeTakeFirst()
    : undefined;
  return {
    orgName,
    role,
    expiresAt,
    forMe: userId !== null && (await isInvitedEmail(db, email, userId)),
    invitedBy: inviter?.name ?? null,
  };
}
