import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0035-dashboard-indexes on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('keeps the memberships made before it and answers a person’s teams from the new index', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0035-dashboard-indexes');
    const { db } = database;
    const now = '2026-03-05T10:00:00.000Z';
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values ('ana', 'ana@example.com', 'Ana', 'h', 'UTC', ${now}, ${now})`.execute(db);
    await sql`insert into orgs (id, name, min_group_size, created_at, updated_at)
      values ('o', 'Org', 5, ${now}, ${now})`.execute(db);
    await sql`insert into teams (id, org_id, name, vision, created_at, updated_at)
      values ('t1', 'o', 'One', '', ${now}, ${now}), ('t2', 'o', 'Two', '', ${now}, ${now})`.execute(
      db,
    );
    await sql`insert into team_members (team_id, user_id, role, joined_at)
      values ('t2', 'ana', 'member', ${now}), ('t1', 'ana', 'leader', ${now})`.execute(db);

    await migrateToLatest(db);
    const teams = await sql<{ teamId: string }>`select team_id from team_members
      where user_id = 'ana' order by team_id`.execute(db);
    expect(teams.rows.map((r) => r.teamId)).toEqual(['t1', 't2']);
    const indexes =
      kind === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and tbl_name = 'team_members'`.execute(db)
        : await sql<{ name: string }>`select indexname as name from pg_indexes
            where tablename = 'team_members' and schemaname = current_schema()`.execute(db);
    expect(indexes.rows.map((r) => r.name)).toContain('team_members_user_team');
  });
});
