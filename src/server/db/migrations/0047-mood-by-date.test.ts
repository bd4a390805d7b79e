import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0047-mood-by-date on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('keeps the mood check-ins made before it and finds a day’s by the new index', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0047-mood-by-date');
    const { db } = database;
    const now = '2026-03-05T10:00:00.000Z';
    for (const id of ['ana', 'ben']) {
      await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
        values (${id}, ${`${id}@example.com`}, ${id}, 'h', 'UTC', ${now}, ${now})`.execute(db);
    }
    const moods: [string, string, string, string][] = [
      ['m1', 'ana', '2026-03-04T21:00:00.000Z', '2026-03-04'],
      ['m2', 'ana', '2026-03-05T07:00:00.000Z', '2026-03-05'],
      ['m3', 'ana', '2026-03-05T19:30:00.000Z', '2026-03-05'],
      ['m4', 'ben', '2026-03-05T08:00:00.000Z', '2026-03-05'],
    ];
    for (const [id, userId, at, date] of moods) {
      await sql`insert into mood_checkins (id, user_id, at, date, pleasantness, energy, emotions)
        values (${id}, ${userId}, ${at}, ${date}, 2, -1, '["calm"]')`.execute(db);
    }

    await migrateToLatest(db);
    const day = sql<{ id: string; emotions: string }>`select id, emotions from mood_checkins
      where user_id = 'ana' and date = '2026-03-05' order by at desc`;
    const rows = await day.execute(db);
    expect(rows.rows).toEqual([
      { id: 'm3', emotions: '["calm"]' },
      { id: 'm2', emotions: '["calm"]' },
    ]);
    const plan =
      kind === 'sqlite'
        ? (
            await sql<{ detail: string }>`explain query plan select id from mood_checkins
              where user_id = 'ana' and date = '2026-03-05' order by at desc`.execute(db)
          ).rows.map((r) => r.detail)
        : await db.transaction().execute(async (trx) => {
            // Four rows: the planner would scan the table; asked not to, it names its index.
            await sql`set local enable_seqscan = off`.execute(trx);
            const explained = await sql<{ 'QUERY PLAN': string }>`explain select id
              from mood_checkins where user_id = 'ana' and date = '2026-03-05' order by at desc`.execute(
              trx,
            );
            return explained.rows.map((r) => r['QUERY PLAN']);
          });
    expect(plan.join('\n')).toContain('mood_checkins_user_date');
  });
});
