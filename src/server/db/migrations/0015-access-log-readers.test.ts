import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

const THIS = '0015-access-log-readers';

describe.each(databaseKinds())('migration 0015-access-log-readers on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('leaves no belief statement or reflection words in the stored titles of reads', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, THIS);
    const { db } = database;
    const now = new Date().toISOString();
    for (const id of ['ana', 'bea']) {
      await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
        values (${id}, ${`${id}@example.com`}, ${id}, 'h', 'UTC', ${now}, ${now})`.execute(db);
    }
    for (const [id, title, body] of [
      ['r-untitled', '', 'I dread Mondays.'],
      ['r-titled', 'On listening', 'Words.'],
    ]) {
      await sql`insert into reflections (id, user_id, kind, title, body, date, at, created_at, updated_at)
        values (${id}, 'ana', 'daily', ${title}, ${body}, '2026-03-07', ${now}, ${now}, ${now})`.execute(
        db,
      );
    }
    for (const [id, type, itemId, title] of [
      ['l1', 'belief', 'b1', 'I can’t lead.'],
      ['l2', 'reflection', 'r-untitled', 'I dread Mondays.'],
      ['l3', 'reflection', 'r-titled', 'On listening'],
      ['l4', 'reflection', 'r-deleted', 'Gone words.'],
      ['l5', 'aspiration', 'a1', 'Coach, not fix'],
    ]) {
      await sql`insert into access_log (id, owner_id, reader_id, reader_name, item_type, item_id, item_title, at)
        values (${id}, 'ana', 'bea', 'bea', ${type}, ${itemId}, ${title}, ${now})`.execute(db);
    }

    expect(await migrateToLatest(db)).toContain(THIS);

    const titles = await db
      .selectFrom('accessLog')
      .select(['id', 'itemTitle'])
      .orderBy('id')
      .execute();
    expect(titles).toEqual([
      { id: 'l1', itemTitle: 'A belief' },
      { id: 'l2', itemTitle: 'Reflection · 7 Mar 2026' },
      { id: 'l3', itemTitle: 'On listening' },
      { id: 'l4', itemTitle: 'A reflection' },
      { id: 'l5', itemTitle: 'Coach, not fix' },
    ]);
  });
});
