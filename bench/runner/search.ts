import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { type Db, openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { nowIso } from '../../src/server/lib/time';
import type { Result } from './cases';
import { freshDatabase, type Kind, sessionCookie } from './databases';
import { percentile } from './load';
import type { Started } from './processes';

/**
 * Case 2 of issue 16: a million reflections in the database, 3,650 of them (ten years of days)
 * the searcher's. Relevance-ranked search with snippets, for a rare and a common word, against
 * listing the searcher's latest 20, each request alone, p95 side by side.
 */
export const SEARCH_ROWS = 1_000_000;
export const SEARCHER_ROWS = 3_650;
const OTHERS = 1_000;
const WORDS = (
  'morning walk team meeting feedback honest calm tired coffee river garden project deadline ' +
  'patience listen question advice daughter friend run breath notice habit practice vision ' +
  'reality tension gap choose respond react learn book course mentor coach trust afraid ' +
  'grateful decision priority energy sleep weekend plan review value courage kindness curious'
).split(' ');
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
  const words = [COMMON_WORD];
  let x = n * 2654435761;
  for (let i = 0; i < 29; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[x % WORDS.length]!);
  }
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

/** SQLite: one prepared statement in one transaction; the index's triggers fill it as it goes. */
function insertSqlite(file: string) {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const insert = raw.prepare(`insert into reflections
    (id, user_id, kind, title, body, emotions, tags, at, date, created_at, updated_at)
    values (?, ?, 'daily', '', ?, '[]', '[]', ?, ?, ?, ?)`);
  raw.transaction(() => {
    for (let n = 0; n < SEARCH_ROWS; n += 1) {
      const day = dayOf(n);
      const at = new Date(day.getTime() + 20 * 3_600_000 + (n % 3600) * 1000).toISOString();
      insert.run(
        `R${String(n).padStart(25, '0')}`,
        userIdOf(ownerOf(n)),
        textOf(n),
        at,
        at.slice(0, 10),
        at,
        at,
      );
    }
  })();
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
}

/**
 * PostgreSQL: one `insert … select` over generate_series for the reflections, words of the same
 * list (in another order than on SQLite); then their index rows in one statement (the row trigger is off for
 * the bulk insert, as a restore would do), then ANALYZE.
 */
async function insertPostgres(db: Db) {
  const words = sql`array[${sql.join(WORDS)}]::text[]`;
  await sql`alter table reflections disable trigger search_reflections`.execute(db);
  await sql`
    insert into reflections (id, user_id, kind, title, body, emotions, tags, at, date, created_at, updated_at)
    select 'R' || lpad(n::text, 25, '0'),
      case when n % 274 = 0 and n / 274 < ${SEARCHER_ROWS} then ${userIdOf(0)}
        else 'BENCHUSER' || lpad((1 + n % ${OTHERS})::text, 17, '0') end,
      'daily', '',
      ${COMMON_WORD} || ' ' || array_to_string(array(
        select (${words})[1 + ((n::bigint * 7919 + i * 104729) % ${WORDS.length})::int]
        from generate_series(1, 29) i), ' ')
        || case when n % 997 = 0 then ${` ${RARE_WORD}`} else '' end,
      '[]', '[]', t, left(t, 10), t, t
    from generate_series(0, ${SEARCH_ROWS - 1}) n,
      lateral (select to_char(timestamp '2016-01-01 20:00:00' + (n % 3650) * interval '1 day'
        + (n % 3600) * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"') as t) moment`.execute(
    db,
  );
  await sql`
    insert into search_documents (type, item_id, user_id, page_id, title, body, date, at)
    select 'reflection', id, user_id, id, title, body, date, at from reflections`.execute(db);
  await sql`alter table reflections enable trigger search_reflections`.execute(db);
  await sql`analyze`.execute(db);
}

/** A fresh database with a million reflections and the searcher's session. */
export async function prepareSearchDatabase(kind: Kind): Promise<SearchDatabase> {
  const { env, options, cleanUp } = await freshDatabase(kind);
  const db = openDatabase(options);
  try {
    await migrateToLatest(db);
    const now = nowIso();
    await insertPeople(db, now);
    const began = performance.now();
    if (options.kind === 'sqlite') {
      await db.destroy();
      insertSqlite(options.file);
    } else {
      await insertPostgres(db);
    }
    const insertSeconds = (performance.now() - began) / 1000;
    const again = options.kind === 'sqlite' ? openDatabase(options) : db;
    const cookie = await sessionCookie(again, userIdOf(0), now);
    if (again !== db) await again.destroy();
    return { kind, env, cookie, insertSeconds, drop: cleanUp };
  } finally {
    if (options.kind === 'postgres') await db.destroy();
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
