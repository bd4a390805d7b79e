import type pg from 'pg';

/** The SQL texts of queries kept compiled (compiled-once.ts), each with its statement name. */
const names = new Map<string, string>();

/**
 * Marks a kept query's text for running as a named prepared statement on PostgreSQL. Only kept
 * texts are named: they are few and fixed (one per query and shape), so the statements each
 * connection keeps on the server stay few; any other text is parsed and planned as before.
 */
export function nameStatement(sql: string): void {
  if (!names.has(sql)) names.set(sql, `praxis_${names.size}`);
}

const named = new WeakSet<pg.PoolClient>();

/**
 * The pool as Kysely's PostgreSQL driver sees it, but running kept texts by name: the server
 * parses and plans one the first time a connection runs it, then only binds and executes it —
 * Today's dozen reads were each parsed again on every request (docs/performance.md, case 1).
 */
export function namingPool(pool: pg.Pool) {
  return {
    connect: async () => {
      const client = await pool.connect();
      if (!named.has(client)) {
        named.add(client);
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        client.query = ((text: unknown, values?: unknown[]) => {
          const name = typeof text === 'string' ? names.get(text) : undefined;
          return name ? query({ name, text, values }) : query(text, values);
        }) as typeof client.query;
      }
      return client;
    },
    end: () => pool.end(),
  };
}
