import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import { startTestServer, type TestServer } from '../../../test-support/server';
import { nowIso } from '../lib/time';
import { loadCheckIns, practiceColumns } from '../modules/practices/commands';
import { figuresFrom } from '../modules/practices/presenters';
import { figuresOf } from '../modules/practices/queries';
import type { Db } from '../db/database';
import { refreshContributor } from '../db/statistics-summary';
import { recordActivity } from '../modules/statistics/activity';
import { BENCH_PERSON_INDEX } from './organization';
import { SEED_PASSWORD, seedDatabase, type SeedResult } from './seed';

const options = { people: 24, days: 60, seed: 7 };

describe.each(databaseKinds())('npm run seed on %s', (kind) => {
  let server: TestServer;
  let result: SeedResult;

  beforeAll(async () => {
    server = await startTestServer(kind, { env: { logLevel: 'warn' } });
    result = await seedDatabase(server.database.db, { ...options, now: nowIso() });
  });
  afterAll(() => server.close());

  it('writes the same organization for the same seed', async () => {
    expect(result.rows).toBeGreaterThan(2000);
    const db = server.database.db;
    const count = async (table: 'users' | 'teams' | 'reflections' | 'practiceCheckins') =>
      Number(
        (await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
      );
    expect(await count('users')).toBe(options.people);
    expect(await count('teams')).toBeGreaterThanOrEqual(3);
    expect(await count('practiceCheckins')).toBeGreaterThan(options.people * 20);
    const again = await startTestServer(kind, { env: { logLevel: 'warn' } });
    try {
      const second = await seedDatabase(again.database.db, { ...options, now: nowIso() });
      expect(second.rows).toBe(result.rows);
      expect(second.people).toEqual(result.people);
    } finally {
      await again.close();
    }
  });

  it('keeps every statistics rollup as the live write path computes it', async () => {
    const db = server.database.db;
    const seeded = await rollups(db);
    expect(seeded.statisticsWeeks.length).toBeGreaterThan(options.people);
    for (const table of ROLLUP_TABLES) expect(seeded[table].length, table).toBeGreaterThan(0);
    // Everyone's rollups made again from nothing, person by person, as their writes make them:
    // the contributor first (consent and memberships), then what they did.
    for (const table of ROLLUP_TABLES) await db.deleteFrom(table).execute();
    for (const person of result.people) {
      await db.transaction().execute(async (trx) => {
        await refreshContributor(trx, person.id);
        await recordActivity(trx, person.id);
      });
    }
    expect(await rollups(db)).toEqual(seeded);
  });

  it('shows learning hours by theme on the organization dashboard', async () => {
    const client = server.client();
    const admin = result.people[1]!;
    expect(
      (await client.post('/api/auth/login', { email: admin.email, password: SEED_PASSWORD }))
        .status,
    ).toBe(200);
    const [org] = (await client.get('/api/orgs')).body.items;
    const dashboard = await client.get(`/api/orgs/${org.id}/dashboard`);
    expect(dashboard.status).toBe(200);
    const themes = dashboard.body.group.figures.learningHoursByTheme as {
      theme: string;
      value: number | null;
    }[];
    expect(themes.filter((t) => t.value !== null && t.value > 0).length).toBeGreaterThan(0);
  });

  it('keeps each practice’s check-in summary as its check-ins give it', async () => {
    const db = server.database.db;
    const rows = await db
      .selectFrom('practices')
      .select(practiceColumns)
      .where(
        'userId',
        'in',
        result.people.slice(0, 6).map((p) => p.id),
      )
      .execute();
    expect(rows.length).toBeGreaterThan(6);
    const today = nowIso().slice(0, 10);
    const kept = await figuresOf(db, rows, today);
    const checkIns = await loadCheckIns(
      db,
      rows.map((r) => r.id),
    );
    for (const row of rows) {
      const own = checkIns.filter((c) => c.practiceId === row.id);
      expect(kept.get(row.id)).toEqual(figuresFrom(row, own, today));
    }
  });

  it('serves a seeded person their Today after signing in', async () => {
    const client = server.client();
    const bench = result.people[BENCH_PERSON_INDEX]!;
    const signIn = await client.post('/api/auth/login', {
      email: bench.email,
      password: SEED_PASSWORD,
    });
    expect(signIn.status).toBe(200);
    const today = await client.get('/api/today');
    expect(today.status).toBe(200);
    expect(today.body.aspirations).toHaveLength(5);
    expect(today.body.practices).toHaveLength(5);
    const reflections = await client.get('/api/reflections?limit=100');
    expect(reflections.status).toBe(200);
    expect(reflections.body.items).toHaveLength(60);
    const org = await client.get('/api/orgs');
    expect(org.status).toBe(200);
  });
});

/** Every rollup the write path keeps for the dashboard (check-in summaries are tested above). */
const ROLLUP_TABLES = [
  'statisticsWeeks',
  'statisticsLearning',
  'statisticsLearningThemes',
  'statisticsContributors',
  'statisticsAtomWeeks',
] as const;

/** The rollup tables' rows in key order, numbers as numbers (PostgreSQL sums big ones to text). */
async function rollups(db: Db) {
  const read = (table: (typeof ROLLUP_TABLES)[number], keys: string[]) =>
    keys
      .reduce((query, key) => query.orderBy(key as never), db.selectFrom(table).selectAll())
      .execute();
  const rows = await Promise.all([
    read('statisticsWeeks', ['userId', 'week']),
    read('statisticsLearning', ['userId', 'week', 'kind']),
    read('statisticsLearningThemes', ['userId', 'week', 'theme']),
    read('statisticsContributors', ['orgId', 'userId']),
    read('statisticsAtomWeeks', ['orgId', 'week', 'atom']),
  ]);
  return Object.fromEntries(
    ROLLUP_TABLES.map((table, i) => [
      table,
      rows[i]!.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
        ),
      ),
    ]),
  ) as Record<(typeof ROLLUP_TABLES)[number], Record<string, unknown>[]>;
}
