import type { Role } from '../../../core/access-policy';
import { normalizeEmail } from '../../../core/email';
import { canManageOrg, leavesNoAdmin } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { raiseInboxItem, removeInboxItems } from '../../db/inbox';
import { orgRoleOf } from '../../db/memberships';
import { endSharesWithPlaces } from '../../db/shares';
import { takeOutOfTeams } from '../../db/team-membership';
import { forgetKeptDashboards } from '../../db/kept-dashboards';
import { refreshContributor } from '../../db/statistics-summary';
import { conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { randomSecret, sha256 } from '../../lib/secrets';
import { addMs, nowIso } from '../../lib/time';
import { releaseSeats } from '../programs/seat-release';
import { isInvitedEmail, requireAdmin, requireMember, usableInvitation } from './queries';

/** How long an invitation link stays valid. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function createOrg(db: Db, userId: string, name: string) {
  const now = nowIso();
  const org = { id: newId(), name, minGroupSize: 5, createdAt: now, updatedAt: now };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('orgs').values(org).execute();
    await trx
      .insertInto('orgMembers')
      .values({ orgId: org.id, userId, role: 'admin', joinedAt: now })
      .execute();
  });
  return { ...org, role: 'admin' as const };
}

export async function updateOrg(
  db: Db,
  orgId: string,
  userId: string,
  changes: { name?: string; minGroupSize?: number },
) {
  await requireAdmin(db, orgId, userId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('orgs')
      .set({ ...changes, updatedAt: nowIso() })
      .where('id', '=', orgId)
      .execute();
    // k decides what is shown, the name is shown: the kept dashboards are decided again.
    await forgetKeptDashboards(trx, orgId);
  });
}

/** Invites by email: a single-use link, valid for a week; only its hash is stored. */
export async function inviteToOrg(
  db: Db,
  orgId: string,
  userId: string,
  props: { email: string; role: Role },
) {
  await requireAdmin(db, orgId, userId);
  const token = randomSecret(32);
  const now = nowIso();
  const invitation = {
    id: newId(),
    orgId,
    email: normalizeEmail(props.email),
    role: props.role,
    tokenHash: sha256(token),
    invitedBy: userId,
    expiresAt: addMs(now, INVITATION_TTL_MS),
    acceptedAt: null,
    acceptedBy: null,
    createdAt: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('invitations').values(invitation).execute();
    // Someone who already has an account with that address finds it in their inbox too; the
    // link holds the invitation's secret, which works only for that account anyway.
    const invitee = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', invitation.email)
      .executeTakeFirst();
    await raiseInboxItem(trx, {
      to: invitee ? [invitee.id] : [],
      kind: 'org_invitation',
      actorId: userId,
      subject: { type: 'invitation', id: invitation.id },
      url: `/invitations/${token}`,
    });
  });
  return {
    id: invitation.id,
    token,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
  };
}

export async function revokeInvitation(
  db: Db,
  orgId: string,
  userId: string,
  invitationId: string,
) {
  await requireAdmin(db, orgId, userId);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('invitations')
      .where('id', '=', invitationId)
      .where('orgId', '=', orgId)
      .where('acceptedAt', 'is', null)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound('No such invitation.');
    await removeInboxItems(trx, { type: 'invitation', ids: [invitationId] });
  });
}

/**
 * Joins the organization through an invitation, once: the invitation is marked used in the same
 * transaction. Only the account with the invited email may accept it (403
 * `invitation_email_mismatch` otherwise, and the invitation stays unused), so a link that reaches
 * someone else — an admin invitation above all — makes no one else a member. Someone already in
 * the organization keeps their role.
 */
export async function acceptInvitation(db: Db, token: string, userId: string) {
  return db.transaction().execute(async (trx) => {
    const invitation = await usableInvitation(trx, token);
    if (!(await isInvitedEmail(trx, invitation.email, userId))) {
      throw forbidden(
        'invitation_email_mismatch',
        'This invitation was sent to another email address. Sign in with the account for that address to accept it.',
      );
    }
    const now = nowIso();
    const claimed = await trx
      .updateTable('invitations')
      .set({ acceptedAt: now, acceptedBy: userId })
      .where('id', '=', invitation.id)
      .where('acceptedAt', 'is', null)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n)
      throw conflict('invitation_used', 'This invitation has been used already.');
    const existing = await orgRoleOf(trx, invitation.orgId, userId);
    if (!existing) {
      await trx
        .insertInto('orgMembers')
        .values({ orgId: invitation.orgId, userId, role: invitation.role, joinedAt: now })
        .execute();
      // A choice made before leaving the organization holds again on coming back.
      await refreshContributor(trx, userId);
    }
    return { orgId: invitation.orgId, role: existing ?? invitation.role };
  });
}

async function admins(db: Db, orgId: string) {
  const rows = await db
    .selectFrom('orgMembers')
    .select('userId')
    .where('orgId', '=', orgId)
    .where('role', '=', 'admin')
    .execute();
  return rows.map((r) => r.userId);
}

export async function changeMemberRole(
  db: Db,
  orgId: string,
  userId: string,
  memberId: string,
  role: Role,
) {
  await requireAdmin(db, orgId, userId);
  await db.transaction().execute(async (trx) => {
    if (!(await orgRoleOf(trx, orgId, memberId))) throw notFound('No such member.');
    if (leavesNoAdmin(await admins(trx, orgId), { userId: memberId, newRole: role })) {
      throw conflict('last_admin', 'An organization needs at least one admin.');
    }
    await trx
      .updateTable('orgMembers')
      .set({ role })
      .where('orgId', '=', orgId)
      .where('userId', '=', memberId)
      .execute();
  });
}

/**
 * Removes a member (an admin removing someone, or a person leaving). In the same transaction
 * their team memberships in this organization go, and so do their shares with the organization
 * and its teams and their alignments with its teams' outcomes: every access that came through
 * being there ends now, both ways. Each team they leave records it in its history.
 */
export async function removeMember(db: Db, orgId: string, userId: string, memberId: string) {
  const role = await requireMember(db, orgId, userId);
  if (memberId !== userId && !canManageOrg(role)) {
    throw forbidden('admins_only', 'Only the organization’s admins can remove members.');
  }
  await db.transaction().execute(async (trx) => {
    if (!(await orgRoleOf(trx, orgId, memberId))) throw notFound('No such member.');
    if (leavesNoAdmin(await admins(trx, orgId), { userId: memberId, newRole: null })) {
      throw conflict(
        'last_admin',
        'An organization needs at least one admin. Make someone else admin first.',
      );
    }
    const teams = await trx.selectFrom('teams').select('id').where('orgId', '=', orgId).execute();
    const teamIds = teams.map((t) => t.id);
    await takeOutOfTeams(trx, memberId, teamIds, userId);
    await endSharesWithPlaces(trx, memberId, { teamIds, orgId });
    await releaseSeats(trx, memberId, orgId);
    await trx
      .deleteFrom('orgMembers')
      .where('orgId', '=', orgId)
      .where('userId', '=', memberId)
      .execute();
    await refreshContributor(trx, memberId);
  });
}
