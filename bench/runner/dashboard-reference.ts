import { addDays } from '../../src/core/calendar';
import type { AtomRollup, AtomWeek } from '../../src/core/dashboard-facts';
import {
  MAX_PERIOD_WEEKS,
  meanFigure,
  percentBucket,
  periodWeeks,
} from '../../src/core/statistics';
import type { Db } from '../../src/server/db/database';
import { decideFromAtoms, orgAndTeams } from '../../src/server/modules/statistics/decision';
import { checkInWeeks, rawRows } from './dashboard-data';

const WEEKLY_SUMS = {
  reflections: ['reflections', 'reflectors'],
  checkIns: ['checkIns', 'checkers'],
  learningMinutes: ['minutes', 'learners'],
  feedbackRequested: ['requested', 'requesters'],
  feedbackGiven: ['given', 'givers'],
  assessments: ['assessments', 'assessors'],
  tensionSum: ['tension', null],
  movedToward: ['moved', 'movers'],
} as const;

/**
 * The bench organization's dashboard computed from the raw rows, without the rollups: who
 * contributes and in which teams, every check-in of every contributor, each person's weeks by
 * `personWeeks`, added up per atom in memory, then decided and presented exactly as the
 * dashboard is. Bench case 3 times it beside the dashboard and checks the two answers are equal.
 * The organization has no programs (cohorts), which this reference does not compute.
 */
export async function dashboardFromRawRows(
  db: Db,
  orgId: string,
  query: { from: string; to: string; today: string },
) {
  const weeks = periodWeeks(query.from, query.to);
  const [[org, teams], contributors, memberships] = await Promise.all([
    orgAndTeams(db, orgId),
    db
      .selectFrom('statisticsConsents as c')
      .innerJoin('orgMembers as m', (j) =>
        j.onRef('m.orgId', '=', 'c.orgId').onRef('m.userId', '=', 'c.userId'),
      )
      .select('c.userId')
      .where('c.orgId', '=', orgId)
      .where('c.contribute', '=', 1)
      .orderBy('c.userId')
      .execute(),
    db
      .selectFrom('teamMembers as tm')
      .innerJoin('teams as t', 't.id', 'tm.teamId')
      .select(['tm.userId', 'tm.teamId'])
      .where('t.orgId', '=', orgId)
      .execute(),
  ]);
  const teamsOfPerson = new Map<string, string[]>();
  for (const m of memberships) {
    teamsOfPerson.set(m.userId, [...(teamsOfPerson.get(m.userId) ?? []), m.teamId]);
  }
  const atoms = new Map<string, AtomRollup & { weeks: AtomWeek[] }>();
  const atomOf = (userId: string) => {
    const teamIds = (teamsOfPerson.get(userId) ?? []).sort();
    const sig = teamIds.join(',');
    let atom = atoms.get(sig);
    if (!atom) {
      atom = {
        teamIds,
        cohortIds: [],
        contributors: 0,
        weeks: [],
        strength: {},
        alignment: {},
        learning: {},
      };
      atoms.set(sig, atom);
    }
    return atom;
  };
  const since = addDays(query.today, -7 * MAX_PERIOD_WEEKS);
  const inPeriod = new Set(weeks);
  const contributing = new Set(contributors.map((c) => c.userId));
  const ids = [...contributing];
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const last = chunk.at(-1)!;
    const upTo = `u${String(Number(last.slice(1)) + 1).padStart(7, '0')}`;
    const { practices, checkIns } = await rawRows(db, chunk[0]!, upTo);
    const byPerson = checkInWeeks(
      practices.filter((p) => contributing.has(p.userId)),
      checkIns,
      since,
      query.today,
    );
    for (const userId of chunk) {
      const atom = atomOf(userId);
      atom.contributors += 1;
      const own = (byPerson.get(userId) ?? []).filter((w) => inPeriod.has(w.week));
      for (const w of own) {
        let sums = atom.weeks.find((s) => s.week === w.week);
        if (!sums) {
          sums = { week: w.week, active: 0 } as AtomWeek;
          for (const [total, people] of Object.values(WEEKLY_SUMS)) {
            sums[total] = 0;
            if (people) sums[people] = 0;
          }
          atom.weeks.push(sums);
        }
        sums.active += 1;
        for (const [column, [total, people]] of Object.entries(WEEKLY_SUMS)) {
          const value = w[column as keyof typeof WEEKLY_SUMS];
          sums[total] += value;
          if (people && value > 0) sums[people] += 1;
        }
      }
      const bump = (into: Record<string, number>, bucket: string) => {
        into[bucket] = (into[bucket] ?? 0) + 1;
      };
      bump(
        atom.strength as Record<string, number>,
        percentBucket(meanFigure(own.map((w) => w.strength))),
      );
      bump(
        atom.alignment as Record<string, number>,
        percentBucket(meanFigure(own.map((w) => w.alignment))),
      );
    }
  }
  return decideFromAtoms({ org, teams, programs: [], weeks, atoms: [...atoms.values()] });
}
