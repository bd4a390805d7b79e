import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { Db } from '../db/database';
import {
  LIVE_CHANNEL,
  type LiveEvent,
  type LiveNotice,
  liveSourceOf,
  localNotices,
} from '../db/live-events';

export type LiveListener = (event: LiveEvent) => void;

/** The live events one app instance hears, handed to the event streams of the people concerned. */
export type LiveBus = {
  /** Starts hearing events for a person; resolves once events published from now on arrive. */
  subscribe: (personId: string, listener: LiveListener) => Promise<() => void>;
  close: () => Promise<void>;
};

const RECONNECT_MS = 1000;

/**
 * Opens the live bus of a database opened by `openDatabase`: on PostgreSQL one dedicated client
 * that LISTENs (so every instance on the database hears what any of them published), started
 * with the first subscriber and reconnected if it drops; on SQLite the in-process emitter.
 */
export function openLiveBus(db: Db, log: FastifyBaseLogger): LiveBus {
  const listeners = new Map<string, Set<LiveListener>>();
  const deliver = (notice: LiveNotice) => {
    for (const personId of notice.to) {
      for (const listener of listeners.get(personId) ?? []) listener(notice.event);
    }
  };
  const source = liveSourceOf(db);
  let closed = false;
  let started: Promise<void> | null = null;
  let client: pg.Client | null = null;

  const listen = async (url: string): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      try {
        deliver(JSON.parse(message.payload) as LiveNotice);
      } catch {
        log.warn('A live event could not be read');
      }
    });
    const reconnect = () => {
      if (closed || client !== next) return;
      client = null;
      log.warn('The live event listener lost its connection; reconnecting');
      setTimeout(() => {
        if (!closed) started = listen(url).catch(() => reconnect());
      }, RECONNECT_MS).unref();
    };
    next.on('error', reconnect);
    next.on('end', reconnect);
    client = next;
    await next.connect();
    await next.query(`listen ${LIVE_CHANNEL}`);
  };

  const onLocal = (notice: LiveNotice) => deliver(notice);
  if (source?.kind === 'sqlite') localNotices.on(source.channel, onLocal);

  return {
    subscribe: async (personId, listener) => {
      if (source?.kind === 'postgres') {
        started ??= listen(source.url).catch((error: unknown) => {
          started = null;
          throw error;
        });
        await started;
      }
      const mine = listeners.get(personId) ?? new Set<LiveListener>();
      mine.add(listener);
      listeners.set(personId, mine);
      return () => {
        mine.delete(listener);
        if (mine.size === 0 && listeners.get(personId) === mine) listeners.delete(personId);
      };
    },
    close: async () => {
      closed = true;
      listeners.clear();
      if (source?.kind === 'sqlite') localNotices.off(source.channel, onLocal);
      const open = client;
      client = null;
      await open?.end().catch(() => {});
    },
  };
}
