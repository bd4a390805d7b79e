import { Writable } from 'node:stream';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db/database';
import { todayOf } from '../../src/server/modules/today/queries';
import { recordActivity } from '../../src/server/modules/statistics/activity';
import { sha256 } from '../../src/server/lib/secrets';
import { type Kind, prepareDatabase } from './databases';
import { SESSION_SECRET } from './cases';
import { z } from 'zod';
import { Today } from '../../src/contracts/today';

/**
 * `npx tsx bench/runner/today-cost.ts`: CPU time per Today request in one process, split into
 * what Today's own reads and figures cost (`todayOf`), what the whole request costs through
 * Fastify with every production hook (`inject`), and a public route (`/api/health`) through the
 * same hooks. CPU time of this process, not wall time: it holds on a loaded machine.
 * `--case write`: case 4's two writes instead (a check-in, a reflection) through Fastify, and the
 * statistics rollup each of them keeps (`recordActivity`) alone.
 */
const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    calls: { type: 'string', default: '400' },
    case: { type: 'string', default: 'today' },
  },
});
const kind = values.database as Kind;
const calls = Number(values.calls);
const database = await prepareDatabase(kind, { people: 12, days: 200, writers: 1 });
const db = openDatabase(
  kind === 'sqlite'
    ? { kind, file: path.join(database.env.PRAXIS_DATA_DIR!, 'praxis.db') }
    : { kind, url: database.env.DATABASE_URL! },
);
const lines = { count: 0 };
const app = await buildApp({
  db,
  env: {
    secure: false,
    baseUrl: 'http://127.0.0.1',
    sessionSecret: SESSION_SECRET,
    rateLimit: true,
    trustProxy: 0,
    webDir: undefined,
    logLevel: 'info',
  },
  logStream: new Writable({
    write(_chunk, _encoding, done) {
      lines.count += 1;
      done();
    },
  }),
});
await app.ready();

async function cpuPerCall(label: string, work: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 50; i += 1) await work(i);
  const began = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < calls; i += 1) {
    await work(i);
    // Lets Node's timers and immediates run between calls, as a server's event loop does.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const used = process.cpuUsage(began);
  const cpuMs = (used.user + used.system) / 1000 / calls;
  const wallMs = (performance.now() - wall) / calls;
  console.log(`${label.padEnd(44)} ${cpuMs.toFixed(3)} ms CPU  (${wallMs.toFixed(3)} ms wall)`);
}

/** Case 4's two writes by one writer, through Fastify, and the rollup they keep alone. */
async function writes() {
  const writer = database.writers[0]!;
  const { userId } = await db
    .selectFrom('sessions')
    .select('userId')
    .where('id', '=', sha256(writer.cookie.split('=')[1]!))
    .executeTakeFirstOrThrow();
  const csrf = await app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
    headers: { cookie: writer.cookie },
  });
  const headers = {
    'x-csrf-token': (csrf.json() as { token: string }).token,
    cookie: [writer.cookie, ...csrf.cookies.map((c) => `${c.name}=${c.value}`)].join('; '),
    'content-type': 'application/json',
  };
  const write = async (method: 'PUT' | 'POST', url: string, body: object) => {
    const answer = await app.inject({ method, url, headers, payload: JSON.stringify(body) });
    if (answer.statusCode >= 300) throw new Error(`${url} answered ${answer.body}`);
  };
  await cpuPerCall('recordActivity alone', () => recordActivity(db, userId));
  await cpuPerCall('PUT check-in (done and skipped in turn)', (i) =>
    write('PUT', `/api/practices/${writer.practiceId}/checkins/${writer.today}`, {
      status: i % 2 ? 'done' : 'skipped',
    }),
  );
  await cpuPerCall('POST reflection', () =>
    write('POST', '/api/reflections', {
      kind: 'daily',
      body: 'Kept the practice today, even on a busy day.',
    }),
  );
}

const cookie = database.todayPerson.cookie;
const session = await db
  .selectFrom('sessions')
  .select('userId')
  .where('id', '=', sha256(cookie.split('=')[1]!))
  .executeTakeFirstOrThrow();
const answer = await app.inject({ method: 'GET', url: '/api/today', headers: { cookie } });
console.log(`${kind}: answer ${answer.statusCode}, ${answer.body.length} bytes`);
try {
  if (values.case === 'write') {
    await writes();
  } else await today();
} finally {
  await app.close();
  await db.destroy();
  await database.drop();
}

async function today() {
  await cpuPerCall('todayOf (reads and figures)', () => todayOf(db, session.userId));
  const value = await todayOf(db, session.userId);
  await cpuPerCall('Zod encode of the answer + stringify', async () =>
    JSON.stringify(z.safeEncode(Today, value).data),
  );
  await cpuPerCall('JSON.stringify of the answer alone', async () => JSON.stringify(value));
  await cpuPerCall('GET /api/today through Fastify', () =>
    app.inject({ method: 'GET', url: '/api/today', headers: { cookie } }),
  );
  await cpuPerCall('GET /api/health (public, same hooks)', () =>
    app.inject({ method: 'GET', url: '/api/health' }),
  );
  await cpuPerCall('GET /api/auth/csrf (session only)', () =>
    app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } }),
  );
}
