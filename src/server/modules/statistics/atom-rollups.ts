import { type SqlBool, sql } from 'kysely';
import type { AtomRollup, AtomWeek, HoursCell } from '../../../core/dashboard-facts';
import {
  BUCKET_FLOORS,
  NO_BUCKET,
  PERCENT_BUCKETS,
  TENTHS_PER_UNIT,
} from '../../../core/statistics';
import {
  ATOM_SUM_COLUMNS,
  addSums,
  signatureInPeriod,
  signatureParts,
} from '../../../core/statistics-summary';
import { type Db, dialectOf } from '../../db/database';
import { leavers } from './cohorts';
import { learningThemeSums } from './learning-theme-sums';

const bucketCase = (column: string) => {
  const whens = [...BUCKET_FLOORS]
    .map((floor, i) => ({ floor, bucket: PERCENT_BUCKETS[i] as string }))
    .reverse()
    .map(
      ({ floor, bucket }) =>
        sql`when ${sql.ref(column)} >= ${sql.lit(floor)} then ${sql.lit(bucket)}`,
    );
  return sql<string>`case when ${sql.ref(column)} is null then ${sql.lit(NO_BUCKET)} ${sql.join(whens, sql` `)} end`;
};

/**
 * A person's mean over the period from the running sums at its two ends, null without weeks:
 * `periodMean` in SQL, whole tenths over weeks × 10, so both engines bucket it as JavaScript does.
 * The kept totals are exact to RUNNING_DECIMALS places, so rounding their difference on read
 * recovers the exact tenths and nothing kept needs to change.
 */
const periodMean = (total: string, weeks: string) => {
  const count = sql`(${sql.ref(`hi.${weeks}`)} - coalesce(${sql.ref(`lo.${weeks}`)}, 0))`;
  const tenths = sql`round((${sql.ref(`hi.${total}`)} - coalesce(${sql.ref(`lo.${total}`)}, 0)) * ${sql.lit(TENTHS_PER_UNIT)})`;
  return sql<
    number | null
  >`case when ${count} > 0 then ${tenths} / (${count} * ${sql.lit(TENTHS_PER_UNIT)}) end`;
};

/** The last kept week of the person `c.user_id` that passes `bound`. */
const lastWeek = (bound: ReturnType<typeof sql>) =>
  sql<string | null>`(select max(x.week) from statistics_weeks x
    where x.user_id = c.user_id and ${bound})`;

const RUNNING = ['strengthTotal', 'strengthWeeks', 'alignmentTotal', 'alignmentWeeks'] as const;

/**
 * Each contributor's atom and mean strength and alignment over the period, from the running sums
 * of their last kept week in it (`hi`) and before it (`lo`): two index seeks per contributor.
 * PostgreSQL reads each end as a lateral row; given the same joins it hashed every kept week of
 * everyone (docs/performance.md, case 3). SQLite has no lateral join: it finds each end's week
 * first, then joins it by primary key.
 */
function periodMeans(db: Db, orgId: string, first: string, last: string) {
  const means = [
    'c.atom',
    periodMean('strength_total', 'strength_weeks').as('strength'),
    periodMean('alignment_total', 'alignment_weeks').as('alignment'),
  ] as const;
  if (dialectOf(db) === 'postgres') {
    const end = (bound: '<=' | '<', week: string) =>
      db
        .selectFrom('statisticsWeeks as x')
        .select(RUNNING)
        .where(sql<SqlBool>`x.user_id = c.user_id`)
        .where('x.week', bound, week)
        .orderBy('x.week', 'desc')
        .limit(1);
    return db
      .selectFrom('statisticsContributors as c')
      .leftJoinLateral(end('<=', last).as('hi'), (j) => j.onTrue())
      .leftJoinLateral(end('<', first).as('lo'), (j) => j.onTrue())
      .select(means)
      .where('c.orgId', '=', orgId);
  }
  return db
    .with('p', (qc) =>
      qc
        .selectFrom('statisticsContributors as c')
        .select([
          'c.atom',
          'c.userId',
          lastWeek(sql`x.week <= ${last}`).as('hiWeek'),
          lastWeek(sql`x.week < ${first}`).as('loWeek'),
        ])
        .where('c.orgId', '=', orgId),
    )
    .selectFrom('p as c')
    .leftJoin('statisticsWeeks as hi', (j) =>
      j.onRef('hi.userId', '=', 'c.userId').onRef('hi.week', '=', 'c.hiWeek'),
    )
    .leftJoin('statisticsWeeks as lo', (j) =>
      j.onRef('lo.userId', '=', 'c.userId').onRef('lo.week', '=', 'c.loWeek'),
    )
    .select(means);
}

/**
 * The organization's contributors added up per atom (docs/decisions/0049-statistics-summary.md):
 * weekly figures from the summary kept per atom and week (atoms × weeks rows); each
 * contributor's mean strength and alignment over the period from the running sums of two kept
 * weeks (the last before the period and the last in it); learning by kind and program leavers
 * from their own few rows. Kept atoms that differ only in programs outside the period are one
 * atom here.
 */
export async function atomRollups(
  db: Db,
  orgId: string,
  weeks: readonly string[],
  programIds: string[],
): Promise<AtomRollup[]> {
  const first = weeks[0] as string;
  const last = weeks.at(-1) as string;
  const [weekly, spread, learning, left, themes] = await Promise.all([
    db
      .selectFrom('statisticsAtomWeeks')
      .select(['atom', 'week', ...ATOM_SUM_COLUMNS])
      .where('orgId', '=', orgId)
      .where('week', '>=', first)
      .where('week', '<=', last)
      .execute(),
    db
      .with('person', () => periodMeans(db, orgId, first, last))
      .selectFrom('person')
      .select((eb) => [
        'person.atom',
        bucketCase('person.strength').as('strengthBucket'),
        bucketCase('person.alignment').as('alignmentBucket'),
        eb.fn.countAll<number>().as('people'),
      ])
      .groupBy(['person.atom', 'strengthBucket', 'alignmentBucket'])
      .execute(),
    db
      .selectFrom('statisticsContributors as c')
      .innerJoin('statisticsLearning as l', 'l.userId', 'c.userId')
      .select((eb) => [
        'c.atom',
        'l.kind as key',
        eb.fn.sum<number>('l.minutes').as('minutes'),
        eb.fn.count<number>('l.userId').distinct().as('people'),
      ])
      .where('c.orgId', '=', orgId)
      .where('l.week', '>=', first)
      .where('l.week', '<=', last)
      .groupBy(['c.atom', 'l.kind'])
      .execute(),
    programIds.length === 0
      ? []
      : db
          .selectFrom('statisticsContributors as c')
          .select((eb) => ['c.atom', eb.fn.countAll<number>().as('people')])
          .where('c.orgId', '=', orgId)
          .where('c.userId', 'in', leavers(db, programIds))
          .groupBy('c.atom')
          .execute(),
    learningThemeSums(db, orgId, first, last),
  ]);

  const inPeriod = new Set(programIds);
  const atoms = new Map<string, AtomRollup & { weeks: AtomWeek[] }>();
  const seen = new Map<string, string>();
  const inPeriodOf = (kept: string) => {
    let signature = seen.get(kept);
    if (signature === undefined) {
      signature = signatureInPeriod(kept, inPeriod);
      seen.set(kept, signature);
    }
    return signature;
  };
  const atomOf = (kept: string) => {
    const signature = inPeriodOf(kept);
    let atom = atoms.get(signature);
    if (!atom) {
      const { teamIds, programIds: cohortIds } = signatureParts(signature);
      atom = {
        teamIds,
        cohortIds,
        contributors: 0,
        weeks: [],
        strength: {},
        alignment: {},
        learning: {},
        themes: {},
      };
      atoms.set(signature, atom);
    }
    return atom;
  };
  const add = (into: Record<string, number>, key: string, n: number) => {
    into[key] = (into[key] ?? 0) + n;
  };
  for (const row of spread) {
    const atom = atomOf(row.atom);
    const people = Number(row.people);
    atom.contributors += people;
    add(atom.strength as Record<string, number>, row.strengthBucket, people);
    add(atom.alignment as Record<string, number>, row.alignmentBucket, people);
  }
  const weekIndex = new Map<AtomRollup, Map<string, AtomWeek>>();
  for (const { atom: kept, week, ...sums } of weekly) {
    if (!atoms.has(inPeriodOf(kept))) continue;
    const atom = atomOf(kept);
    const index = weekIndex.get(atom) ?? new Map<string, AtomWeek>();
    weekIndex.set(atom, index);
    index.set(week, { week, ...addSums(index.get(week), numbers(sums)) });
  }
  for (const [atom, index] of weekIndex) {
    atom.weeks = [...index.values()].sort((a, b) => (a.week < b.week ? -1 : 1));
  }
  // Kept atoms that are one atom in the period add up (people are in one kept atom each).
  const addHours = (
    into: Record<string, { minutes: number; people: number }>,
    row: { key: string; minutes: unknown; people: unknown },
  ) => {
    const before = into[row.key] ?? { minutes: 0, people: 0 };
    into[row.key] = {
      minutes: before.minutes + Number(row.minutes),
      people: before.people + Number(row.people),
    };
  };
  for (const row of learning) addHours(atomOf(row.atom).learning as Record<string, HoursCell>, row);
  for (const row of themes) addHours(atomOf(row.atom).themes as Record<string, HoursCell>, row);
  for (const row of left) {
    const atom = atomOf(row.atom);
    atom.left = (atom.left ?? 0) + Number(row.people);
  }
  return [...atoms.values()];
}

/** Sums as numbers (PostgreSQL answers big sums as strings). */
const numbers = (sums: Record<(typeof ATOM_SUM_COLUMNS)[number], unknown>) =>
  Object.fromEntries(ATOM_SUM_COLUMNS.map((c) => [c, Number(sums[c] ?? 0)])) as Omit<
    AtomWeek,
    'week'
  >;
