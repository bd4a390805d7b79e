import { rm } from 'node:fs/promises';
import type { ImportFormat } from '../../../contracts/portability';
import type { Db } from '../../db/database';
import { type JobQueue, RETRY_LIMIT } from '../../jobs/queue';
import { beginAttempt, createImport, failImport, finishImport } from './commands';
import { runImport } from './import-job';
import { abandonedImports, unfinishedImport, unfinishedImports } from './queries';
import { fetchUpload, hasUpload, storeUpload } from './uploads';

/** The job that runs one import; its data is `{ importId }`. */
export const IMPORT_JOB = 'portability.import';
/** The hourly job that ends the imports the queue has given up (see `sweepImports`). */
export const IMPORT_SWEEP_JOB = 'portability.import-sweep';

/** How long one attempt of an import may run before the queue counts it as failed. */
const ATTEMPT_SECONDS = 60 * 60;
/** Attempts an import gets: the first and the queue's retries. */
export const MAX_ATTEMPTS = RETRY_LIMIT + 1;

/** What the person reads when every attempt failed on our side. */
export const GAVE_UP =
  'The import failed on our side every time we tried, so nothing of it was kept. Please try again later; if it fails again, tell us.';

/** Progress (0..1) of the imports this process is running, by id. */
export type LiveProgress = Map<string, number>;

/** Runs one import (the tests put a failing one in its place). */
export type ImportRunner = typeof runImport;

/**
 * Imports through the app's job queue (pg-boss on PostgreSQL, so any instance may run one and
 * a restart does not lose it; in this process on SQLite). The file waits in the database
 * (`uploads.ts`) until the import ends. Every attempt is counted on the import first; an
 * attempt that fails is tried again by the queue, and the last one ends the import as failed
 * (its writes were one transaction, rolled back), so no import stays "running".
 */
export function registerImportJob(
  db: Db,
  jobs: JobQueue,
  live: LiveProgress,
  onError: (error: unknown, importId: string) => void,
  run: ImportRunner = runImport,
) {
  jobs.work(
    IMPORT_JOB,
    async (data) => {
      const importId = String(data.importId);
      const attempt = await beginAttempt(db, importId);
      if (attempt === null) return;
      // The attempts before this one died with their worker (a crash, a lost heartbeat).
      if (attempt > MAX_ATTEMPTS) return failImport(db, importId, GAVE_UP);
      let file: string | null = null;
      try {
        const row = await unfinishedImport(db, importId);
        if (!row) return;
        file = await fetchUpload(db, importId);
        live.set(importId, 0);
        await run(
          db,
          {
            importId,
            userId: row.userId,
            format: row.format as ImportFormat,
            fileName: row.fileName,
            path: file,
          },
          (progress) => live.set(importId, progress),
        );
      } catch (error) {
        onError(error, importId);
        // Ended already (runImport records a failure it could record): nothing to try again.
        if (!(await unfinishedImport(db, importId))) return;
        if (attempt < MAX_ATTEMPTS) throw error;
        await failImport(db, importId, GAVE_UP);
      } finally {
        live.delete(importId);
        if (file) await rm(file, { force: true });
      }
    },
    { expireInSeconds: ATTEMPT_SECONDS, heartbeatSeconds: 30 },
  );
  jobs.work(IMPORT_SWEEP_JOB, () => sweepImports(db));
  jobs.hourly(IMPORT_SWEEP_JOB);
}

/**
 * Ends as failed the imports whose last attempt began longer ago than an attempt may run plus
 * the queue's longest wait before a retry: their worker died on the last attempt (or the queue
 * lost them), and no job will come for them again.
 */
export async function sweepImports(db: Db, now = Date.now()) {
  const wait = ATTEMPT_SECONDS + 2 * 2 ** RETRY_LIMIT + 10 * 60;
  const before = new Date(now - wait * 1000).toISOString();
  for (const id of await abandonedImports(db, before)) await failImport(db, id, GAVE_UP);
}

export type Upload = { userId: string; format: ImportFormat; fileName: string; path: string };

/** Records an import, queued, with its file kept in the database (one transaction). */
export async function recordImport(db: Db, upload: Upload): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const id = await createImport(trx, upload.userId, upload.format, upload.fileName);
    await storeUpload(trx, id, upload.path);
    return id;
  });
}

/** Records an import with its file and queues its job. */
export async function queueImport(db: Db, jobs: JobQueue, upload: Upload): Promise<string> {
  const id = await recordImport(db, upload);
  await jobs.send(IMPORT_JOB, { importId: id }, { key: id });
  return id;
}

/**
 * At start-up (the queue started): imports given up are ended (`sweepImports`); those that had
 * not ended are queued again when their file is kept (pg-boss ignores a job it holds already:
 * the key is the import's id; a job that comes again counts one more attempt); one without its
 * file (from before files were kept in the database) has failed.
 */
export async function resumeImports(db: Db, jobs: JobQueue) {
  await sweepImports(db);
  for (const id of await unfinishedImports(db)) {
    if (await hasUpload(db, id)) {
      await jobs.send(IMPORT_JOB, { importId: id }, { key: id });
    } else {
      await finishImport(db, id, {
        error: 'The server stopped during the import; nothing of it was kept. Please try again.',
      });
    }
  }
}
