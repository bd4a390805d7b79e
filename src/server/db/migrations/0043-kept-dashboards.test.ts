import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { dashboardGeneration, forgetKeptDashboards, keptRows } from '../kept-dashboards';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0043-kept-dashboards on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('starts every organization at generation 0 with nothing kept, kept rows gone with it', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0043-kept-dashboards');
    const { db } = database;
    const now = '2026-11-23T10:00:00.000Z';
    await sql`insert into orgs (id, name, min_group_size, created_at, updated_at)
      values ('o1', 'Lab', 5, ${now}, ${now})`.execute(db);

    await migrateToLatest(db);
    expect(await dashboardGeneration(db, 'o1')).toBe(0);
    expect(await keptRows(db, 'o1', 'p', null)).toEqual([]);
    const row = { orgId: 'o1', period: 'p', computedAt: now, body: '{}' };
    await db
      .insertInto('dashboardAnswers')
      .values([
        { ...row, groupId: '' },
        { ...row, groupId: 'o1' },
      ])
      .execute();
    expect(await keptRows(db, 'o1', 'p', ['o1'])).toHaveLength(2);
    await db.transaction().execute((trx) => forgetKeptDashboards(trx, 'o1'));
    expect(await keptRows(db, 'o1', 'p', null)).toEqual([]);
    expect(await dashboardGeneration(db, 'o1')).toBe(1);
    await db
      .insertInto('dashboardAnswers')
      .values({ ...row, groupId: '' })
      .execute();
    await db.deleteFrom('orgs').where('id', '=', 'o1').execute();
    expect(await db.selectFrom('dashboardAnswers').selectAll().execute()).toEqual([]);
  });
});
