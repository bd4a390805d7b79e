import { parseArgs } from 'node:util';
import { databaseOptions, openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { nowIso } from '../lib/time';
import { SEED_PASSWORD, seedDatabase } from './seed';

const usage = `Usage: npm run seed -- --people N --days D [--seed S] [--database-url URL] [--data-dir DIR]

Fills the database with a synthetic organization (deterministic for a seed and a day):
PostgreSQL when --database-url or DATABASE_URL is set, else SQLite in DIR/praxis.db
(PRAXIS_DATA_DIR, default ./data). The database is migrated first and must hold no seeded people.`;

/** `npm run seed`: parses the command line, migrates, seeds and prints rows per second. */
async function main() {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100' },
      days: { type: 'string', default: '90' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return process.stdout.write(`${usage}\n`);
  const people = Number(values.people);
  const days = Number(values.days);
  const seed = Number(values.seed);
  for (const [name, value, max] of [
    ['people', people, 1_000_000],
    ['days', days, 3650],
    ['seed', seed, 2 ** 31],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new Error(`--${name} must be a whole number from 1 to ${max}.\n\n${usage}`);
    }
  }
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  const dataDir = values['data-dir'] ?? process.env.PRAXIS_DATA_DIR ?? './data';
  const db = openDatabase(databaseOptions({ databaseUrl, dataDir }));
  try {
    await migrateToLatest(db);
    const seeded = await db
      .selectFrom('users')
      .select('id')
      .where('email', 'like', '%@seed.example')
      .executeTakeFirst();
    if (seeded) throw new Error('This database already holds seeded people; seed an empty one.');
    const result = await seedDatabase(
      db,
      { people, days, seed, now: nowIso() },
      (rows, seconds) => {
        process.stdout.write(
          `\r${rows.toLocaleString('en')} rows, ${Math.round(rows / seconds).toLocaleString('en')} rows/s `,
        );
      },
    );
    const rate = Math.round(result.rows / result.seconds);
    process.stdout.write(
      `\r\x1b[KSeeded ${people} people over ${days} days (seed ${seed}) on ${databaseUrl ? 'PostgreSQL' : 'SQLite'}: ` +
        `${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s = ${rate.toLocaleString('en')} rows/s ` +
        `(${Math.round(result.rows / result.cpuSeconds).toLocaleString('en')} rows per CPU second).\n`,
    );
    process.stdout.write(
      `Sign in as ${result.people[0]?.email} (or anyone *@seed.example) with "${SEED_PASSWORD}".\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
