import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Db, openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The databases every repository and HTTP test runs on: SQLite always, PostgreSQL when up. */
export function databaseKinds(): DatabaseKind[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

export type TestDatabase = {
  kind: DatabaseKind;
  db: Db;
  /** SQLite only: the database file (its WAL and shared memory sit beside it). */
  file?: string;
  /** PostgreSQL only: the database's URL (for pg-boss, or a second app instance). */
  url?: string;
  destroy: () => Promise<void>;
};

/**
 * A fresh, empty database of the given kind with a random name: a SQLite file in a temporary
 * folder, or a new PostgreSQL database. `destroy` drops it. Migrated unless told otherwise.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  let db: Db;
  let file: string | undefined;
  let url: string | undefined;
  let cleanUp: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-test-'));
    file = path.join(dir, 'praxis.db');
    db = openDatabase({ kind: 'sqlite', file });
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const adminUrl = inject('postgresUrl');
    if (!adminUrl) throw new Error('PostgreSQL is not available for this test run');
    const name = `praxis_test_${randomBytes(6).toString('hex')}`;
    await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
    const address = new URL(adminUrl);
    address.pathname = `/${name}`;
    url = address.toString();
    db = openDatabase({ kind: 'postgres', url, poolSize: 4 });
    cleanUp = async () => {
      await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    };
  }
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    kind,
    db,
    ...(file ? { file } : {}),
    ...(url ? { url } : {}),
    destroy: async () => {
      await db.destroy();
      await cleanUp();
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
