import { sql } from 'kysely';
import { atomSignature, RUNNING_DECIMALS } from '../../core/statistics-summary';
import { type Db, dialectOf } from './database';
import { contributingMembers, seatsByOrg, teamsByOrg } from './statistics-summary';

/**
 * Builds the statistics summary again from the person rollups, every organization at once: the
 * running sums of each person's weeks, each contributor's atom, and each atom's weeks added up
 * (docs/decisions/0049-statistics-summary.md). Migration 0040 fills the summary with it, bench
 * case 3 after building rollups in bulk, and the consistency tests compare the kept summary
 * with what it builds. Sums in SQL here, by `contributionOf` one person at a time elsewhere.
 */
export async function rebuildStatisticsSummary(db: Db): Promise<void> {
  // Totals kept to RUNNING_DECIMALS places, as `withRunningSums` keeps them.
  const kept = (column: string) =>
    dialectOf(db) === 'postgres'
      ? sql`round((sum(coalesce(${sql.ref(column)}, 0)) over p)::numeric, ${sql.lit(RUNNING_DECIMALS)})::double precision`
      : sql`round(sum(coalesce(${sql.ref(column)}, 0)) over p, ${sql.lit(RUNNING_DECIMALS)})`;
  await sql`update statistics_weeks as w
    set strength_total = r.strength_total, strength_weeks = r.strength_weeks,
        alignment_total = r.alignment_total, alignment_weeks = r.alignment_weeks
    from (
      select user_id, week,
        ${kept('strength')} as strength_total,
        count(strength) over p as strength_weeks,
        ${kept('alignment')} as alignment_total,
        count(alignment) over p as alignment_weeks
      from statistics_weeks
      window p as (partition by user_id order by week rows unbounded preceding)
    ) as r
    where r.user_id = w.user_id and r.week = w.week`.execute(db);

  await db.deleteFrom('statisticsAtomWeeks').execute();
  await db.deleteFrom('statisticsContributors').execute();
  const [contributors, teams, seats] = await Promise.all([
    contributingMembers(db).execute(),
    teamsByOrg(db).execute(),
    seatsByOrg(db).execute(),
  ]);
  const byPerson = (rows: { orgId: string; userId: string; id: string }[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) {
      const key = `${r.orgId}|${r.userId}`;
      map.set(key, [...(map.get(key) ?? []), r.id]);
    }
    return map;
  };
  const teamsOf = byPerson(teams);
  const seatsOf = byPerson(seats);
  const rows = contributors.map(({ orgId, userId }) => ({
    orgId,
    userId,
    atom: atomSignature(
      teamsOf.get(`${orgId}|${userId}`) ?? [],
      seatsOf.get(`${orgId}|${userId}`) ?? [],
    ),
  }));
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insertInto('statisticsContributors')
      .values(rows.slice(i, i + 2000))
      .execute();
  }

  const count = (column: string) =>
    sql`sum(case when ${sql.ref(`w.${column}`)} > 0 then 1 else 0 end)`;
  const total = (column: string) => sql`sum(${sql.ref(`w.${column}`)})`;
  await sql`insert into statistics_atom_weeks (org_id, atom, week, active, reflections,
      reflectors, check_ins, checkers, minutes, learners, requested, requesters, given, givers,
      assessments, tension, assessors, moved, movers)
    select c.org_id, c.atom, w.week, count(*),
      ${total('reflections')}, ${count('reflections')}, ${total('check_ins')}, ${count('check_ins')},
      ${total('learning_minutes')}, ${count('learning_minutes')},
      ${total('feedback_requested')}, ${count('feedback_requested')},
      ${total('feedback_given')}, ${count('feedback_given')},
      ${total('assessments')}, ${total('tension_sum')}, ${count('assessments')},
      ${total('moved_toward')}, ${count('moved_toward')}
    from statistics_contributors c
    join statistics_weeks w on w.user_id = c.user_id
    group by c.org_id, c.atom, w.week`.execute(db);
}
