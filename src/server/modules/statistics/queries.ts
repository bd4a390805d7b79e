import { sql } from 'kysely';
import { addDays } from '../../../core/calendar';
import type { AtomRollup, AtomWeek } from '../../../core/dashboard-facts';
import { canSeeOrgDashboard, canSeeTeamDashboard } from '../../../core/org-policy';
import {
  BUCKET_FLOORS,
  MAX_PERIOD_WEEKS,
  NO_BUCKET,
  PERCENT_BUCKETS,
  periodWeeks,
} from '../../../core/statistics';
import type { Db } from '../../db/database';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import { badRequest, forbidden, notFound } from '../../errors';
import { nowIso } from '../../lib/time';
import { cohortSignature, leftEarly, periodPrograms } from './cohorts';
import { decideFromAtoms, orgAndTeams } from './decision';
import { learningThemeSums } from './learning-theme-sums';

/** The caller's role in the organization; 404 when they are not in it. */
export async function requireOrgMember(db: Db, orgId: string, userId: string) {
  const role = await orgRoleOf(db, orgId, userId);
  if (!role) throw notFound('No such organization.');
  return role;
}

/** My choice for an organization, "not asked yet" included, with the organization's k. */
export async function myConsent(db: Db, orgId: string, userId: string) {
  await requireOrgMember(db, orgId, userId);
  const [org, consent] = await Promise.all([
    db
      .selectFrom('orgs')
      .select(['name', 'minGroupSize'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('statisticsConsents')
      .select(['contribute', 'decidedAt'])
      .where('orgId', '=', orgId)
      .where('userId', '=', userId)
      .executeTakeFirst(),
  ]);
  return {
    orgId,
    orgName: org.name,
    contributeStatistics: consent?.contribute === 1,
    asked: consent !== undefined,
    decidedAt: consent?.decidedAt ?? null,
    k: org.minGroupSize,
  };
}

/** The period's whole ISO weeks: to defaults to today, from to a year before to. */
function periodOf(query: { from?: string; to?: string }) {
  const to = query.to ?? nowIso().slice(0, 10);
  const from = query.from ?? addDays(to, -7 * 51);
  const weeks = periodWeeks(from, to);
  if (weeks.length > MAX_PERIOD_WEEKS) {
    throw badRequest('period_too_long', 'A dashboard shows at most 12 months.', [
      { path: ['from'], message: 'At most 12 months before to.' },
    ]);
  }
  return weeks;
}

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
 * The rollups of an organization's contributors — members now who chose to contribute — added up
 * per atom: the people with the same teams of the organization. Work grows with atoms and weeks,
 * and the rollups are read by week, never by person.
 */
async function atomRollups(db: Db, orgId: string, weeks: readonly string[], programIds: string[]) {
  const first = weeks[0] as string;
  const last = weeks.at(-1) as string;
  const contributors = db
    .selectFrom('statisticsConsents as c')
    .innerJoin('orgMembers as m', (j) =>
      j.onRef('m.orgId', '=', 'c.orgId').onRef('m.userId', '=', 'c.userId'),
    )
    .select((eb) => [
      'c.userId as userId',
      // The atom's signature: its teams, '|', its cohorts (each a sorted list of ids).
      sql<string>`${eb.fn.coalesce(
        eb
          // A cross join with the condition in `where`: SQLite then keeps the person's team
          // memberships as the outer loop (one index range each), never all of the
          // organization's teams probed per person (docs/performance.md, case 3).
          .selectFrom('teamMembers as tm')
          .crossJoin('teams as t')
          .whereRef('t.id', '=', 'tm.teamId')
          .select(
            sql<string>`string_agg(${sql.ref('tm.teamId')}, ',' order by ${sql.ref('tm.teamId')})`.as(
              'sig',
            ),
          )
          .whereRef('tm.userId', '=', 'c.userId')
          .where('t.orgId', '=', orgId),
        sql<string>`''`,
      )} || '|' || ${cohortSignature(db, sql.ref('c.userId'), programIds)}`.as('sig'),
    ])
    .where('c.orgId', '=', orgId)
    .where('c.contribute', '=', 1);

  const positive = (column: string) =>
    sql<number>`sum(case when ${sql.ref(column)} > 0 then 1 else 0 end)`;
  const total = (column: string) => sql<number>`sum(${sql.ref(column)})`;

  const [people, weekly, spread, learning, left, themes] = await Promise.all([
    db
      .with('p', () => contributors)
      .selectFrom('p')
      .select((eb) => ['p.sig', eb.fn.countAll<number>().as('people')])
      .groupBy('p.sig')
      .execute(),
    db
      .with('p', () => contributors)
      .selectFrom('p')
      .innerJoin('statisticsWeeks as w', 'w.userId', 'p.userId')
      .select((eb) => [
        'p.sig',
        'w.week',
        eb.fn.countAll<number>().as('active'),
        total('w.reflections').as('reflections'),
        positive('w.reflections').as('reflectors'),
        total('w.checkIns').as('checkIns'),
        positive('w.checkIns').as('checkers'),
        total('w.learningMinutes').as('minutes'),
        positive('w.learningMinutes').as('learners'),
        total('w.feedbackRequested').as('requested'),
        positive('w.feedbackRequested').as('requesters'),
        total('w.feedbackGiven').as('given'),
        positive('w.feedbackGiven').as('givers'),
        total('w.assessments').as('assessments'),
        total('w.tensionSum').as('tension'),
        positive('w.assessments').as('assessors'),
        total('w.movedToward').as('moved'),
        positive('w.movedToward').as('movers'),
      ])
      .where('w.week', '>=', first)
      .where('w.week', '<=', last)
      .groupBy(['p.sig', 'w.week'])
      .execute(),
    db
      .with('p', () => contributors)
      .with('person', (qc) =>
        qc
          .selectFrom('p')
          .leftJoin('statisticsWeeks as w', (j) =>
            j.onRef('w.userId', '=', 'p.userId').on('w.week', '>=', first).on('w.week', '<=', last),
          )
          .select((eb) => [
            'p.sig',
            eb.fn.avg<number | null>('w.strength').as('strength'),
            eb.fn.avg<number | null>('w.alignment').as('alignment'),
          ])
          .groupBy(['p.userId', 'p.sig']),
      )
      .selectFrom('person')
      .select((eb) => [
        'person.sig',
        bucketCase('person.strength').as('strengthBucket'),
        bucketCase('person.alignment').as('alignmentBucket'),
        eb.fn.countAll<number>().as('people'),
      ])
      .groupBy(['person.sig', 'strengthBucket', 'alignmentBucket'])
      .execute(),
    db
      .with('p', () => contributors)
      .selectFrom('p')
      .innerJoin('statisticsLearning as l', 'l.userId', 'p.userId')
      .select((eb) => [
        'p.sig',
        'l.kind',
        total('l.minutes').as('minutes'),
        eb.fn.count<number>('p.userId').distinct().as('people'),
      ])
      .where('l.week', '>=', first)
      .where('l.week', '<=', last)
      .groupBy(['p.sig', 'l.kind'])
      .execute(),
    programIds.length === 0
      ? []
      : db
          .with('p', () => contributors)
          .selectFrom('p')
          .select((eb) => ['p.sig', eb.fn.countAll<number>().as('people')])
          .where(({ exists }) => exists(leftEarly(db, sql.ref('p.userId'), programIds)))
          .groupBy('p.sig')
          .execute(),
    learningThemeSums(db, contributors, first, last),
  ]);

  const atoms = new Map<string, AtomRollup & { weeks: AtomWeek[] }>();
  for (const row of people) {
    const [teams = '', cohorts = ''] = row.sig.split('|');
    atoms.set(row.sig, {
      teamIds: teams === '' ? [] : teams.split(','),
      cohortIds: cohorts === '' ? [] : cohorts.split(','),
      contributors: Number(row.people),
      weeks: [],
      strength: {},
      alignment: {},
      learning: {},
      themes: themes.get(row.sig) ?? {},
    });
  }
  for (const { sig, week, ...sums } of weekly) {
    const numbers = Object.fromEntries(
      Object.entries(sums).map(([key, value]) => [key, Number(value ?? 0)]),
    ) as Omit<AtomWeek, 'week'>;
    atoms.get(sig)?.weeks.push({ week, ...numbers });
  }
  for (const row of spread) {
    const atom = atoms.get(row.sig);
    if (!atom) continue;
    const add = (into: Record<string, number>, bucket: string) => {
      into[bucket] = (into[bucket] ?? 0) + Number(row.people);
    };
    add(atom.strength as Record<string, number>, row.strengthBucket);
    add(atom.alignment as Record<string, number>, row.alignmentBucket);
  }
  for (const row of learning) {
    const atom = atoms.get(row.sig);
    if (atom) {
      (atom.learning as Record<string, { minutes: number; people: number }>)[row.kind] = {
        minutes: Number(row.minutes),
        people: Number(row.people),
      };
    }
  }
  for (const row of left) {
    const atom = atoms.get(row.sig);
    if (atom) atom.left = Number(row.people);
  }
  return [...atoms.values()];
}

/**
 * The organization-wide decision of one period: the organization and every team of it, decided
 * in one `suppressDashboard` call. The team dashboard shows its team as this decision did, so a
 * person who sees both can compare nothing more than either shows.
 */
async function decideOrg(db: Db, orgId: string, query: { from?: string; to?: string }) {
  const weeks = periodOf(query);
  const programs = await periodPrograms(db, orgId, weeks);
  const [[org, teams], atoms] = await Promise.all([
    orgAndTeams(db, orgId),
    atomRollups(
      db,
      orgId,
      weeks,
      programs.map((p) => p.id),
    ),
  ]);
  return decideFromAtoms({ org, teams, programs, weeks, atoms });
}

/** The organization's dashboard: admins and facilitators (403 for other members, 404 outside). */
export async function orgDashboard(
  db: Db,
  orgId: string,
  userId: string,
  query: { from?: string; to?: string },
) {
  if (!canSeeOrgDashboard(await requireOrgMember(db, orgId, userId))) {
    throw forbidden(
      'dashboard_not_allowed',
      'Only the organization’s admins and facilitators see its dashboard.',
    );
  }
  return decideOrg(db, orgId, query);
}

/** A team's dashboard, as the organization-wide decision shows it: the team's members. */
export async function teamDashboard(
  db: Db,
  teamId: string,
  userId: string,
  query: { from?: string; to?: string },
) {
  const team = await db
    .selectFrom('teams')
    .select(['id', 'orgId'])
    .where('id', '=', teamId)
    .executeTakeFirst();
  const orgRole = team ? await orgRoleOf(db, team.orgId, userId) : null;
  if (!team || !orgRole) throw notFound('No such team.');
  const teamRole = await teamRoleOf(db, teamId, userId);
  if (!canSeeTeamDashboard({ orgRole, teamRole })) {
    throw forbidden('dashboard_not_allowed', 'Only the team’s members see its dashboard.');
  }
  const decided = await decideOrg(db, team.orgId, query);
  return {
    k: decided.k,
    weeks: decided.weeks,
    programs: decided.programs,
    team: decided.teams.find((t) => t.id === teamId)!,
  };
}
