import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0037-import-attempts on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('gives every import written before it no attempts yet, and counts from there', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0037-import-attempts');
    const { db } = database;
    const now = '2026-03-05T10:00:00.000Z';
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values ('ana', 'ana@example.com', 'Ana', 'h', 'UTC', ${now}, ${now})`.execute(db);
    await sql`insert into imports (id, user_id, format, file_name, status, progress, created, skipped, rejected, rejected_count, error, created_at, finished_at)
      values ('i1', 'ana', 'dayone', 'Journal.json', 'running', 0.3, 0, 0, '[]', 0, null, ${now}, null)`.execute(
      db,
    );

    await migrateToLatest(db);
    const before = await db
      .selectFrom('imports')
      .select(['status', 'attempts', 'attemptedAt'])
      .executeTakeFirstOrThrow();
    expect(before).toEqual({ status: 'running', attempts: 0, attemptedAt: null });
    await db
      .updateTable('imports')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), attemptedAt: now }))
      .execute();
    expect(
      await db.selectFrom('imports').select(['attempts', 'attemptedAt']).executeTakeFirstOrThrow(),
    ).toEqual({ attempts: 1, attemptedAt: now });
  });
});
