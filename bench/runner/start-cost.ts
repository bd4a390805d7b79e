import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';

/**
 * `npx tsx bench/runner/start-cost.ts [webDir]`: CPU of the steps of a start after the imports
 * (migrations checked on a migrated database, the app built, ready), in one process.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-start-'));
const file = path.join(dir, 'praxis.db');
const setup = openDatabase({ kind: 'sqlite', file });
await migrateToLatest(setup);
await setup.destroy();
const step = (label: string, began: NodeJS.CpuUsage, wall: number) => {
  const used = process.cpuUsage(began);
  const ms = (used.user + used.system) / 1000;
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0)} ms CPU  ${(performance.now() - wall).toFixed(0)} ms wall`,
  );
};
let began = process.cpuUsage();
let wall = performance.now();
const db = openDatabase({ kind: 'sqlite', file });
await migrateToLatest(db);
step('open and check migrations', began, wall);
began = process.cpuUsage();
wall = performance.now();
let routes = 0;
const app = await buildApp({
  db,
  env: {
    secure: false,
    baseUrl: 'http://127.0.0.1',
    sessionSecret: 'a secret long enough to sign cookies here',
    rateLimit: true,
    trustProxy: 0,
    webDir: path.resolve(process.argv[2] ?? 'dist/web'),
    logLevel: 'info',
  },
});
app.addHook('onRoute', () => void (routes += 1));
step('buildApp', began, wall);
began = process.cpuUsage();
wall = performance.now();
await app.ready();
step('ready', began, wall);
console.log(`${app.printRoutes({ commonPrefix: false }).split('\n').length} lines of routes`);
await app.close();
rmSync(dir, { recursive: true, force: true });
