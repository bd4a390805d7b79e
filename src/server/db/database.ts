import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';

export type Db = Kysely<DB>;

export type DatabaseOptions =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'sqlite'; file: string };

/** Where the database lives for a given configuration: PostgreSQL when a URL is set, else SQLite. */
export function databaseOptions(env: { databaseUrl: string | undefined; dataDir: string }) {
  return env.databaseUrl
    ? ({ kind: 'postgres', url: env.databaseUrl } as const)
    : ({ kind: 'sqlite', file: path.join(env.dataDir, 'praxis.db') } as const);
}

/** Opens a Kysely instance on SQLite (WAL, foreign keys on) or PostgreSQL. */
export function openDatabase(options: DatabaseOptions): Db {
  const plugins = [new CamelCasePlugin()];
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => {});
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
  }
  mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new SQLite(options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
}

/** Which SQL dialect a database speaks, for the few queries that differ (e.g. full-text search). */
export function dialectOf<T>(db: Kysely<T>): 'postgres' | 'sqlite' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
