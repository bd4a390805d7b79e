import os from 'node:os';
import { parseArgs } from 'node:util';
import { dashboardCase } from './runner/dashboard';
import { type Kind, postgresAnswers } from './runner/databases';
import { printTable } from './runner/table';

/**
 * `npx tsx bench/dashboard.ts`: case 3 of `npm run bench` (the organization dashboard) alone,
 * on the engines asked for, without building the app or writing bench/results.json — for
 * measuring a change to the dashboard before and after.
 */
const { values } = parseArgs({
  options: {
    databases: { type: 'string', default: 'sqlite,postgres' },
    people: { type: 'string', default: '10000' },
    'check-ins': { type: 'string', default: '200' },
    runs: { type: 'string', default: '15' },
    'raw-runs': { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '1' },
    /** Prints the query plans of a cold decision on each engine. */
    explain: { type: 'boolean', default: false },
  },
});
const postgres = await postgresAnswers();
const kinds = values.databases
  .split(',')
  .filter((k): k is Kind => k === 'sqlite' || (k === 'postgres' && postgres));
const results = [];
for (const kind of kinds) {
  results.push(
    ...(await dashboardCase(kind, {
      people: Number(values.people),
      checkInsPerPerson: Number(values['check-ins']),
      runs: Number(values.runs),
      rawRuns: Number(values['raw-runs']),
      coldRuns: Number(values['cold-runs']),
      explain: values.explain,
    })),
  );
  console.warn(JSON.stringify(results.at(-1)?.figures));
  console.warn(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}
printTable(results);
if (results.some((r) => !r.pass)) process.exitCode = 1;
