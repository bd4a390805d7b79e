import { EventEmitter } from 'node:events';
import {
  type DatabaseConnection,
  type Driver,
  type QueryExecutorProvider,
  PostgresAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  sql,
  type TransactionSettings,
} from 'kysely';

/** What a live event says: that something of a kind changed. Never personal text. */
export type LiveEvent = { type: 'inbox' | 'pair-space' | 'team'; id: string };

/** A live event and the people (account ids) it is for. */
export type LiveNotice = { to: string[]; event: LiveEvent };

/** The PostgreSQL channel every instance listens on. */
export const LIVE_CHANNEL = 'praxis_live';

/** In-process delivery on SQLite: notices are emitted under the database file's path. */
export const localNotices = new EventEmitter().setMaxListeners(0);

/** Where an open database's notices can be heard (see `liveSourceOf`). */
export type LiveSource = { kind: 'postgres'; url: string } | { kind: 'sqlite'; channel: string };

const sources = new WeakMap<object, LiveSource>();
type ConnectionState = { channel: string; pending: LiveNotice[] | null };
const connections = new WeakMap<DatabaseConnection, ConnectionState>();

/** Records where a database opened by `openDatabase` delivers its notices. */
export function registerLiveSource(db: object, source: LiveSource): void {
  sources.set(db, source);
}

/** Where the notices of a database opened by `openDatabase` are heard; undefined otherwise. */
export function liveSourceOf(db: object): LiveSource | undefined {
  return sources.get(db);
}

/** A payload stays far below PostgreSQL's 8000-byte limit on a notification. */
const RECIPIENTS_PER_NOTICE = 100;

/**
 * Tells the people in `notice.to` that something changed, once the transaction `db` belongs to
 * has committed (at once outside a transaction); nothing is told if it rolls back. On PostgreSQL
 * it is a `pg_notify`, which the database delivers at commit to every instance listening; on
 * SQLite the notice waits on the connection until `LiveSqliteDialect` sees the commit.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   await trx.updateTable('oneOnOnes')…;
 *   await publishAfterCommit(trx, { to: [ownerId, colleagueId], event: { type: 'pair-space', id } });
 * });
 */
export async function publishAfterCommit(
  db: QueryExecutorProvider,
  notice: LiveNotice,
): Promise<void> {
  const to = [...new Set(notice.to)];
  if (to.length === 0) return;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (let start = 0; start < to.length; start += RECIPIENTS_PER_NOTICE) {
      const payload = JSON.stringify({
        to: to.slice(start, start + RECIPIENTS_PER_NOTICE),
        event: notice.event,
      });
      await sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`.execute(db);
    }
    return;
  }
  await db.getExecutor().provideConnection(async (connection) => {
    const state = connections.get(connection);
    if (!state) return;
    if (state.pending) state.pending.push({ to, event: notice.event });
    else localNotices.emit(state.channel, { to, event: notice.event });
  });
}

/**
 * SQLite as `SqliteDialect` opens it, whose driver also delivers the notices published inside a
 * transaction once that transaction commits (and drops them when it rolls back).
 */
export class LiveSqliteDialect extends SqliteDialect {
  readonly #channel: string;

  constructor(config: SqliteDialectConfig, channel: string) {
    super(config);
    this.#channel = channel;
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const channel = this.#channel;
    const state = (connection: DatabaseConnection) => {
      let found = connections.get(connection);
      if (!found) {
        found = { channel, pending: null };
        connections.set(connection, found);
      }
      return found;
    };
    return {
      init: () => driver.init(),
      acquireConnection: async () => {
        const connection = await driver.acquireConnection();
        state(connection);
        return connection;
      },
      beginTransaction: async (connection: DatabaseConnection, settings: TransactionSettings) => {
        await driver.beginTransaction(connection, settings);
        state(connection).pending = [];
      },
      commitTransaction: async (connection: DatabaseConnection) => {
        await driver.commitTransaction(connection);
        const pending = state(connection).pending ?? [];
        state(connection).pending = null;
        for (const notice of pending) localNotices.emit(channel, notice);
      },
      rollbackTransaction: async (connection: DatabaseConnection) => {
        state(connection).pending = null;
        await driver.rollbackTransaction(connection);
      },
      savepoint: (connection, name, compile) => driver.savepoint!(connection, name, compile),
      rollbackToSavepoint: (connection, name, compile) =>
        driver.rollbackToSavepoint!(connection, name, compile),
      releaseSavepoint: (connection, name, compile) =>
        driver.releaseSavepoint!(connection, name, compile),
      releaseConnection: (connection: DatabaseConnection) => driver.releaseConnection(connection),
      destroy: () => driver.destroy(),
    };
  }
}
