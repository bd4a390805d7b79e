import { databaseOptions, openDatabase } from '../server/db/database';
import type { Db } from '../server/db/database';

/** The options every command that opens the database takes. */
export const DATABASE_OPTIONS = {
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

export const DATABASE_HELP = `  --database-url URL  PostgreSQL (default: DATABASE_URL); without it, SQLite
  --data-dir DIR      where SQLite's praxis.db is (default: PRAXIS_DATA_DIR or ./data)`;

export type Where = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Which database a command works on, as the server would choose it. */
export function whereFrom(values: { 'database-url'?: string; 'data-dir'?: string }): Where {
  return databaseOptions({
    databaseUrl: values['database-url'] ?? process.env.DATABASE_URL,
    dataDir: values['data-dir'] ?? process.env.PRAXIS_DATA_DIR ?? './data',
  });
}

/** Opens the database, runs `work` on it, and closes it whatever happens. */
export async function withDatabase<T>(where: Where, work: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(where);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
