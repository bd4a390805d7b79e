import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { monotonicFactory } from 'ulid';
import { bench, describe } from 'vitest';
import { addDays, localDate } from '../src/core/calendar';
import { withStatementCache } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import type { DB } from '../src/server/db/schema';
import { newId } from '../src/server/lib/ids';

// Each fix of docs/performance.md beside what it replaced, measured in the same run.

/** localDate as it was: a new formatter for every call. */
function localDateBefore(instant: string | number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** addDays as it was: a regular expression and two Dates per call. */
function addDaysBefore(date: string, days: number): string {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)!.map(Number) as number[];
  const day = Math.round(new Date(0).setUTCFullYear(y!, m! - 1, d!) / 86_400_000) + days;
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

describe('local date of an instant', () => {
  const now = new Date().toISOString();
  bench('before: a formatter per call (Europe/Berlin)', () => {
    localDateBefore(now, 'Europe/Berlin');
  });
  bench('after: one formatter per time zone (Europe/Berlin)', () => {
    localDate(now, 'Europe/Berlin');
  });
});

describe('adding days to a calendar date', () => {
  bench('before: Date objects', () => {
    addDaysBefore('2026-11-23', 17);
  });
  bench('after: integer arithmetic', () => {
    addDays('2026-11-23', 17);
  });
});

describe('a new ULID', () => {
  const ulid = monotonicFactory();
  bench('before: ulid monotonicFactory', () => {
    ulid();
  });
  bench('after: pooled random bytes', () => {
    newId();
  });
});

async function migrated(cache: boolean) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-bench-'));
  const sqlite = new SQLite(path.join(dir, 'praxis.db'));
  const database = cache ? withStatementCache(sqlite) : sqlite;
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database }),
    plugins: [new CamelCasePlugin()],
  });
  await migrateToLatest(db);
  return db;
}
const [uncached, cached] = await Promise.all([migrated(false), migrated(true)]);
const readPractices = (db: Kysely<DB>) =>
  db
    .selectFrom('practices')
    .selectAll()
    .where('userId', '=', 'someone')
    .where('archivedAt', 'is', null)
    .orderBy('id')
    .limit(100)
    .execute();

describe('a small Kysely query on SQLite', () => {
  bench('before: prepared on every query', async () => {
    await readPractices(uncached);
  });
  bench('after: prepared once per SQL text', async () => {
    await readPractices(cached);
  });
});
