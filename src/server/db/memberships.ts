import { canStartPair } from '../../core/pair-policy';
import { badRequest } from '../errors';
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

/**
 * Lets a pair (a delegation agreement, a 1:1 space) start only between me and someone else who
 * are both in the organization now (`canStartPair`). Otherwise throws 400 `unknown_colleague`
 * with `message`, the detail on `orgId` when the organization is not mine, else on `colleagueId`.
 */
export async function requirePairInOrg(
  db: Db,
  userId: string,
  pair: { orgId: string; colleagueId: string },
  message: string,
) {
  const members = await membersAmong(db, pair.orgId, [userId, pair.colleagueId]);
  const orgIdsOf = (id: string) => (members.includes(id) ? [pair.orgId] : []);
  if (
    canStartPair(
      { userId, orgIds: orgIdsOf(userId) },
      { userId: pair.colleagueId, orgIds: orgIdsOf(pair.colleagueId) },
      pair.orgId,
    )
  ) {
    return;
  }
  throw badRequest('unknown_colleague', message, [
    members.includes(userId)
      ? { path: ['colleagueId'], message: 'Choose someone else from this organization.' }
      : { path: ['orgId'], message: 'Choose one of your organizations.' },
  ]);
}
