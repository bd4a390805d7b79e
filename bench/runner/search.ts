import { sql } from 'kysely';
import { type Db, openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { nowIso } from '../../src/server/lib/time';
import type { Result } from './cases';
import { freshDatabase, type Kind, sessionCookie } from './databases';
import { percentile } from './load';
import { insertReflections, type ReflectionRow, wordsOf } from './reflections';
import type { Started } from './processes';

/**
 * Case 2 of issue 16: a million reflections in the database, 3,650 of them (ten years of days)
 * the searcher's. Relevance-ranked search with snippets, for a rare and a common word, against
 * listing the searcher's latest 20, each request alone, p95 side by side.
 */
export const SEARCH_ROWS = 1_000_000;
export const SEARCHER_ROWS = 3_650;
const OTHERS = 1_000;
/** In every text. */
export const COMMON_WORD = 'today';
/** In one text of 997 (four of them the searcher's). */
export const RARE_WORD = 'quokka';

export type SearchDatabase = {
  kind: Kind;
  env: Record<string, string>;
  cookie: string;
  insertSeconds: number;
  drop: () => Promise<void>;
};

/** The text of row `n`: 30 words, deterministic, the common word always, the rare one seldom. */
function textOf(n: number): string {
  const words = [COMMON_WORD, ...wordsOf(n, 29)];
  if (n % 997 === 0) words.push(RARE_WORD);
  return words.join(' ');
}

/** Who writes row `n`: every 274th row is the searcher's (3,650 of 1,000,000), else another's. */
const ownerOf = (n: number) => (n % 274 === 0 && n / 274 < SEARCHER_ROWS ? 0 : 1 + (n % OTHERS));
const userIdOf = (index: number) => `BENCHUSER${String(index).padStart(17, '0')}`;
const dayOf = (n: number) => new Date(Date.UTC(2016, 0, 1) + (n % 3650) * 86_400_000);

async function insertPeople(db: Db, now: string) {
  const people = Array.from({ length: OTHERS + 1 }, (_, i) => ({
    id: userIdOf(i),
    email: `bench${i}@example.com`,
    name: `Bench ${i}`,
    passwordHash: 'x',
    timeZone: 'UTC',
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < people.length; i += 200) {
    await db
      .insertInto('users')
      .values(people.slice(i, i + 200))
      .execute();
  }
}

/** Reflection `n` of the million: the searcher's or another's, one a day over ten years. */
function reflectionOf(n: number): ReflectionRow {
  const at = new Date(dayOf(n).getTime() + 20 * 3_600_000 + (n % 3600) * 1000).toISOString();
  return {
    id: `R${String(n).padStart(25, '0')}`,
    userId: userIdOf(ownerOf(n)),
    kind: 'daily',
    title: '',
    body: textOf(n),
    emotions: '[]',
    tags: '[]',
    at,
    date: at.slice(0, 10),
    createdAt: at,
    updatedAt: at,
  };
}

/** A fresh database with a million reflections and the searcher's session. */
export async function prepareSearchDatabase(kind: Kind): Promise<SearchDatabase> {
  const { env, options, cleanUp } = await freshDatabase(kind);
  const db = openDatabase(options);
  try {
    await migrateToLatest(db);
    const now = nowIso();
    await insertPeople(db, now);
    if (options.kind === 'sqlite') {
      // A bulk load, as the seed does it: a large page cache, no wait for the disk per commit.
      await sql`pragma cache_size = -262144`.execute(db);
      await sql`pragma synchronous = OFF`.execute(db);
    }
    const began = performance.now();
    await insertReflections(db, SEARCH_ROWS, reflectionOf);
    await sql`analyze`.execute(db);
    const insertSeconds = (performance.now() - began) / 1000;
    const cookie = await sessionCookie(db, userIdOf(0), now);
    return { kind, env, cookie, insertSeconds, drop: cleanUp };
  } finally {
    await db.destroy();
  }
}

/** p95 and median of `runs` requests made one after another (after a warm-up). */
async function timings(url: string, cookie: string, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs + 20; i += 1) {
    const began = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = (await response.json()) as { items: unknown[] };
    if (response.status !== 200 || body.items.length === 0) {
      throw new Error(`${url} answered ${response.status} with ${body.items.length} items`);
    }
    if (i >= 20) times.push(performance.now() - began);
  }
  return {
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
  };
}

/** Case 2: search with snippets (rare and common word) against listing the latest 20. */
export async function searchCase(
  server: Started,
  database: SearchDatabase,
  runs = 200,
): Promise<Result[]> {
  const list = await timings(`${server.baseUrl}/api/reflections?limit=20`, database.cookie, runs);
  const results: Result[] = [];
  for (const [label, word] of [
    ['rare', RARE_WORD],
    ['common', COMMON_WORD],
  ] as const) {
    const found = await timings(
      `${server.baseUrl}/api/search?q=${word}&limit=20`,
      database.cookie,
      runs,
    );
    const ratio = found.p95Ms / list.p95Ms;
    results.push({
      case: `2 search, ${label} word (1M reflections)`,
      database: database.kind,
      ...found,
      ratio,
      budget: 'p95 ≤ 3× p95 of latest 20',
      pass: ratio <= 3,
      figures: {
        listMedianMs: list.medianMs,
        listP95Ms: list.p95Ms,
        insertSeconds: database.insertSeconds,
      },
    });
  }
  return results;
}
