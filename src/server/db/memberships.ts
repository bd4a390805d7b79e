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

/** Which of the given people are members of an organization now. */
export async function membersAmong(db: Db, orgId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('orgMembers')
    .select('userId')
    .where('orgId', '=', orgId)
    .where('userId', 'in', [...userIds])
    .execute();
  return rows.map((r) => r.userId);
}
