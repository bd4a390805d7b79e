import { type Expression, sql } from 'kysely';
import type { HoursCell } from '../../../core/dashboard-facts';
import type { Db } from '../../db/database';

/**
 * The learning-by-theme rollup (decision 0046) added up per atom over the weeks `first`…`last`:
 * for each atom signature, each theme's minutes and how many of its people logged them. Read by
 * week and atom, never by person; `contributors` gives each contributor's `userId` and `sig`.
 */
export async function learningThemeSums(
  db: Db,
  contributors: Expression<{ userId: string; sig: string }>,
  first: string,
  last: string,
): Promise<Map<string, Record<string, HoursCell>>> {
  const rows = await db
    .with('p', () => contributors)
    .selectFrom('p')
    .innerJoin('statisticsLearningThemes as l', 'l.userId', 'p.userId')
    .select((eb) => [
      'p.sig',
      'l.theme',
      sql<number>`sum(${sql.ref('l.minutes')})`.as('minutes'),
      eb.fn.count<number>('p.userId').distinct().as('people'),
    ])
    .where('l.week', '>=', first)
    .where('l.week', '<=', last)
    .groupBy(['p.sig', 'l.theme'])
    .execute();
  const sums = new Map<string, Record<string, HoursCell>>();
  for (const row of rows) {
    const cells = sums.get(row.sig) ?? {};
    cells[row.theme] = { minutes: Number(row.minutes), people: Number(row.people) };
    sums.set(row.sig, cells);
  }
  return sums;
}
