import { hashPassword } from '../auth/passwords';
import { sql } from 'kysely';
import { type Db, dialectOf } from '../db/database';
import { rebuildStatisticsSummary } from '../db/statistics-summary-rebuild';
import { Batch } from './batch';
import {
  seedOrganization,
  seedPeople,
  seedTeamContent,
  type SeedOptions,
  teamsOf,
} from './organization';
import { Random } from './random';

/** The password of every seeded person (they are made up; sign in as any of them with it). */
export const SEED_PASSWORD = 'praxis seed password';

/** Rows gathered before they are written in one transaction. */
const FLUSH_ROWS = 100_000;

export type SeedResult = {
  rows: number;
  seconds: number;
  /** CPU seconds this process spent (on a shared machine, wall time also counts others' work). */
  cpuSeconds: number;
  people: { id: string; email: string }[];
};

/**
 * Fills a migrated database with a synthetic organization: the same seed and day give the same
 * people, teams and content. Writes in bulk, team by team.
 */
export async function seedDatabase(
  db: Db,
  options: SeedOptions,
  onProgress: (rows: number, seconds: number) => void = () => {},
): Promise<SeedResult> {
  const passwordHash = await hashPassword(SEED_PASSWORD);
  if (dialectOf(db) === 'sqlite') {
    // A bulk load: a large page cache for the indexes (ids of many people interleave), and no
    // wait for the disk at each commit (a crash mid-seed leaves a database to seed again anyway).
    await sql`pragma cache_size = -262144`.execute(db);
    await sql`pragma synchronous = OFF`.execute(db);
    // Pages stay in the WAL until the end instead of being copied back every 1,000 pages, each
    // index page many times over; committed transactions stay as durable as before.
    await sql`pragma wal_autocheckpoint = 0`.execute(db);
  }
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const seconds = () => (performance.now() - started) / 1000;
  const random = new Random(options.seed);
  const batch = new Batch();
  let rows = 0;
  const people = seedPeople(batch, random.fork(1), options, passwordHash);
  const teams = teamsOf(random.fork(2), people);
  seedOrganization(batch, random.fork(3), people, teams);
  rows += await batch.flush(db);
  const content = random.fork(4);
  for (const team of teams) {
    seedTeamContent(batch, content, team, people);
    if (batch.count >= FLUSH_ROWS) {
      rows += await batch.flush(db);
      onProgress(rows, seconds());
    }
  }
  rows += await batch.flush(db);
  // The rollups came in bulk, past `recordActivity`: the atoms' summary is built from them.
  await rebuildStatisticsSummary(db);
  if (dialectOf(db) === 'sqlite') {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    await sql`pragma wal_autocheckpoint = 1000`.execute(db);
  }
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    rows,
    seconds: seconds(),
    cpuSeconds,
    people: people.map(({ id, email }) => ({ id, email })),
  };
}
