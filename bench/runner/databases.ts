import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { localDate } from '../../src/core/calendar';
import { type Db, openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { randomSecret, sha256 } from '../../src/server/lib/secrets';
import { addMs, nowIso } from '../../src/server/lib/time';
import { BENCH_PERSON_INDEX } from '../../src/server/seed/organization';
import { seedDatabase } from '../../src/server/seed/seed';

export type Kind = 'sqlite' | 'postgres';

/** A signed-in seeded person: their session cookie, today's date and a practice of theirs. */
export type Caller = { cookie: string; today: string; practiceId: string };

export type BenchDatabase = {
  kind: Kind;
  /** What the built server is started with to use this database. */
  env: Record<string, string>;
  seededRows: number;
  seedSeconds: number;
  todayPerson: Caller;
  writers: Caller[];
  drop: () => Promise<void>;
};

export const ADMIN_URL =
  process.env.TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** True when the PostgreSQL the tests use answers. */
export async function postgresAnswers(): Promise<boolean> {
  try {
    await admin('select 1');
    return true;
  } catch {
    return false;
  }
}

/** A new empty database of the kind: how the built server reaches it, how to open it, how to drop it. */
export async function freshDatabase(kind: Kind): Promise<{
  env: Record<string, string>;
  options: Parameters<typeof openDatabase>[0];
  cleanUp: () => Promise<void>;
}> {
  let env: Record<string, string>;
  let options: Parameters<typeof openDatabase>[0];
  let cleanUp: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-bench-'));
    env = { PRAXIS_DATA_DIR: dir };
    options = { kind: 'sqlite', file: path.join(dir, 'praxis.db') };
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `praxis_bench_${randomBytes(6).toString('hex')}`;
    await admin(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-bench-'));
    env = { DATABASE_URL: url.toString(), PRAXIS_DATA_DIR: dir };
    options = { kind: 'postgres', url: url.toString() };
    cleanUp = async () => {
      rmSync(dir, { recursive: true, force: true });
      await admin(`drop database if exists ${name} with (force)`);
    };
  }
  return { env, options, cleanUp };
}

/** A session of the person made as sign-in makes one: the cookie that carries it. */
export async function sessionCookie(db: Db, userId: string, now: string): Promise<string> {
  const token = randomSecret(32);
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addMs(now, 14 * 86_400_000),
      userAgent: 'bench',
    })
    .execute();
  return `praxis_session=${token}`;
}

/**
 * A fresh database of the kind, migrated and seeded: `people` people over `days` days (the
 * Today person has 5 aspirations, 5 practices and a reflection each day), with a session for
 * the Today person and each writer made as sign-in makes one.
 */
export async function prepareDatabase(
  kind: Kind,
  shape: { people: number; days: number; writers: number },
): Promise<BenchDatabase> {
  const { env, options, cleanUp } = await freshDatabase(kind);
  const db = openDatabase(options);
  try {
    await migrateToLatest(db);
    const now = nowIso();
    const seeded = await seedDatabase(db, { people: shape.people, days: shape.days, seed: 1, now });
    const callers: Caller[] = [];
    const chosen = seeded.people.slice(0, shape.writers + 1);
    for (const person of chosen) {
      const row = await db
        .selectFrom('users')
        .innerJoin('practices', 'practices.userId', 'users.id')
        .select(['users.timeZone', 'practices.id'])
        .where('users.id', '=', person.id)
        .orderBy('practices.id')
        .executeTakeFirstOrThrow();
      callers.push({
        cookie: await sessionCookie(db, person.id, now),
        today: localDate(now, row.timeZone),
        practiceId: row.id,
      });
    }
    return {
      kind,
      env,
      seededRows: seeded.rows,
      seedSeconds: seeded.seconds,
      todayPerson: callers[BENCH_PERSON_INDEX]!,
      writers: callers.filter((_, i) => i !== BENCH_PERSON_INDEX),
      drop: cleanUp,
    };
  } finally {
    await db.destroy();
  }
}
