import { type JobHandler, type JobQueue, RETRY_DELAY_SECONDS, RETRY_LIMIT } from './queue';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The queue on SQLite, where one process owns the database: jobs run in this process, one at a
 * time per name, retried on failure with a doubling delay. Keys are remembered while it runs.
 */
export function inProcessQueue(options: { retryDelayMs?: number } = {}): JobQueue {
  const retryDelayMs = options.retryDelayMs ?? RETRY_DELAY_SECONDS * 1000;
  const handlers = new Map<string, JobHandler>();
  const hourlies: string[] = [];
  const keys = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let pending = 0;
  let started = false;
  let stopped = false;
  let idle: (() => void)[] = [];

  const later = (ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timers.add(timer);
  };
  const settle = () => {
    if (pending > 0) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };
  const run = (name: string, data: Record<string, unknown>, attempt: number) => {
    if (stopped) return;
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no handler for job ${name}`);
    const job = handler(data).then(
      () => {
        pending -= 1;
      },
      () => {
        if (attempt < RETRY_LIMIT && !stopped) {
          later(retryDelayMs * 2 ** attempt, () => run(name, data, attempt + 1));
        } else {
          pending -= 1;
        }
      },
    );
    const tracked = job.finally(() => {
      running.delete(tracked);
      settle();
    });
    running.add(tracked);
  };
  const nextHour = (name: string) => {
    const now = Date.now();
    later(HOUR_MS - (now % HOUR_MS), () => {
      pending += 1;
      run(name, {}, 0);
      nextHour(name);
    });
  };

  return {
    kind: 'in-process',
    work: (name, handler) => void handlers.set(name, handler),
    hourly: (name) => void hourlies.push(name),
    async send(name, data, options = {}) {
      if (options.key !== undefined) {
        const unique = `${name}\u0000${options.key}`;
        if (keys.has(unique)) return false;
        keys.add(unique);
      }
      pending += 1;
      // After the caller's transaction and answer: the job never runs inside the request.
      later(0, () => run(name, data, 0));
      return true;
    },
    async start() {
      if (started) return;
      started = true;
      for (const name of hourlies) nextHour(name);
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
    settled: () =>
      pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)),
  };
}
