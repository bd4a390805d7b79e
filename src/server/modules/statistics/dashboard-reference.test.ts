import { afterEach, describe, expect, it } from 'vitest';
import {
  adminId,
  BENCH_ORG,
  buildRollups,
  generateOrganization,
} from '../../../../bench/runner/dashboard-data';
import { dashboardFromRawRows } from '../../../../bench/runner/dashboard-reference';
import { addDays } from '../../../core/calendar';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { orgDashboard } from './queries';
import { wholeOrgDashboard } from '../../../../test-support/dashboard';

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

  it('the dashboard from the rollups equals the one from the raw rows', async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    const today = new Date().toISOString().slice(0, 10);
    const shape = { people: 400, checkInsPerPerson: 60, today };
    await generateOrganization(db, shape);
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
});
