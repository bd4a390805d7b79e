import { Migrator, type Migration, sql } from 'kysely';
import { migrationNames } from '../src/server/db/migrate';
import type { TestDatabase } from './databases';

/**
 * Brings a new (unmigrated) test database to the schema just before the migration `name`, so a
 * migration's test can write rows as they were and then run it with `migrateToLatest`.
 *
 * @example
 * database = await createTestDatabase(kind, { migrate: false });
 * await migrateToBefore(database, '0029-search-documents');
 */
export async function migrateToBefore(database: TestDatabase, name: string) {
  const before = migrationNames[migrationNames.indexOf(name) - 1]!;
  const migrations: Record<string, Migration> = {};
  for (const earlier of migrationNames.slice(0, migrationNames.indexOf(before) + 1)) {
    migrations[earlier] = (await import(
      /* @vite-ignore */ `../src/server/db/migrations/${earlier}.ts`
    )) as Migration;
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error } = await migrator.migrateTo(before);
  if (error) throw error;
}

/**
 * People and their daily reflections written straight into an unmigrated schema's tables (as
 * far back as 0003), for the search migrations' tests: `[id, user, title, body]` each.
 */
export async function insertReflectionTexts(
  db: TestDatabase['db'],
  people: string[],
  texts: string[][],
  now = '2026-03-05T10:00:00.000Z',
) {
  for (const id of people) {
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values (${id}, ${`${id}@example.com`}, ${id}, 'h', 'UTC', ${now}, ${now})`.execute(db);
  }
  for (const [id, user, title, body] of texts) {
    await sql`insert into reflections (id, user_id, kind, title, body, date, at, created_at, updated_at)
      values (${id}, ${user}, 'daily', ${title}, ${body}, ${now.slice(0, 10)}, ${now}, ${now}, ${now})`.execute(
      db,
    );
  }
}
