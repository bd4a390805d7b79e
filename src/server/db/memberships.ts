import type { Db } from './database';

/** A person's role in an organization, or null when they are not in it. */
export async function orgRoleOf(db: Db, orgId: string, userId: string) {
  const row = await db
    .selectFrom('orgMembers')
    .select('role')
    .where('orgId', '=', orgId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

/** A person's role in a team, or null when they are not in it. */
export async function teamRoleOf(db: Db, teamId: string, userId: string) {
  const row = await db
    .selectFrom('teamMembers')
    .select('role')
    .where('teamId', '=', teamId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}
