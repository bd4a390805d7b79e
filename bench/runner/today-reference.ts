import path from 'node:path';
import type { BenchDatabase } from './databases';
import { load } from './load';
import { freePort, startNode } from './processes';
import type { Result } from './cases';

/**
 * The practical ceiling for case 1 (issue 16): a hand-written Fastify + better-sqlite3 handler
 * on the same seeded SQLite file, for the same person and the same session cookie, with the few
 * prepared queries a lean Today needs (session, time zone, active aspirations, practices and
 * today's check-ins, today's prompt, mood and reflections) and an answer of about 1 KB. No
 * plugins, no hooks, no schema, no Kysely: what Node, Fastify and SQLite alone cost per request.
 * Run with `node -e`; `ROOT` is the checkout whose node_modules it loads.
 */
export const REFERENCE_SERVER = `
const { createRequire } = require('node:module');
const { createHash } = require('node:crypto');
const load = createRequire(process.env.ROOT + '/package.json');
const Fastify = load('fastify');
const SQLite = load('better-sqlite3');
const db = new SQLite(process.env.DB_FILE);
db.pragma('journal_mode = WAL');
const q = {
  session: db.prepare('select user_id from sessions where id = ? and expires_at > ?'),
  zone: db.prepare('select time_zone from users where id = ?'),
  aspirations: db.prepare("select id, title, vision_level from aspirations where user_id = ? and status = 'active' order by id limit 100"),
  practices: db.prepare('select id, name, schedule from practices where user_id = ? and archived_at is null order by id limit 100'),
  checkIn: db.prepare('select status from practice_checkins where practice_id = ? and date = ?'),
  prompt: db.prepare('select prompt_id from prompt_deliveries where user_id = ? and date = ?'),
  mood: db.prepare('select pleasantness, energy from mood_checkins where user_id = ? and date = ? order by at desc limit 1'),
  reflections: db.prepare('select count(*) as n from reflections where user_id = ? and date = ?'),
};
// One formatter per time zone, as the app keeps them (core/calendar.ts): building one per request
// cost ~400 µs of CPU, more than everything else the handler does, and held the ceiling at 0.05×.
const formatters = new Map();
const dateIn = (timeZone, at) => {
  if (!formatters.has(timeZone)) formatters.set(timeZone, new Intl.DateTimeFormat('en-CA', { timeZone }));
  return formatters.get(timeZone).format(at);
};
const app = Fastify({ logger: false });
app.get('/', async () => 'ready');
app.get('/api/today', async (request, reply) => {
  const cookie = /(?:^|; )praxis_session=([^;]+)/.exec(request.headers.cookie || '');
  const now = new Date().toISOString();
  const session = cookie && q.session.get(createHash('sha256').update(cookie[1]).digest('hex'), now);
  if (!session) return reply.code(401).send({ error: { code: 'unauthenticated' } });
  const userId = session.user_id;
  const { time_zone: timeZone } = q.zone.get(userId);
  const date = dateIn(timeZone, new Date(now));
  return {
    date,
    prompt: q.prompt.get(userId, date)?.prompt_id ?? null,
    practices: q.practices.all(userId).map((p) => ({
      id: p.id, name: p.name, schedule: JSON.parse(p.schedule),
      today: q.checkIn.get(p.id, date)?.status ?? null,
    })),
    aspirations: q.aspirations.all(userId).map((a) => ({ id: a.id, title: a.title, visionLevel: a.vision_level })),
    mood: q.mood.get(userId, date) ?? null,
    reflectionsToday: q.reflections.get(userId, date).n,
  };
});
app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

/** The reference handler on this SQLite bench database, loaded as case 1 loads Today. */
export async function todayReferenceCase(
  root: string,
  database: BenchDatabase,
  helloRps: number,
  seconds: number,
): Promise<Result> {
  const server = await startNode(
    ['-e', REFERENCE_SERVER],
    { ROOT: root, DB_FILE: path.join(database.env.PRAXIS_DATA_DIR!, 'praxis.db') },
    await freePort(),
    '/',
  ).catch(() => null);
  if (!server) throw new Error('The reference server did not start.');
  try {
    const url = `${server.baseUrl}/api/today`;
    const headers = { cookie: database.todayPerson.cookie };
    const check = await fetch(url, { headers });
    const bytes = (await check.arrayBuffer()).byteLength;
    if (check.status !== 200) throw new Error(`the reference answered ${check.status}`);
    await load(url, { connections: 64, seconds: 2, headers });
    const run = await load(url, { connections: 64, seconds, headers });
    return {
      case: '1 reference: Fastify + better-sqlite3',
      database: database.kind,
      medianMs: run.medianMs,
      p95Ms: run.p97_5Ms,
      p99Ms: run.p99Ms,
      ratio: run.requestsPerSecond / helloRps,
      budget: '(the ceiling, ~0.3×)',
      pass: run.errors === 0 && run.non2xx === 0,
      figures: {
        requestsPerSecond: run.requestsPerSecond,
        helloRequestsPerSecond: helloRps,
        answerBytes: bytes,
        errors: run.errors,
      },
    };
  } finally {
    await server.stop();
  }
}
