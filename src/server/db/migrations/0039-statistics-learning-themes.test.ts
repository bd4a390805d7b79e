import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { addDays, isoWeekOf } from '../../../core/calendar';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0039-statistics-learning-themes on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('fills the rollup from the last year’s learning by the domains it served, gone with the person', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0039-statistics-learning-themes');
    const { db } = database;
    const now = '2026-03-05T10:00:00.000Z';
    const today = new Date().toISOString().slice(0, 10);
    const old = addDays(today, -7 * 60);
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values ('ana', 'ana@example.com', 'Ana', 'h', 'UTC', ${now}, ${now})`.execute(db);
    for (const [id, domain] of [
      ['a1', 'career'],
      ['a2', 'health'],
      ['a3', 'career'],
    ]) {
      await sql`insert into aspirations (id, user_id, title, domain, vision, vision_level, status, created_at, updated_at)
        values (${id}, 'ana', 'An aspiration', ${domain}, 'A vision', 8, 'active', ${now}, ${now})`.execute(
        db,
      );
    }
    for (const [id, links] of [
      ['both', ['a1', 'a2', 'a3']],
      ['none', []],
    ] as const) {
      await sql`insert into learning_items (id, user_id, kind, title, source, status, insights, created_at, updated_at)
        values (${id}, 'ana', 'book', 'A book', '', 'in_progress', '', ${now}, ${now})`.execute(db);
      for (const aspiration of links) {
        await sql`insert into learning_item_aspirations (learning_item_id, aspiration_id)
          values (${id}, ${aspiration})`.execute(db);
      }
    }
    for (const [id, item, date, minutes] of [
      ['s1', 'both', today, 30],
      ['s2', 'both', today, 15],
      ['s3', 'none', today, 60],
      ['s4', 'none', old, 90],
    ] as const) {
      await sql`insert into learning_sessions (id, learning_item_id, date, minutes, note, created_at)
        values (${id}, ${item}, ${date}, ${minutes}, '', ${now})`.execute(db);
    }

    await migrateToLatest(db);
    const week = isoWeekOf(today);
    const rows = () =>
      db.selectFrom('statisticsLearningThemes').selectAll().orderBy('theme').execute();
    expect(await rows()).toEqual([
      { userId: 'ana', week, theme: 'career', minutes: 45 },
      { userId: 'ana', week, theme: 'health', minutes: 45 },
      { userId: 'ana', week, theme: 'none', minutes: 60 },
    ]);
    await db.deleteFrom('users').where('id', '=', 'ana').execute();
    expect(await rows()).toEqual([]);
  });
});
