import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server tests create their databases on, or null when none answers. */
    postgresUrl: string | null;
  }
}

/** The server repository and HTTP tests run against, besides SQLite. */
export const POSTGRES_URL =
  process.env.TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/**
 * Finds out once whether PostgreSQL answers. Outside CI a missing server skips the PostgreSQL
 * half with a warning; under CI=true it fails the run, so a green CI always means both.
 */
export default async function setup(project: TestProject) {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('postgresUrl', POSTGRES_URL);
  } catch (error) {
    const message = `PostgreSQL at ${POSTGRES_URL.replace(/\/\/[^@]*@/, '//…@')} did not answer: ${(error as Error).message}`;
    if (process.env.CI === 'true') throw new Error(`${message}. CI requires it.`);
    console.warn(`\n⚠ ${message}. PostgreSQL tests are skipped (CI=true makes this an error).\n`);
    project.provide('postgresUrl', null);
  } finally {
    await client.end().catch(() => {});
  }
}
