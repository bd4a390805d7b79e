import { type Kysely, sql } from 'kysely';
import { addDays, isoWeekOf } from '../../../core/calendar';

/** How many people's learning one pass of the backfill reads. */
const PEOPLE_PER_PASS = 500;

/**
 * Learning minutes per person, ISO week and theme — the life domain of the aspirations a learning
 * item serves, `none` when it serves none — the rollup behind the dashboard's learning hours by
 * theme (docs/decisions/0046-learning-hours-by-theme.md). Kept true by `recordActivity` from now
 * on; filled here from the learning logged in the last 53 weeks (the rollups' year), a few
 * hundred people at a time. Time on an item of two domains counts in full for each. Frozen here:
 * it does not follow later changes to src/core/learning-themes.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('statistics_learning_themes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('statistics_learning_themes_pk', ['user_id', 'week', 'theme'])
    .execute();

  const since = addDays(new Date().toISOString().slice(0, 10), -7 * 53);
  let after = '';
  for (;;) {
    const { rows: people } = await sql<{ userId: string }>`
      select distinct i.user_id as "userId" from learning_items i
      join learning_sessions s on s.learning_item_id = i.id
      where s.date >= ${since} and i.user_id > ${after}
      order by i.user_id limit ${PEOPLE_PER_PASS}`.execute(db);
    if (people.length === 0) break;
    const first = people[0]!.userId;
    const last = people.at(-1)!.userId;
    const { rows } = await sql<{ userId: string; date: string; minutes: number; themes: string }>`
      select i.user_id as "userId", s.date, s.minutes,
        coalesce((select string_agg(a.domain, ',') from learning_item_aspirations la
          join aspirations a on a.id = la.aspiration_id
          where la.learning_item_id = i.id), '') as themes
      from learning_sessions s join learning_items i on i.id = s.learning_item_id
      where s.date >= ${since} and i.user_id >= ${first} and i.user_id <= ${last}`.execute(db);
    const sums = new Map<
      string,
      { userId: string; week: string; theme: string; minutes: number }
    >();
    for (const row of rows) {
      const week = isoWeekOf(row.date);
      for (const theme of row.themes === '' ? ['none'] : new Set(row.themes.split(','))) {
        const key = `${row.userId}|${week}|${theme}`;
        const sum = sums.get(key) ?? { userId: row.userId, week, theme, minutes: 0 };
        sum.minutes += Number(row.minutes);
        sums.set(key, sum);
      }
    }
    const values = [...sums.values()];
    for (let i = 0; i < values.length; i += 200) {
      const chunk = values.slice(i, i + 200);
      await sql`insert into statistics_learning_themes (user_id, week, theme, minutes) values ${sql.join(
        chunk.map((v) => sql`(${v.userId}, ${v.week}, ${v.theme}, ${v.minutes})`),
      )}`.execute(db);
    }
    after = last;
  }
}
