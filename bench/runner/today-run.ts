import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Result, serverCase, startBuilt, todayCase, writeCase } from './cases';
import { type Kind, prepareDatabase } from './databases';
import { load } from './load';
import { freePort, HELLO_WORLD, startNode } from './processes';
import { printTable } from './table';
import { todayReferenceCase } from './today-reference';

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

const hello = await startNode(['-e', HELLO_WORLD], {}, await freePort(), '/');
await load(hello.baseUrl, { connections: 64, seconds: 2 });
const helloRun = await load(hello.baseUrl, { connections: 64, seconds });
await hello.stop();
console.warn(`hello-world: ${Math.round(helloRun.requestsPerSecond)} requests/s`);

for (const kind of values.databases.split(',') as Kind[]) {
  const people = Number(values.people);
  const database = await prepareDatabase(kind, {
    people,
    days: 200,
    writers: Math.min(200, people - 1),
  });
  try {
    if (kind === 'sqlite')
      results.push(await todayReferenceCase(root, database, helloRun.requestsPerSecond, seconds));
    const server = await startBuilt(root, database);
    try {
      const today = await todayCase(server, database, helloRun.requestsPerSecond, seconds);
      results.push(today.result, ...serverCase(database, server.readyMs, today.rssMb));
      results.push(await writeCase(server, database));
    } finally {
      await server.stop();
    }
    if (values.baseline) {
      const baseline = await startBuilt(path.resolve(values.baseline), database);
      try {
        const before = await todayCase(baseline, database, helloRun.requestsPerSecond, seconds);
        results.push({ ...before.result, case: '1 Today API, baseline', pass: true });
        results.push({
          ...serverCase(database, baseline.readyMs, before.rssMb)[0]!,
          case: '6 cold start, baseline',
        });
      } finally {
        await baseline.stop();
      }
    }
  } finally {
    await database.drop();
  }
}
printTable(results);
