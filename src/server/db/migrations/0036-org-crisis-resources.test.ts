import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0036-org-crisis-resources on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('adds one row an organization, gone with the organization', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0036-org-crisis-resources');
    const { db } = database;
    const now = '2026-12-03T10:00:00.000Z';
    await sql`insert into orgs (id, name, min_group_size, created_at, updated_at)
      values ('o1', 'Harbour', 5, ${now}, ${now})`.execute(db);

    await migrateToLatest(db);
    await db
      .insertInto('orgCrisisResources')
      .values({ orgId: 'o1', text: 'Call 112', updatedAt: now })
      .execute();
    await expect(
      db
        .insertInto('orgCrisisResources')
        .values({ orgId: 'o1', text: 'again', updatedAt: now })
        .execute(),
    ).rejects.toThrow();
    expect(await db.selectFrom('orgCrisisResources').select(['orgId', 'text']).execute()).toEqual([
      { orgId: 'o1', text: 'Call 112' },
    ]);
    await db.deleteFrom('orgs').where('id', '=', 'o1').execute();
    expect(await db.selectFrom('orgCrisisResources').selectAll().execute()).toEqual([]);
  });
});
