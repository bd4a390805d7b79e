import { canManageOrg } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { orgRoleOf } from '../../db/memberships';
import { forbidden, notFound } from '../../errors';

/** The caller's role in the organization: 404 outside it, and 403 for non-admins if `admin`. */
export async function requireRole(db: Db, orgId: string, userId: string, admin = false) {
  const role = await orgRoleOf(db, orgId, userId);
  if (!role) throw notFound('No such organization.');
  if (admin && !canManageOrg(role))
    throw forbidden('admins_only', 'Only the organization’s admins can do that.');
}

/**
 * The crisis resources of the first organization `userId` joined that set its own (oldest
 * membership first), or undefined. Reads the organization's setting only: nothing is recorded.
 */
export async function crisisResourcesFor(db: Db, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('orgCrisisResources')
    .innerJoin('orgMembers', 'orgMembers.orgId', 'orgCrisisResources.orgId')
    .select('orgCrisisResources.text')
    .where('orgMembers.userId', '=', userId)
    .orderBy('orgMembers.joinedAt')
    .orderBy('orgMembers.orgId')
    .limit(1)
    .executeTakeFirst();
  return row?.text;
}

/** An organization's own crisis resources (to its members), or null when it set none. */
export async function orgCrisisResources(db: Db, orgId: string, userId: string) {
  await requireRole(db, orgId, userId);
  const row = await db
    .selectFrom('orgCrisisResources')
    .select('text')
    .where('orgId', '=', orgId)
    .executeTakeFirst();
  return { text: row?.text ?? null };
}
