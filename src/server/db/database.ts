import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, type SqliteDatabase, sql } from 'kysely';
import pg from 'pg';
import { wordCount } from '../../core/search-text';
import { MemoCamelCasePlugin } from './camel-case';
import { LiveSqliteDialect, registerLiveSource } from './live-events';
import { namingPool } from './named-statements';
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

/**
 * Opens a Kysely instance on SQLite (WAL, foreign keys on, deleted content overwritten with
 * zeros) or PostgreSQL.
 */
export function openDatabase(options: DatabaseOptions): Db {
  const plugins = [new MemoCamelCasePlugin()];
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool: namingPool(pool) }),
      plugins,
    });
    registerLiveSource(db, { kind: 'postgres', url: options.url });
    return db;
  }
  mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new SQLite(options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // What is deleted is overwritten, not only unlinked: a deleted account leaves no text behind.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Reads through a memory map, not a read() per page: a search reads its matches' rows from
  // all over the file, 3× less CPU on the bench's million (decision 0052). Pages not touched
  // take no memory.
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  // The search documents' triggers count each document's words as they write it (migration 0046).
  sqlite.function('word_count', { deterministic: true }, (text) =>
    typeof text === 'string' ? wordCount(text) : 0,
  );
  // Live events are delivered in this process once their transaction commits (live-events.ts).
  const channel = path.resolve(options.file);
  const db = new Kysely<DB>({
    dialect: new LiveSqliteDialect({ database: withStatementCache(sqlite) }, channel),
    plugins,
  });
  registerLiveSource(db, { kind: 'sqlite', channel });
  return db;
}

/** How much of a SQLite file is read through a memory map. */
export const MMAP_BYTES = 2 ** 34;

/** How many prepared statements a SQLite connection keeps (the app has a few hundred queries). */
export const STATEMENT_CACHE_SIZE = 1000;

/**
 * The connection as Kysely's SQLite driver sees it, but preparing each SQL text once: Kysely
 * calls `prepare` for every query, and preparing costs about half of running a small query
 * (docs/performance.md). Kept statements are least-recently-used first out. Safe with one
 * connection: the driver runs one query at a time, and a statement read with `all`/`run` is
 * finished before the next; better-sqlite3 prepares a statement again itself after a schema
 * change.
 */
export function withStatementCache(
  sqlite: SQLite.Database,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

/** Which SQL dialect a database speaks, for the few queries that differ (e.g. full-text search). */
export function dialectOf<T>(db: Kysely<T>): 'postgres' | 'sqlite' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * After a deletion that must leave nothing on disk: on SQLite, copies the WAL into the database
 * file and truncates it, so no older page holding the deleted text stays in the WAL (the
 * database file's copies are zeroed by secure_delete). Nothing on PostgreSQL, whose guarantees
 * are in docs/decisions/0012-deletion.md. Run it after the deleting transaction has committed.
 */
export async function flushDeletions(db: Db): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
