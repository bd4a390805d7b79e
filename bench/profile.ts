import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import { openDatabase } from '../src/server/db/database';
import { type Kind, prepareDatabase } from './runner/databases';
import { startBuilt } from './runner/cases';
import { load } from './runner/load';

/**
 * `npx tsx bench/profile.ts`: the built server under the Today load with `--cpu-prof`, then the
 * profile's heaviest functions by self time, and the queries (and rows) one Today request makes.
 */
const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    seconds: { type: 'string', default: '8' },
    people: { type: 'string', default: '20' },
    days: { type: 'string', default: '200' },
    top: { type: 'string', default: '40' },
    path: { type: 'string', default: '/api/today' },
    /** Profile a cold start (to the first answered request) instead of the load. */
    start: { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const kind = values.database as Kind;
const database = await prepareDatabase(kind, {
  people: Number(values.people),
  days: Number(values.days),
  writers: 1,
});
const profileDir = path.join(os.tmpdir(), `praxis-profile-${process.pid}`);
try {
  if (values.start) {
    const server = await startBuilt(root, database, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    console.log(`${kind}: first answer ${Math.round(server.readyMs)} ms after spawn`);
    await server.stop();
    summarize(profileDir, Number(values.top));
    process.exit(0);
  }
  await countQueries();
  const server = await startBuilt(root, database, [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`]);
  try {
    const headers = { cookie: database.todayPerson.cookie };
    const run = await load(`${server.baseUrl}${values.path}`, {
      connections: 64,
      seconds: Number(values.seconds),
      headers,
    });
    console.log(`${kind}: ${Math.round(run.requestsPerSecond)} requests/s, p99 ${run.p99Ms} ms`);
  } finally {
    await server.stop();
  }
  summarize(profileDir, Number(values.top));
} finally {
  await database.drop();
}

/** One Today request through the server code in this process, counting queries and rows. */
async function countQueries() {
  const queries = new Map<unknown, { sql: string; parameters: readonly unknown[]; rows: number }>();
  const options =
    kind === 'sqlite'
      ? ({ kind, file: path.join(database.env.PRAXIS_DATA_DIR!, 'praxis.db') } as const)
      : ({ kind, url: database.env.DATABASE_URL! } as const);
  const base = openDatabase(options);
  // A counting instance per call: queries kept compiled (db/compiled-once.ts) pass through a
  // new instance's plugins once, the first time it runs them, with placeholders for values;
  // they run through `executeQuery`, which sees the real values.
  const counting = () => {
    const db = base.withPlugin({
      transformQuery: (args) => {
        const { sql, parameters } = base.getExecutor().compileQuery(args.node, args.queryId);
        queries.set(args.queryId, { sql, parameters, rows: -1 });
        return args.node;
      },
      transformResult: async (args) => {
        queries.get(args.queryId)!.rows = args.result.rows.length;
        return args.result;
      },
    });
    const execute = db.executeQuery.bind(db);
    db.executeQuery = ((query: CompiledQuery) => {
      const seen = queries.get(query.queryId);
      if (seen) seen.parameters = query.parameters;
      return execute(query);
    }) as typeof db.executeQuery;
    return db;
  };
  const { todayOf } = await import('../src/server/modules/today/queries');
  const { sha256 } = await import('../src/server/lib/secrets');
  const token = database.todayPerson.cookie.split('=')[1]!;
  const session = await base
    .selectFrom('sessions')
    .select('userId')
    .where('id', '=', sha256(token))
    .executeTakeFirstOrThrow();
  await todayOf(counting(), session.userId);
  queries.clear();
  const answer = await todayOf(counting(), session.userId);
  // Subqueries pass through the plugin too; only what ran counts.
  for (const [id, q] of queries) if (q.rows < 0) queries.delete(id);
  for (const q of queries.values()) {
    console.log(`${String(q.rows).padStart(6)} rows  ${q.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
    const plan = await base
      .executeQuery(
        CompiledQuery.raw(`explain ${kind === 'sqlite' ? 'query plan ' : ''}${q.sql}`, [
          ...q.parameters,
        ]),
      )
      .catch((error: Error) => ({ rows: [{ error: error.message }] }));
    for (const row of plan.rows as Record<string, unknown>[])
      console.log(`          ${String(row.detail ?? row['QUERY PLAN'] ?? JSON.stringify(row))}`);
  }
  console.log(
    `one Today: ${queries.size} queries, ${[...queries.values()].reduce((n, q) => n + q.rows, 0)} rows read, ${JSON.stringify(answer).length} bytes of JSON`,
  );
  const began = performance.now();
  for (let i = 0; i < 200; i += 1) await todayOf(base, session.userId);
  console.log(`todayOf in process: ${((performance.now() - began) / 200).toFixed(2)} ms each`);
  if (kind === 'sqlite') {
    const raw = new SQLite(options.file as string, { readonly: true });
    for (const q of queries.values()) {
      const statement = raw.prepare(q.sql);
      const t = performance.now();
      for (let i = 0; i < 200; i += 1) statement.all(...(q.parameters as unknown[]));
      const ms = (performance.now() - t) / 200;
      console.log(`${ms.toFixed(3)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 100)}`);
    }
    raw.close();
  }
  await base.destroy();
}

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
function summarize(dir: string, top: number) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      nodes: Node[];
    };
    const self = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      total += hits;
      const url = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*dist\//, '');
      const key = `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + hits);
    }
    const byPackage = new Map<string, number>();
    for (const node of profile.nodes) {
      const url = node.callFrame.url;
      const pkg = url.includes('node_modules/')
        ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
        : url.includes('/dist/')
          ? 'praxis'
          : url.startsWith('node:')
            ? url
            : node.callFrame.functionName || '(native)';
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (node.hitCount ?? 0));
    }
    console.log(`\n${file}: ${total} samples`);
    for (const [key, hits] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
    console.log('');
    for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
}
