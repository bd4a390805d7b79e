import path from 'node:path';
import { type Result, serverCase, startBuilt, todayCase, writeCase } from './cases';
import type { BenchDatabase } from './databases';
import { load } from './load';
import { freePort, HELLO_WORLD, startNode } from './processes';
import { todayReferenceCase } from './today-reference';

/** A bare node:http hello-world's requests per second at 64 connections: what ratios divide by. */
export async function helloWorldRate(seconds: number) {
  const hello = await startNode(['-e', HELLO_WORLD], {}, await freePort(), '/');
  await load(hello.baseUrl, { connections: 64, seconds: 2 });
  const run = await load(hello.baseUrl, { connections: 64, seconds });
  await hello.stop();
  console.warn(`hello-world: ${Math.round(run.requestsPerSecond)} requests/s`);
  return run.requestsPerSecond;
}

/**
 * Cases 1, 4 and 6 on one seeded database, against the built tree at `root`: Today beside the
 * hand-written reference (SQLite), the write path, cold start and memory; with `baseline`,
 * another built tree's Today and cold start on the same database, for a before and after.
 */
export async function serverCases(
  root: string,
  database: BenchDatabase,
  helloRate: number,
  seconds: number,
  baseline?: string,
): Promise<Result[]> {
  const results: Result[] = [];
  if (database.kind === 'sqlite')
    results.push(await todayReferenceCase(root, database, helloRate, seconds));
  const server = await startBuilt(root, database);
  try {
    const today = await todayCase(server, database, helloRate, seconds);
    results.push(today.result, ...serverCase(database, server.readyMs, today.rssMb));
    results.push(await writeCase(server, database));
  } finally {
    await server.stop();
  }
  if (baseline) {
    const before = await startBuilt(path.resolve(baseline), database);
    try {
      const today = await todayCase(before, database, helloRate, seconds, '1 Today API, baseline');
      results.push({ ...today.result, budget: `(before: ${baseline})`, pass: true });
      results.push({
        ...serverCase(database, before.readyMs, today.rssMb)[0]!,
        case: '6 cold start, baseline',
      });
    } finally {
      await before.stop();
    }
  }
  return results;
}
