import { afterEach, describe, expect, it } from 'vitest';
import {
  adminId,
  BENCH_ORG,
  buildRollups,
  generateOrganization,
} from '../../../../bench/runner/dashboard-data';
import { dashboardFromRawRows } from '../../../../bench/runner/dashboard-reference';
import { addDays } from '../../../core/calendar';
import type { AtomRollup } from '../../../core/dashboard-facts';
import { BUCKET_FLOORS, meanFigure, percentBucket, periodWeeks } from '../../../core/statistics';
import { atomSignature } from '../../../core/statistics-summary';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { rebuildStatisticsSummary } from '../../db/statistics-summary-rebuild';
import { atomRollups } from './atom-rollups';
import { decideFromAtoms, orgAndTeams } from './decision';
import { orgDashboard } from './queries';
import { wholeOrgDashboard } from '../../../../test-support/dashboard';

type Figures = { strength: number | null; alignment: number | null };

/**
 * Person n's figures for their weeks (oldest first): before the period, tenths whose running
 * totals are inexact in binary (0.1, 33.3, …); in it, pairs around a bucket floor (55.5 and 64.5)
 * and the floor itself for an odd week out, so the mean is exactly the floor. Every third
 * person's alignment misses every other week.
 */
function figuresOf(n: number, inPeriod: boolean[]): Figures[] {
  const floor = BUCKET_FLOORS[n % BUCKET_FLOORS.length]!;
  const room = Math.min(floor, 100 - floor) * 10;
  const around = (i: number) => {
    const away = room === 0 ? 0 : ((n * 7 + Math.floor(i / 2) * 13) % room) + 1;
    return (floor * 10 + (i % 2 === 0 ? away : -away)) / 10;
  };
  const known = inPeriod.filter(Boolean).length;
  let i = 0;
  return inPeriod.map((period, w) => {
    if (!period) return { strength: (1 + (((n + w) * 333) % 1000)) / 10, alignment: 0.1 };
    const figure = i === known - 1 && known % 2 === 1 ? floor : around(i);
    i += 1;
    return { strength: figure, alignment: n % 3 === 0 && w % 2 === 0 ? null : figure };
  });
}

/**
 * Bench case 3's two sides on a small organization: the dashboard from the rollups (built in
 * bulk as `recordActivity` builds them) equals the same figures computed from the raw rows, with
 * the same cells suppressed.
 */
describe.each(databaseKinds())('bench case 3 on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });
  /** A fresh database holding the bench organization: `people`, 60 check-ins each. */
  const benchOrganization = async (people: number) => {
    database = await createTestDatabase(kind);
    const today = new Date().toISOString().slice(0, 10);
    const shape = { people, checkInsPerPerson: 60, today };
    await generateOrganization(database.db, shape);
    return { db: database.db, today, shape };
  };

  it('the dashboard from the rollups equals the one from the raw rows', async () => {
    const { db, today, shape } = await benchOrganization(400);
    const count = await db
      .selectFrom('practiceCheckins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(400 * 60);
    expect(await buildRollups(db, shape)).toBeGreaterThan(400);

    const query = { from: addDays(today, -7 * 51), to: today };
    // Every group's figures, one chosen group at a time (the lean answer, decision 0051).
    const whole = () =>
      wholeOrgDashboard((group) => orgDashboard(db, BENCH_ORG, adminId(), { ...query, group }));
    const { computedAt, ...fromRollups } = await whole();
    const fromRaw = await dashboardFromRawRows(db, BENCH_ORG, { ...query, today });
    expect(fromRaw).toEqual(fromRollups);
    // Read again, the kept decision: the same figures, computed at the same time.
    const kept = await whole();
    expect(kept).toEqual({ ...fromRaw, computedAt });

    // Both respect k: the organization shows figures, a team of 3 or 4 shows none.
    expect(fromRollups.org.suppressed).toBe(false);
    expect(fromRollups.org.figures.checkIns.some((w) => (w.value ?? 0) > 0)).toBe(true);
    const small = fromRollups.teams.find((t) => t.name === 'Team 9')!;
    expect(small.suppressed).toBe(true);
    expect(small.contributors).toBeNull();
    expect(fromRollups.teams.some((t) => !t.suppressed)).toBe(true);
  });

  it('buckets a mean exactly on a floor from the running sums as from the weekly figures (decision 0049, Rounding)', async () => {
    const { db, today, shape } = await benchOrganization(120);
    await buildRollups(db, shape);
    const query = { from: addDays(today, -7 * 5), to: today };
    const weeks = periodWeeks(query.from, query.to);
    const inPeriod = new Set(weeks);

    const kept = await db
      .selectFrom('statisticsWeeks')
      .select(['userId', 'week'])
      .orderBy('userId')
      .orderBy('week')
      .execute();
    const weeksOf = new Map<string, string[]>();
    for (const { userId, week } of kept)
      weeksOf.set(userId, [...(weeksOf.get(userId) ?? []), week]);
    const periodFigures = new Map<string, Figures[]>();
    await db.transaction().execute(async (tx) => {
      for (const [userId, own] of weeksOf) {
        const figures = figuresOf(
          Number(userId.slice(1)),
          own.map((w) => inPeriod.has(w)),
        );
        periodFigures.set(
          userId,
          figures.filter((_, i) => inPeriod.has(own[i]!)),
        );
        for (const [i, week] of own.entries()) {
          await tx
            .updateTable('statisticsWeeks')
            .set(figures[i]!)
            .where('userId', '=', userId)
            .where('week', '=', week)
            .execute();
        }
      }
    });
    await rebuildStatisticsSummary(db);

    const rollups = await atomRollups(db, BENCH_ORG, weeks, []);
    const contributors = await db
      .selectFrom('statisticsContributors')
      .select(['userId', 'atom'])
      .where('orgId', '=', BENCH_ORG)
      .execute();
    const raw = new Map<string, Pick<AtomRollup, 'strength' | 'alignment'>>();
    let onAFloor = 0;
    for (const { userId, atom } of contributors) {
      const figures = periodFigures.get(userId) ?? [];
      const into = raw.get(atom) ?? { strength: {}, alignment: {} };
      raw.set(atom, into);
      for (const key of ['strength', 'alignment'] as const) {
        const mean = meanFigure(figures.map((f) => f[key]));
        if (mean !== null && mean > 0 && (BUCKET_FLOORS as readonly number[]).includes(mean)) {
          onAFloor += 1;
        }
        const bucket = percentBucket(mean);
        const counts = into[key] as Record<string, number>;
        counts[bucket] = (counts[bucket] ?? 0) + 1;
      }
    }
    expect(onAFloor).toBeGreaterThan(50);
    const fromRaw = rollups.map((a) => ({
      ...a,
      ...raw.get(atomSignature(a.teamIds, a.cohortIds ?? [])),
    }));
    for (const [i, atom] of rollups.entries()) {
      expect({ strength: atom.strength, alignment: atom.alignment }).toEqual({
        strength: fromRaw[i]!.strength,
        alignment: fromRaw[i]!.alignment,
      });
    }

    const [org, teams] = await orgAndTeams(db, BENCH_ORG);
    const decided = decideFromAtoms({ org, teams, programs: [], weeks, atoms: fromRaw });
    const shown = await wholeOrgDashboard((group) =>
      orgDashboard(db, BENCH_ORG, adminId(), { ...query, group }),
    );
    expect(shown).toEqual({ ...decided, computedAt: shown.computedAt });
  });
});
