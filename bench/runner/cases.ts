import { startFlags } from '../../scripts/start-flags.mjs';
import type { BenchDatabase, Caller } from './databases';
import { load, percentile } from './load';
import { freePort, rssMb, startNode, type Started } from './processes';

/** One line of the table: a case on a database, its figures and whether it met its budget. */
export type Result = {
  case: string;
  database: string;
  medianMs: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  ratio: number | null;
  budget: string;
  pass: boolean;
  figures: Record<string, number>;
};

export const SESSION_SECRET = 'a bench secret that is long enough to sign cookies';

/** The built server (`dist/server/main.js` under `root`) on a benchmark database. */
export async function startBuilt(
  root: string,
  database: Pick<BenchDatabase, 'env'>,
  nodeOptions: string[] = [],
): Promise<Started> {
  return startNode(
    [...startFlags(root), ...nodeOptions, `${root}/dist/server/main.js`],
    { ...database.env, PRAXIS_SESSION_SECRET: SESSION_SECRET, NODE_ENV: 'production' },
    await freePort(),
    '/api/health',
  );
}

/** Case 1: GET /api/today at 64 connections with a session cookie; and case 6's memory. */
export async function todayCase(
  server: Started,
  database: BenchDatabase,
  helloRps: number,
  seconds: number,
  label = '1 Today API',
): Promise<{ result: Result; rssMb: number }> {
  const headers = { cookie: database.todayPerson.cookie };
  const check = await fetch(`${server.baseUrl}/api/today`, { headers });
  if (check.status !== 200) throw new Error(`GET /api/today answered ${check.status}`);
  await load(`${server.baseUrl}/api/today`, { connections: 64, seconds: 2, headers });
  const run = await load(`${server.baseUrl}/api/today`, { connections: 64, seconds, headers });
  const ratio = run.requestsPerSecond / helloRps;
  const clean = run.errors === 0 && run.non2xx === 0;
  return {
    rssMb: rssMb(server.child.pid!),
    result: {
      case: label,
      database: database.kind,
      medianMs: run.medianMs,
      p95Ms: run.p97_5Ms,
      p99Ms: run.p99Ms,
      ratio,
      budget: '≥ 0.2× hello, p99 ≤ 25 ms',
      pass: clean && ratio >= 0.2 && run.p99Ms <= 25,
      figures: {
        requestsPerSecond: run.requestsPerSecond,
        helloRequestsPerSecond: helloRps,
        errors: run.errors,
        non2xx: run.non2xx,
      },
    },
  };
}

async function timed(work: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const began = performance.now();
  const response = await work();
  await response.arrayBuffer();
  return { ms: performance.now() - began, status: response.status };
}

/** A caller's CSRF token and the cookies to send with it. */
async function csrfOf(baseUrl: string, caller: Caller) {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: caller.cookie } });
  const { token } = (await response.json()) as { token: string };
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  return {
    'x-csrf-token': token,
    cookie: [caller.cookie, ...cookies].join('; '),
    'content-type': 'application/json',
  };
}

/** Case 4: every writer at once checks in a practice today and writes a reflection. */
export async function writeCase(server: Started, database: BenchDatabase): Promise<Result> {
  const headers = await Promise.all(database.writers.map((w) => csrfOf(server.baseUrl, w)));
  const answers = await Promise.all(
    database.writers.flatMap((writer, i) => [
      timed(() =>
        fetch(`${server.baseUrl}/api/practices/${writer.practiceId}/checkins/${writer.today}`, {
          method: 'PUT',
          headers: headers[i],
          body: JSON.stringify({ status: 'done' }),
        }),
      ),
      timed(() =>
        fetch(`${server.baseUrl}/api/reflections`, {
          method: 'POST',
          headers: headers[i],
          body: JSON.stringify({
            kind: 'daily',
            body: 'Kept the practice today, even on a busy day.',
          }),
        }),
      ),
    ]),
  );
  const times = answers.map((a) => a.ms);
  const errors = answers.filter((a) => a.status >= 300).length;
  const p99 = percentile(times, 99);
  return {
    case: `4 write path (${database.writers.length} people)`,
    database: database.kind,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: p99,
    ratio: null,
    budget: 'no errors, p99 ≤ 50 ms',
    pass: errors === 0 && p99 <= 50,
    figures: { requests: answers.length, errors },
  };
}

/** Case 6: cold start to the first answered request, and memory after the Today load. */
export function serverCase(database: BenchDatabase, readyMs: number, rss: number): Result[] {
  const coldBudget = database.kind === 'sqlite';
  return [
    {
      case: '6 cold start',
      database: database.kind,
      medianMs: readyMs,
      p95Ms: null,
      p99Ms: null,
      ratio: null,
      budget: coldBudget ? '≤ 1500 ms' : '(SQLite only)',
      pass: !coldBudget || readyMs <= 1500,
      figures: { readyMs },
    },
    {
      case: '6 RSS after Today load',
      database: database.kind,
      medianMs: null,
      p95Ms: null,
      p99Ms: null,
      ratio: null,
      budget: '≤ 250 MB',
      pass: rss <= 250,
      figures: { rssMb: rss },
    },
  ];
}
