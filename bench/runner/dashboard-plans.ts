import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { MemoCamelCasePlugin } from '../../src/server/db/camel-case';
import type { Db, DatabaseOptions } from '../../src/server/db/database';
import type { DB } from '../../src/server/db/schema';

type Logged = { sql: string; parameters: readonly unknown[]; ms: number };

/**
 * The query plans of a cold dashboard decision on the bench's database: `decide` runs once on a
 * second connection that logs every statement, then each read taking at least `minMs` is
 * explained (EXPLAIN QUERY PLAN on SQLite; EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, which runs
 * it again) and printed with its time. Bench-only: reads the plans, changes nothing.
 */
export async function explainDecision(
  options: DatabaseOptions,
  decide: (db: Db) => Promise<unknown>,
  minMs = 5,
): Promise<void> {
  const logged: Logged[] = [];
  const log = (event: {
    level: string;
    query: { sql: string; parameters: readonly unknown[] };
    queryDurationMillis: number;
  }) => {
    if (event.level === 'query') {
      logged.push({
        sql: event.query.sql,
        parameters: event.query.parameters,
        ms: event.queryDurationMillis,
      });
    }
  };
  const plugins = [new MemoCamelCasePlugin()];
  if (options.kind === 'sqlite') {
    const connection = new SQLite(options.file);
    const db = new Kysely<DB>({
      dialect: new SqliteDialect({ database: connection }),
      plugins,
      log,
    });
    try {
      await decide(db as unknown as Db);
      for (const q of logged.filter((l) => l.ms >= minMs && /^\s*(with|select)/i.test(l.sql))) {
        const plan = connection
          .prepare(`explain query plan ${q.sql}`)
          .all(...(q.parameters as unknown[])) as { id: number; parent: number; detail: string }[];
        const depth = new Map<number, number>([[0, 0]]);
        const lines = plan.map((row) => {
          const d = (depth.get(row.parent) ?? 0) + 1;
          depth.set(row.id, d);
          return `${'  '.repeat(d)}${row.detail}`;
        });
        console.warn(`-- ${q.ms.toFixed(0)} ms: ${q.sql}\n${lines.join('\n')}\n`);
      }
    } finally {
      await db.destroy();
    }
    return;
  }
  const pool = new pg.Pool({ connectionString: options.url, max: 2 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins, log });
  try {
    await decide(db as unknown as Db);
    for (const q of logged.filter((l) => l.ms >= minMs && /^\s*(with|select)/i.test(l.sql))) {
      const plan = await pool.query(
        `explain (analyze, buffers) ${q.sql}`,
        q.parameters as unknown[],
      );
      const lines = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']);
      console.warn(`-- ${q.ms.toFixed(0)} ms: ${q.sql}\n${lines.join('\n')}\n`);
    }
  } finally {
    await db.destroy();
  }
}
