import type { CompiledQuery, KyselyPlugin } from 'kysely';
import type { Db } from './database';
import { nameStatement } from './named-statements';

/** Where a value given to a kept query goes: argument `arg`, element `element` of a list. */
class Slot {
  constructor(
    readonly arg: number,
    readonly element: number,
  ) {}
}

const MAX_PLUGIN_SETS = 4;

type Kept = { plugins: readonly KyselyPlugin[]; compiled: CompiledQuery };

/** Something that compiles to one statement: a query builder, or a `sql` template given `db`. */
type Compilable<Row> = { compile(db: Db): CompiledQuery<Row> };

/**
 * A hot query built and compiled once per database and shape, then run with new values: Kysely
 * otherwise builds, transforms (camel case) and compiles the same query on every call, about as
 * much CPU as SQLite running it (docs/performance.md, sixth pass). The same compiled text also
 * finds its kept statement on SQLite without hashing a new string.
 *
 * `build` must pass its arguments to the query only as values (`where(…, '=', x)`, `in` lists,
 * `sql` template values): it is called with placeholders, never with real values, so it must
 * not branch on them. A list argument may change the statement's shape only by its length (an
 * `in (…)` list, one `union all` part per element): one statement is kept per length.
 * Identifiers and constants (`limit(100)`, `is null`) stay in the kept statement as built.
 *
 * Kept per database (its adapter, shared by its transactions) and per set of plugins: a
 * `withPlugin` instance compiles its own, through its own plugins, the first time.
 */
export function compiledOnce<Args extends readonly unknown[], Row>(
  build: (db: Db, ...args: Args) => Compilable<Row>,
): (db: Db, ...args: Args) => Promise<Row[]> {
  const kept = new WeakMap<object, Map<string, Kept[]>>();
  return async (db, ...args) => {
    const executor = db.getExecutor();
    const shape = args.map((arg) => (Array.isArray(arg) ? arg.length : -1)).join(',');
    let byShape = kept.get(executor.adapter);
    if (!byShape) kept.set(executor.adapter, (byShape = new Map()));
    let entries = byShape.get(shape);
    if (!entries) byShape.set(shape, (entries = []));
    let entry = entries.find((e) => samePlugins(e.plugins, executor.plugins));
    if (!entry) {
      const slots = args.map((arg, i) =>
        Array.isArray(arg) ? arg.map((_, j) => new Slot(i, j)) : new Slot(i, -1),
      ) as unknown as Args;
      const compiled = build(db, ...slots).compile(db);
      for (const value of compiled.parameters)
        if (!(value instanceof Slot) && typeof value === 'object' && value !== null)
          throw new Error('compiledOnce: a query kept for reuse holds an object value');
      nameStatement(compiled.sql);
      entry = { plugins: [...executor.plugins], compiled };
      // A few plugin sets per database at most (the app has one; tools add one of their own).
      if (entries.length >= MAX_PLUGIN_SETS) entries.shift();
      entries.push(entry);
    }
    const parameters = entry.compiled.parameters.map((value) =>
      value instanceof Slot
        ? value.element < 0
          ? args[value.arg]
          : (args[value.arg] as readonly unknown[])[value.element]
        : value,
    );
    const result = await db.executeQuery<Row>({ ...entry.compiled, parameters });
    return result.rows;
  };
}

function samePlugins(a: readonly KyselyPlugin[], b: readonly KyselyPlugin[]) {
  return a.length === b.length && a.every((plugin, i) => plugin === b[i]);
}
