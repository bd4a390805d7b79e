import { type Kysely, sql } from 'kysely';
import { summarizeCheckIns } from '../../../core/check-in-summary';
import type { CheckIn, Schedule } from '../../../core/practice';

/** Practices summarized per statement while filling the table (8 parameters a row). */
const PAGE = 500;

/**
 * The kept summary of each practice's check-ins (`core/check-in-summary.ts`, decision 0050), and
 * its backfill: every practice with check-ins gets its summary, computed from them page by page
 * (practices by id, their check-ins from the covering (practice_id, date, status) index).
 * Reads alias columns to one lowercase word, so that no name plugin changes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('check_in_summaries')
    .addColumn('practice_id', 'text', (c) =>
      c.primaryKey().references('practices.id').onDelete('cascade'),
    )
    .addColumn('last_date', 'text', (c) => c.notNull())
    .addColumn('strength', 'double precision', (c) => c.notNull())
    .addColumn('recent_done', 'integer', (c) => c.notNull())
    .addColumn('run', 'integer', (c) => c.notNull())
    .addColumn('best', 'integer', (c) => c.notNull())
    .addColumn('week_done', 'integer', (c) => c.notNull())
    .addColumn('week_skipped', 'integer', (c) => c.notNull())
    .execute();

  let after = '';
  for (;;) {
    const practices = (
      await sql<{ id: string; schedule: string }>`
        select id as id, schedule as schedule from practices
        where id > ${after} order by id limit ${PAGE}`.execute(db)
    ).rows;
    if (practices.length === 0) break;
    after = practices.at(-1)!.id;
    const ids = practices.map((p) => p.id);
    const checkIns = (
      await sql<{ practice: string; date: string; status: CheckIn['status'] }>`
        select practice_id as practice, date as date, status as status from practice_checkins
        where practice_id in (${sql.join(ids)}) order by practice_id, date`.execute(db)
    ).rows;
    const byPractice = new Map<string, CheckIn[]>();
    for (const c of checkIns) {
      const list = byPractice.get(c.practice) ?? [];
      list.push({ date: c.date, status: c.status });
      byPractice.set(c.practice, list);
    }
    const rows = practices.flatMap((p) => {
      const summary = summarizeCheckIns(
        JSON.parse(p.schedule) as Schedule,
        byPractice.get(p.id) ?? [],
      );
      if (!summary) return [];
      const { lastDate, strength, recentDone, run, best, weekDone, weekSkipped } = summary;
      return [
        sql`(${p.id}, ${lastDate}, ${strength}, ${recentDone}, ${run}, ${best}, ${weekDone}, ${weekSkipped})`,
      ];
    });
    if (rows.length === 0) continue;
    await sql`insert into check_in_summaries
      (practice_id, last_date, strength, recent_done, run, best, week_done, week_skipped)
      values ${sql.join(rows)}`.execute(db);
  }
}
