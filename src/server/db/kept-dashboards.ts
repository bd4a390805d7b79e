import type { Db } from './database';

/**
 * The kept dashboard decisions (`dashboard_answers`, migration 0043, decision 0051). A change of
 * who counts in an organization's figures forgets its kept decisions in the writer's transaction
 * and moves its generation; a decision made meanwhile is then not kept (`keepDecision`), so no
 * later read serves figures of the people who counted before the change.
 */

/** A group's kept row: `''` is the head, any other id a group's figures. */
export type KeptRow = { groupId: string; computedAt: string; body: string };

/** The head row's group id. */
export const HEAD = '';

/**
 * Forgets the organization's kept decisions, in the caller's transaction: called by every change
 * of consent, membership, team, held seat, program or k. The generation moves first: on
 * PostgreSQL a decision being kept holds that row, and the delete, a later statement, sees it.
 */
export async function forgetKeptDashboards(trx: Db, orgId: string): Promise<void> {
  await trx
    .updateTable('orgs')
    .set((eb) => ({ dashboardGeneration: eb('dashboardGeneration', '+', 1) }))
    .where('id', '=', orgId)
    .execute();
  await trx.deleteFrom('dashboardAnswers').where('orgId', '=', orgId).execute();
}

/** The organization's generation now, read before deciding (0 for a missing organization). */
export async function dashboardGeneration(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('orgs')
    .select('dashboardGeneration')
    .where('id', '=', orgId)
    .executeTakeFirst();
  return Number(row?.dashboardGeneration ?? 0);
}

/** The kept rows of a period: the head and the groups asked for (every group with `null`). */
export function keptRows(
  db: Db,
  orgId: string,
  period: string,
  groupIds: readonly string[] | null,
): Promise<KeptRow[]> {
  let query = db
    .selectFrom('dashboardAnswers')
    .select(['groupId', 'computedAt', 'body'])
    .where('orgId', '=', orgId)
    .where('period', '=', period);
  if (groupIds !== null) query = query.where('groupId', 'in', [HEAD, ...groupIds]);
  return query.execute();
}

/** Rows a statement at most (5 parameters each). */
const CHUNK = 200;

/**
 * Keeps a decision made from what the organization's `generation` counted, in place of the
 * period's kept one, and drops its decisions computed before `olderThan` (periods no one reads
 * any more). Keeps nothing and answers false when the generation moved while deciding.
 */
export async function keepDecision(
  db: Db,
  kept: {
    orgId: string;
    generation: number;
    period: string;
    computedAt: string;
    olderThan: string;
    rows: readonly { groupId: string; body: string }[];
  },
): Promise<boolean> {
  const { orgId, generation, period, computedAt } = kept;
  return db.transaction().execute(async (trx) => {
    // Holds the organization's row to the end (PostgreSQL) and checks nothing moved meanwhile.
    const held = await trx
      .updateTable('orgs')
      .set({ dashboardGeneration: generation })
      .where('id', '=', orgId)
      .where('dashboardGeneration', '=', generation)
      .executeTakeFirst();
    if (Number(held.numUpdatedRows) === 0) return false;
    await trx
      .deleteFrom('dashboardAnswers')
      .where('orgId', '=', orgId)
      .where((eb) => eb.or([eb('period', '=', period), eb('computedAt', '<', kept.olderThan)]))
      .execute();
    for (let i = 0; i < kept.rows.length; i += CHUNK) {
      await trx
        .insertInto('dashboardAnswers')
        .values(
          kept.rows
            .slice(i, i + CHUNK)
            .map((row) => ({ orgId, period, computedAt, groupId: row.groupId, body: row.body })),
        )
        .execute();
    }
    return true;
  });
}
