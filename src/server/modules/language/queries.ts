import type { Db } from '../../db/database';
import { requireMember } from '../orgs/queries';

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
  await requireMember(db, orgId, userId);
  const row = await db
    .selectFrom('orgCrisisResources')
    .select('text')
    .where('orgId', '=', orgId)
    .executeTakeFirst();
  return { text: row?.text ?? null };
}
