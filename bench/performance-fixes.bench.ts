import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { monotonicFactory } from 'ulid';
import { bench, describe } from 'vitest';
import { addDays, dayNumber, isoWeekOf, localDate, mondayOfIsoWeek } from '../src/core/calendar';
import { type CheckIn, type Schedule, strengthByDay, strengthSeries } from '../src/core/practice';
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

describe("the weekly rollup's strength: 5 practices, a year of check-ins, 53 weeks", () => {
  const today = '2026-12-03';
  const schedules: Schedule[] = [
    { type: 'daily' },
    { type: 'daily' },
    { type: 'weekly', times: 3 },
    { type: 'weekdays', days: [1, 2, 3, 4, 5] },
    { type: 'weekdays', days: [1, 3, 5] },
  ];
  const practices = schedules.map((schedule, p) => ({
    schedule,
    startDate: addDays(today, -365),
    checkIns: Array.from({ length: 365 }, (_, i): CheckIn | null =>
      (i * 7 + p * 3) % 10 < 6
        ? { date: addDays(today, -i), status: (i + p) % 13 === 0 ? 'skipped' : 'done' }
        : null,
    ).filter((c): c is CheckIn => c !== null),
  }));
  const weeks = [...new Set(Array.from({ length: 371 }, (_, i) => isoWeekOf(addDays(today, -i))))];
  const ends = weeks.map((week) => {
    const sunday = addDays(mondayOfIsoWeek(week) as string, 6);
    return sunday < today ? sunday : today;
  });
  bench('before: each series as dated points in a map', () => {
    const series = practices.map(
      (p) =>
        new Map(
          strengthSeries(p.schedule, p.checkIns, p.startDate, today).map((point) => [
            point.date,
            point.strength,
          ]),
        ),
    );
    for (const end of ends) {
      const before = addDays(end, -1);
      series.map((s) => s.get(end) ?? s.get(before) ?? 0);
    }
  });
  bench('after: each series looked up by day number', () => {
    const series = practices.map((p) => strengthByDay(p.schedule, p.checkIns, p.startDate, today));
    for (const end of ends) {
      const day = dayNumber(end);
      series.map((strengthOn) => strengthOn(day) ?? strengthOn(day - 1) ?? 0);
    }
  });
});
