import { createHash } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import {
  type JobHandler,
  type JobQueue,
  RETRY_DELAY_SECONDS,
  RETRY_LIMIT,
  type WorkOptions,
} from './queue';

/** A job id made from its name and key, so that every instance makes the same one. */
export function keyedJobId(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}\u0000${key}`).digest('hex');
  // A UUID (version 8: custom) from the hash.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The queue on PostgreSQL: pg-boss in its own schema (`pgboss`) of the app's database. A job is
 * claimed by one worker of one instance (`SKIP LOCKED`); a keyed job gets an id from its key, so
 * a second send of it — from any instance, while pg-boss keeps the first — inserts nothing.
 */
export function pgBossQueue(
  connectionString: string,
  options: { pollingIntervalSeconds?: number } = {},
): JobQueue {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4 });
  const handlers = new Map<string, JobHandler>();
  const hourlies: string[] = [];
  const workOptions = new Map<string, WorkOptions>();
  let started = false;
  boss.on('error', (error) => {
    // Connection trouble is retried by pg-boss itself; it must never crash the app.
    console.error('job queue error:', error.message);
  });

  return {
    kind: 'pg-boss',
    work: (name, handler, options) => {
      handlers.set(name, handler);
      if (options) workOptions.set(name, options);
    },
    hourly: (name) => void hourlies.push(name),
    async send(name, data, sendOptions = {}) {
      const id = await boss.send(name, data, {
        ...(sendOptions.key !== undefined && { id: keyedJobId(name, sendOptions.key) }),
      });
      return id !== null;
    },
    async start() {
      if (started) return;
      started = true;
      await boss.start();
      for (const name of handlers.keys()) {
        await boss.createQueue(name, {
          retryLimit: RETRY_LIMIT,
          retryDelay: RETRY_DELAY_SECONDS,
          retryBackoff: true,
          expireInSeconds: 120,
          ...workOptions.get(name),
        });
      }
      for (const [name, handler] of handlers) {
        await boss.work<Record<string, unknown>>(
          name,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
          async (jobs) => {
            for (const job of jobs) await handler(job.data ?? {});
          },
        );
      }
      for (const name of hourlies) await boss.schedule(name, '0 * * * *');
    },
    async stop() {
      if (!started) return;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
