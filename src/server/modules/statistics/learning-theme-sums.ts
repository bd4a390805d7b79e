import type { Db } from '../../db/database';

/**
 * The learning-by-theme rollup (decision 0046) of an organization's contributors over the weeks
 * `first`…`last`, per kept atom and theme: its minutes and how many of the atom's people logged
 * them. Read through each contributor's kept atom (`statistics_contributors`), never by person;
 * a week-by-week atom summary would count one person once per week (decision 0049).
 */
export function learningThemeSums(db: Db, orgId: string, first: string, last: string) {
  return db
    .selectFrom('statisticsContributors as c')
    .innerJoin('statisticsLearningThemes as l', 'l.userId', 'c.userId')
    .select((eb) => [
      'c.atom',
      'l.theme as key',
      eb.fn.sum<number>('l.minutes').as('minutes'),
      eb.fn.count<number>('l.userId').distinct().as('people'),
    ])
    .where('c.orgId', '=', orgId)
    .where('l.week', '>=', first)
    .where('l.week', '<=', last)
    .groupBy(['c.atom', 'l.theme'])
    .execute();
}
