import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../test-support/databases';
import { migrateToLatest, migrationNames } from './migrate';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('bring an empty database to the latest schema, and a second run changes nothing', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    expect(await migrateToLatest(database.db)).toEqual(migrationNames);
    expect(await migrateToLatest(database.db)).toEqual([]);
    const tables = (await database.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'users',
        'sessions',
        'access_tokens',
        'purpose_revisions',
        'personal_values',
        'aspirations',
        'vision_revisions',
        'reality_assessments',
        'action_steps',
      ]),
    );
  });

  it('keep data across a re-run and cascade a person’s rows when they are deleted', async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    const now = new Date().toISOString();
    await db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'a@example.com',
        name: 'A',
        passwordHash: 'h',
        timeZone: 'UTC',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('sessions')
      .values({
        id: 's1',
        userId: 'u1',
        createdAt: now,
        lastSeenAt: now,
        expiresAt: now,
        userAgent: null,
      })
      .execute();
    await migrateToLatest(db);
    expect(await db.selectFrom('users').select('id').execute()).toEqual([{ id: 'u1' }]);
    await db.deleteFrom('users').where('id', '=', 'u1').execute();
    expect(await db.selectFrom('sessions').select('id').execute()).toEqual([]);
  });

  it('refuse a second account with the same email', async () => {
    database = await createTestDatabase(kind);
    const now = new Date().toISOString();
    const row = {
      email: 'same@example.com',
      name: 'A',
      passwordHash: 'h',
      timeZone: 'UTC',
      createdAt: now,
      updatedAt: now,
    };
    await database.db
      .insertInto('users')
      .values({ ...row, id: 'u1' })
      .execute();
    await expect(
      database.db
        .insertInto('users')
        .values({ ...row, id: 'u2' })
        .execute(),
    ).rejects.toThrow();
  });
});
