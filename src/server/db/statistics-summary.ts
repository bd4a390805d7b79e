import { sql } from 'kysely';
import type { PersonWeek } from '../../core/statistics';
import {
  ATOM_SUM_COLUMNS,
  type AtomSums,
  addSums,
  atomSignature,
  contributionOf,
  isEmptySums,
} from '../../core/statistics-summary';
import { type Db, dialectOf } from './database';
import { forgetKeptDashboards } from './kept-dashboards';

/**
 * The statistics summary per atom and week (docs/decisions/0049-statistics-summary.md), kept
 * true in the writer's transaction: a person's changed weeks move their atoms' weeks by the
 * difference, and a change of consent, organization, team or held program seat moves all of
 * their kept weeks from the old atom to the new one. Every caller holds the person's lock.
 */

/** One difference to add to an atom's week. */
export type AtomChange = { orgId: string; atom: string; week: string; sums: AtomSums };

/**
 * Serializes the summary's upkeep for one person until the transaction ends (PostgreSQL; SQLite
 * runs one transaction at a time): differences are computed from the stored weeks, so two
 * writers of one person must not both start from the same ones.
 */
export async function lockPersonStatistics(trx: Db, userId: string): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${`statistics:${userId}`}))`.execute(trx);
}

/**
 * Adds the changes to the atoms' weeks in one statement, in key order (two transactions then
 * never wait on each other in a circle), and deletes the weeks that hold nobody any more.
 */
export async function addToAtoms(trx: Db, changes: readonly AtomChange[]): Promise<void> {
  const merged = new Map<string, AtomChange>();
  for (const change of changes) {
    const key = `${change.orgId}\u0000${change.week}\u0000${change.atom}`;
    const before = merged.get(key);
    merged.set(key, { ...change, sums: addSums(before?.sums, change.sums) });
  }
  const rows = [...merged.entries()]
    .filter(([, change]) => !isEmptySums(change.sums))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { orgId, atom, week, sums }]) => ({ orgId, atom, week, ...sums }));
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('statisticsAtomWeeks')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc
          .columns(['orgId', 'week', 'atom'])
          .doUpdateSet((eb) =>
            Object.fromEntries(
              ATOM_SUM_COLUMNS.map((c) => [
                c,
                eb(`statisticsAtomWeeks.${c}`, '+', eb.ref(`excluded.${c}`)),
              ]),
            ),
          ),
      )
      .execute();
  }
  // Only a week someone left can have become empty.
  const left = rows.filter((row) => row.active < 0);
  for (let i = 0; i < left.length; i += 300) {
    await trx
      .deleteFrom('statisticsAtomWeeks')
      .where((eb) =>
        eb(
          eb.refTuple('orgId', 'week', 'atom'),
          'in',
          left.slice(i, i + 300).map((r) => eb.tuple(r.orgId, r.week, r.atom)),
        ),
      )
      .where('active', '=', 0)
      .execute();
  }
}

/** The organizations a person contributes to now and the atom they are in, as kept. */
export function keptAtoms(trx: Db, userId: string) {
  return trx
    .selectFrom('statisticsContributors')
    .select(['orgId', 'atom'])
    .where('userId', '=', userId)
    .orderBy('orgId')
    .execute();
}

/** Who contributes to which organization now: chose to, and is a member. */
export function contributingMembers(db: Db) {
  return db
    .selectFrom('statisticsConsents as c')
    .innerJoin('orgMembers as m', (j) =>
      j.onRef('m.orgId', '=', 'c.orgId').onRef('m.userId', '=', 'c.userId'),
    )
    .select(['c.orgId', 'c.userId'])
    .where('c.contribute', '=', 1);
}

/** Everyone's teams, by organization. */
export function teamsByOrg(db: Db) {
  return db
    .selectFrom('teamMembers as tm')
    .innerJoin('teams as t', 't.id', 'tm.teamId')
    .select(['t.orgId', 'tm.userId', 'tm.teamId as id']);
}

/** The program seats people hold or held (enrolled once; not only waitlisted), by organization. */
export function seatsByOrg(db: Db) {
  return db
    .selectFrom('programEnrollments as e')
    .innerJoin('programs as p', 'p.id', 'e.programId')
    .select(['p.orgId', 'e.userId', 'e.programId as id'])
    .where('e.enrolledAt', 'is not', null)
    .where('e.status', '<>', 'waitlisted');
}

/**
 * The atom a person belongs to now in each organization they contribute to: their teams there
 * and the programs there they held a seat in.
 */
async function currentAtoms(trx: Db, userId: string): Promise<Map<string, string>> {
  const [orgs, teams, seats] = await Promise.all([
    contributingMembers(trx).where('c.userId', '=', userId).execute(),
    teamsByOrg(trx).where('tm.userId', '=', userId).execute(),
    seatsByOrg(trx).where('e.userId', '=', userId).execute(),
  ]);
  const idsIn = (rows: { orgId: string; id: string }[], orgId: string) =>
    rows.filter((r) => r.orgId === orgId).map((r) => r.id);
  return new Map(
    orgs.map(({ orgId }) => [orgId, atomSignature(idsIn(teams, orgId), idsIn(seats, orgId))]),
  );
}

/** The columns of a kept week (`statistics_weeks`), besides the week and the running sums. */
export const WEEK_COLUMNS = [
  'reflections',
  'checkIns',
  'strength',
  'learningMinutes',
  'feedbackRequested',
  'feedbackGiven',
  'assessments',
  'tensionSum',
  'movedToward',
  'alignment',
] as const satisfies readonly (keyof PersonWeek)[];

/** The kept weeks of a person, all of them, as the summary adds them up. */
async function keptWeeks(trx: Db, userId: string): Promise<PersonWeek[]> {
  return trx
    .selectFrom('statisticsWeeks')
    .select(['week', ...WEEK_COLUMNS])
    .where('userId', '=', userId)
    .execute();
}

/**
 * Brings the summary in line with a person's consent, memberships and held seats, in the
 * caller's transaction: called after each change of them. Where their atom changed, all their
 * kept weeks leave the old atom and join the new one; `leaving` takes them out everywhere (an
 * account being deleted).
 */
export async function refreshContributor(
  trx: Db,
  userId: string,
  options: { leaving?: boolean } = {},
): Promise<void> {
  await lockPersonStatistics(trx, userId);
  const [kept, current] = await Promise.all([
    keptAtoms(trx, userId),
    options.leaving ? new Map<string, string>() : currentAtoms(trx, userId),
  ]);
  const before = new Map(kept.map((k) => [k.orgId, k.atom]));
  const moved = [...new Set([...before.keys(), ...current.keys()])].filter(
    (orgId) => before.get(orgId) !== current.get(orgId),
  );
  if (moved.length === 0) return;
  const weeks = (await keptWeeks(trx, userId)).map((w) => ({
    week: w.week,
    sums: contributionOf(w),
  }));
  const changes: AtomChange[] = [];
  for (const orgId of moved) {
    // Who counts in this organization changed: its kept dashboards go with the old set.
    await forgetKeptDashboards(trx, orgId);
    const from = before.get(orgId);
    const to = current.get(orgId);
    for (const { week, sums } of weeks) {
      if (from !== undefined)
        changes.push({ orgId, atom: from, week, sums: addSums(undefined, sums, -1) });
      if (to !== undefined) changes.push({ orgId, atom: to, week, sums });
    }
    if (to === undefined) {
      await trx
        .deleteFrom('statisticsContributors')
        .where('orgId', '=', orgId)
        .where('userId', '=', userId)
        .execute();
    } else {
      await trx
        .insertInto('statisticsContributors')
        .values({ orgId, userId, atom: to })
        .onConflict((oc) => oc.columns(['orgId', 'userId']).doUpdateSet({ atom: to }))
        .execute();
    }
  }
  await addToAtoms(trx, changes);
}
