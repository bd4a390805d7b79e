import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIsStale } from '../scripts/build-state.mjs';
import { type Result, startBuilt } from './runner/cases';
import { dashboardCase } from './runner/dashboard';
import { type Kind, postgresAnswers, prepareDatabase } from './runner/databases';
import { prepareSearchDatabase, searchCase } from './runner/search';
import { printTable } from './runner/table';
import { helloWorldRate, serverCases } from './runner/server-cases';
import { webCases } from './runner/web';
import { languageCases } from './runner/language';

/**
 * `npm run bench`: the budgets of issue 16 measured side by side in one run, on SQLite and
 * PostgreSQL, against the built server (built first when missing or stale). Throughput is a
 * ratio to a bare node:http hello-world started by this same run. Writes bench/results.json.
 */
const { values } = parseArgs({
  options: {
    databases: { type: 'string', default: 'sqlite,postgres' },
    seconds: { type: 'string', default: '10' },
    people: { type: 'string', default: '210' },
    /**
     * `search` runs only the search case (its million rows take a while to insert); `server`
     * only the cases against the built server (Today, the write path, start-up, memory).
     */
    only: { type: 'string' },
    /** Another built tree (e.g. an older commit) whose Today is measured beside this one's. */
    baseline: { type: 'string' },
    /** Case 3's organization: people (0 skips it) and check-ins per person. */
    'dashboard-people': { type: 'string', default: '100000' },
    'dashboard-check-ins': { type: 'string', default: '200' },
    /** Case 3's timings of the raw rows (about 2 minutes each at 100,000 people on SQLite). */
    'dashboard-raw-runs': { type: 'string', default: '1' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(values.seconds);
const writers = Math.min(200, Number(values.people) - 1);

if (!existsSync(path.join(root, 'dist/server/main.js')) || buildIsStale(root)) {
  console.warn('Building first (dist is missing or older than the sources)…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const kinds = values.databases
  .split(',')
  .filter((k): k is Kind => k === 'sqlite' || k === 'postgres');
if (kinds.includes('postgres') && !(await postgresAnswers())) {
  if (process.env.CI === 'true') throw new Error('PostgreSQL does not answer; CI requires it.');
  console.warn('⚠ PostgreSQL does not answer: its half is skipped.');
  kinds.splice(kinds.indexOf('postgres'), 1);
}

const results: Result[] = [
  {
    case: '6 npm start on a built tree',
    database: '-',
    medianMs: null,
    p95Ms: null,
    p99Ms: null,
    ratio: null,
    budget: 'does not rebuild',
    pass: !buildIsStale(root),
    figures: {},
  },
];

const helloRate = await helloWorldRate(seconds);

for (const kind of values.only === 'search' ? [] : kinds) {
  console.warn(`${kind}: seeding ${values.people} people over 200 days…`);
  const database = await prepareDatabase(kind, {
    people: Number(values.people),
    days: 200,
    writers,
  });
  console.warn(`${kind}: ${database.seededRows} rows in ${database.seedSeconds.toFixed(1)} s`);
  try {
    results.push(...(await serverCases(root, database, helloRate, seconds, values.baseline)));
  } finally {
    await database.drop();
  }
}

for (const kind of values.only === 'server' ? [] : kinds) {
  console.warn(`${kind}: inserting a million reflections…`);
  const database = await prepareSearchDatabase(kind);
  console.warn(`${kind}: inserted in ${database.insertSeconds.toFixed(1)} s`);
  try {
    const server = await startBuilt(root, database);
    try {
      const measured = await searchCase(server, database);
      // Printed at once too: the million rows of the next engine take long to insert.
      for (const r of measured) console.warn(`${r.case} on ${kind}: ratio ${r.ratio?.toFixed(2)}`);
      results.push(...measured);
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

// Case 3: the organization dashboard, from the rollups and from the raw rows.
const dashboardKinds = values.only === undefined && Number(values['dashboard-people']) > 0;
for (const kind of dashboardKinds ? kinds : []) {
  const measured = await dashboardCase(kind, {
    people: Number(values['dashboard-people']),
    checkInsPerPerson: Number(values['dashboard-check-ins']),
    rawRuns: Number(values['dashboard-raw-runs']),
  });
  for (const r of measured) console.warn(`${r.case} on ${kind}: ${r.medianMs?.toFixed(0)} ms`);
  results.push(...measured);
}
if (values.only === undefined) {
  // Case 13 (language): texts of 1,000 characters a second, wall and per CPU second.
  results.push(...languageCases());
  // Case 5 (web): the first page's JavaScript, and LCP/TBT of Today and Vision in Chromium.
  results.push(...(await webCases(root)));
}

printTable(results);
const file = path.join(root, 'bench/results.json');
writeFileSync(
  file,
  `${JSON.stringify({ at: new Date().toISOString(), machine: { cpus: os.cpus().length, load: os.loadavg(), node: process.version }, seconds, hello: { requestsPerSecond: helloRate }, results }, null, 2)}\n`,
);
console.warn(`Written to ${path.relative(process.cwd(), file)}.`);
if (results.some((r) => !r.pass)) process.exitCode = 1;
