import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0040-statistics-summary on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('fills the summary from the rollups kept before it: atoms, their weeks, running sums', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0040-statistics-summary');
    const { db } = database;
    const now = '2026-03-05T10:00:00.000Z';
    await sql`insert into orgs (id, name, min_group_size, created_at, updated_at)
      values ('o', 'Org', 5, ${now}, ${now})`.execute(db);
    for (const id of ['ana', 'bo', 'cy']) {
      await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
        values (${id}, ${`${id}@example.com`}, ${id}, 'h', 'UTC', ${now}, ${now})`.execute(db);
      await sql`insert into org_members (org_id, user_id, role, joined_at)
        values ('o', ${id}, 'member', ${now})`.execute(db);
    }
    await sql`insert into teams (id, org_id, name, vision, created_at, updated_at)
      values ('t1', 'o', 'One', '', ${now}, ${now})`.execute(db);
    await sql`insert into team_members (team_id, user_id, role, joined_at)
      values ('t1', 'ana', 'member', ${now}), ('t1', 'bo', 'member', ${now})`.execute(db);
    // Ana and Bo contribute, Cy said no.
    await sql`insert into statistics_consents (org_id, user_id, contribute, decided_at)
      values ('o', 'ana', 1, ${now}), ('o', 'bo', 1, ${now}), ('o', 'cy', 0, ${now})`.execute(db);
    const week = (user: string, w: string, checkIns: number, strength: number | null) =>
      sql`insert into statistics_weeks (user_id, week, reflections, check_ins, strength,
          learning_minutes, feedback_requested, feedback_given, assessments, tension_sum,
          moved_toward, alignment)
        values (${user}, ${w}, 1, ${checkIns}, ${strength}, 0, 0, 0, 0, 0, 0, null)`.execute(db);
    await week('ana', '2026-W08', 3, 40);
    await week('ana', '2026-W09', 0, null);
    await week('ana', '2026-W10', 2, 60);
    await week('bo', '2026-W10', 5, 80);
    await week('cy', '2026-W10', 7, 10);

    await migrateToLatest(db);
    const contributors = await db
      .selectFrom('statisticsContributors')
      .select(['userId', 'atom'])
      .orderBy('userId')
      .execute();
    expect(contributors).toEqual([
      { userId: 'ana', atom: 't1|' },
      { userId: 'bo', atom: 't1|' },
    ]);
    const weeks = await db
      .selectFrom('statisticsAtomWeeks')
      .select(['atom', 'week', 'active', 'reflections', 'checkIns', 'checkers'])
      .orderBy('week')
      .execute();
    expect(weeks.map((w) => ({ ...w, checkIns: Number(w.checkIns) }))).toEqual([
      { atom: 't1|', week: '2026-W08', active: 1, reflections: 1, checkIns: 3, checkers: 1 },
      { atom: 't1|', week: '2026-W09', active: 1, reflections: 1, checkIns: 0, checkers: 0 },
      { atom: 't1|', week: '2026-W10', active: 2, reflections: 2, checkIns: 7, checkers: 2 },
    ]);
    const running = await db
      .selectFrom('statisticsWeeks')
      .select(['week', 'strengthTotal', 'strengthWeeks'])
      .where('userId', '=', 'ana')
      .orderBy('week')
      .execute();
    expect(running.map((r) => [r.week, Number(r.strengthTotal), Number(r.strengthWeeks)])).toEqual([
      ['2026-W08', 40, 1],
      ['2026-W09', 40, 1],
      ['2026-W10', 100, 2],
    ]);
  });
});
