/** A piece of background work, named by the id of what it works on. */
export type Job = { id: string; run: () => Promise<void> };

/**
 * Where imports run in the background. This one runs them in this process, one at a time in the
 * order they came; a queue across processes (pg-boss, `src/server/jobs/`) can take its place
 * behind the same two calls.
 */
export interface JobRunner {
  enqueue(job: Job): void;
  /** Resolves once every job enqueued so far has ended (for shutting down and for tests). */
  idle(): Promise<void>;
}

/** Runs jobs in this process, one after another; a job's failure is its own to record. */
export function inProcessRunner(onError: (error: unknown, job: Job) => void): JobRunner {
  let tail: Promise<void> = Promise.resolve();
  return {
    enqueue(job) {
      tail = tail.then(() => job.run().catch((error: unknown) => onError(error, job)));
    },
    idle: () => tail,
  };
}
