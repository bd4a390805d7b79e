import { Migrator, type Migration } from 'kysely';
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
