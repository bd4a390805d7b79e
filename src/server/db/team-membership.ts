import type { Db } from './database';
import type { MembershipChange } from './schema';
import { endSharesWithPlaces } from './shares';
import { refreshContributor } from './statistics-summary';
import { newId } from '../lib/ids';
import { nowIso } from '../lib/time';

/** Writes one line of a team's membership history: who, what changed, by whom, now. */
export async function recordMembershipChange(
  trx: Db,
  event: {
    teamId: string;
    userId: string;
    change: MembershipChange;
    byUserId: string;
    role?: 'member' | 'leader' | null;
  },
): Promise<void> {
  await trx
    .insertInto('teamMembershipEvents')
    .values({ id: newId(), role: null, ...event, at: nowIso() })
    .execute();
}

/**
 * Takes a person out of teams, inside the caller's transaction, and ends at once what came with
 * being there: their shares with those teams and their aspirations aligned with the teams'
 * outcomes. Each team's history records it as `left` (the person themselves) or `removed`.
 * Returns the teams they were in.
 */
export async function takeOutOfTeams(
  trx: Db,
  userId: string,
  teamIds: readonly string[],
  byUserId: string,
): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const rows = await trx
    .selectFrom('teamMembers')
    .select('teamId')
    .where('userId', '=', userId)
    .where('teamId', 'in', [...teamIds])
    .execute();
  const left = rows.map((r) => r.teamId);
  await trx
    .deleteFrom('teamJoinRequests')
    .where('userId', '=', userId)
    .where('teamId', 'in', [...teamIds])
    .execute();
  if (left.length === 0) return [];
  await trx
    .deleteFrom('teamMembers')
    .where('userId', '=', userId)
    .where('teamId', 'in', left)
    .execute();
  await endSharesWithPlaces(trx, userId, { teamIds: left });
  await trx
    .deleteFrom('teamOutcomeLinks')
    .where('userId', '=', userId)
    .where('outcomeId', 'in', (eb) =>
      eb.selectFrom('teamOutcomes').select('id').where('teamId', 'in', left),
    )
    .execute();
  for (const teamId of left) {
    await recordMembershipChange(trx, {
      teamId,
      userId,
      change: userId === byUserId ? 'left' : 'removed',
      byUserId,
    });
  }
  await refreshContributor(trx, userId);
  return left;
}
