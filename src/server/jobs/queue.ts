/**
 * The one small interface the app sends background work through: pg-boss on PostgreSQL, an
 * in-process queue on SQLite (docs/decisions/0024-mail-and-jobs.md). Handlers are registered
 * before `start`; a handler that throws is retried with a growing delay.
 */
export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export type SendOptions = {
  /**
   * Makes the job unique: a second send with the same name and key is refused (returns false),
   * even from another app instance on the same PostgreSQL.
   */
  key?: string;
};

/** How long a job may run (pg-boss only; the in-process queue has no limit). */
export type WorkOptions = {
  /** How long a job may stay active before it is tried again (default 120 s). */
  expireInSeconds?: number;
  /** A running job's worker says it is alive this often; silence means it died (retried). */
  heartbeatSeconds?: number;
};

export interface JobQueue {
  readonly kind: 'pg-boss' | 'in-process';
  /** Registers the handler of a job name (before `start`). */
  work(name: string, handler: JobHandler, options?: WorkOptions): void;
  /** Runs a job with no data at the top of every hour, once across all instances. */
  hourly(name: string): void;
  /** Queues a job; false when its key was used already. */
  send(name: string, data: Record<string, unknown>, options?: SendOptions): Promise<boolean>;
  start(): Promise<void>;
  /** Stops taking jobs and waits for the running ones. */
  stop(): Promise<void>;
  /** Resolves once no job is queued or running (tests; the in-process queue only knows). */
  settled?(): Promise<void>;
}

/** How many times a failed job is tried again, and the first delay (doubling each time). */
export const RETRY_LIMIT = 5;
export const RETRY_DELAY_SECONDS = 2;
