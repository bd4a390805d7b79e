import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Result } from './cases';
import { type Kind, prepareDatabase } from './databases';
import { printTable } from './table';
import { helloWorldRate, serverCases } from './server-cases';

/**
 * `npx tsx bench/runner/today-run.ts`: cases 1, 4 and 6 alone (no search, no web), with the
 * hello-world and the Fastify + better-sqlite3 reference in the same run — the quick loop for
 * work on Today, the write path and start-up. `npm run bench` runs the same cases and the rest.
 */
const { values } = parseArgs({
  options: {
    databases: { type: 'string', default: 'sqlite,postgres' },
    seconds: { type: 'string', default: '10' },
    people: { type: 'string', default: '210' },
    /** Another built tree whose Today is measured beside this one's, on the same database. */
    baseline: { type: 'string' },
  },
});
const root = path.resolve(import.meta.dirname, '../..');
const seconds = Number(values.seconds);
const results: Result[] = [];

const helloRate = await helloWorldRate(seconds);

for (const kind of values.databases.split(',') as Kind[]) {
  const people = Number(values.people);
  const database = await prepareDatabase(kind, {
    people,
    days: 200,
    writers: Math.min(200, people - 1),
  });
  try {
    results.push(...(await serverCases(root, database, helloRate, seconds, values.baseline)));
  } finally {
    await database.drop();
  }
}
printTable(results);
