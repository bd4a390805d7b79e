import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0038-one-on-one-meetings on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('adds a meeting to a space made before it, one per space, gone with the space', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0038-one-on-one-meetings');
    const { db } = database;
    const now = '2026-03-05T10:00:00.000Z';
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values ('mo', 'mo@example.com', 'Mo', 'h', 'UTC', ${now}, ${now}),
             ('lea', 'lea@example.com', 'Lea', 'h', 'UTC', ${now}, ${now})`.execute(db);
    await sql`insert into orgs (id, name, created_at, updated_at)
      values ('lab', 'Lab', ${now}, ${now})`.execute(db);
    await sql`insert into one_on_ones (id, org_id, owner_id, colleague_id, title, created_at, updated_at)
      values ('s1', 'lab', 'mo', 'lea', 'Weekly', ${now}, ${now})`.execute(db);

    await migrateToLatest(db);
    const meeting = {
      spaceId: 's1',
      date: '2026-03-09',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      place: '',
      repeatWeeks: 2,
      updatedBy: 'lea',
      createdAt: now,
      updatedAt: now,
    };
    await db.insertInto('oneOnOneMeetings').values(meeting).execute();
    await expect(db.insertInto('oneOnOneMeetings').values(meeting).execute()).rejects.toThrow();
    expect(await db.selectFrom('oneOnOneMeetings').selectAll().execute()).toEqual([meeting]);
    await db.deleteFrom('oneOnOnes').where('id', '=', 's1').execute();
    expect(await db.selectFrom('oneOnOneMeetings').selectAll().execute()).toEqual([]);
  });
});
