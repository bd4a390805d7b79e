import { rm } from 'node:fs/promises';
import type { ImportFormat } from '../../../contracts/portability';
import type { Db } from '../../db/database';
import type { JobQueue } from '../../jobs/queue';
import { createImport, finishImport } from './commands';
import { runImport } from './import-job';
import { unfinishedImport, unfinishedImports } from './queries';
import { fetchUpload, hasUpload, storeUpload } from './uploads';

/** The job that runs one import; its data is `{ importId }`. */
export const IMPORT_JOB = 'portability.import';

/** Progress (0..1) of the imports this process is running, by id. */
export type LiveProgress = Map<string, number>;

/**
 * Imports through the app's job queue (pg-boss on PostgreSQL, so any instance may run one and
 * a restart does not lose it; in this process on SQLite). The file waits in the database
 * (`uploads.ts`) until the import ends. A job is tried again when its worker dies (pg-boss: no
 * heartbeat for 30 s); a job that finds its import ended does nothing.
 */
export function registerImportJob(
  db: Db,
  jobs: JobQueue,
  live: LiveProgress,
  onError: (error: unknown, importId: string) => void,
) {
  jobs.work(
    IMPORT_JOB,
    async (data) => {
      const importId = String(data.importId);
      const row = await unfinishedImport(db, importId);
      if (!row) return;
      const file = await fetchUpload(db, importId);
      live.set(importId, 0);
      try {
        await runImport(
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
        // Recorded on the import (failed, nothing kept); trying again would not help.
        onError(error, importId);
      } finally {
        live.delete(importId);
        await rm(file, { force: true });
      }
    },
    { expireInSeconds: 60 * 60, heartbeatSeconds: 30 },
  );
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
 * At start-up (the queue started): imports that had not ended are queued again when their file
 * is kept (pg-boss ignores a job it holds already: the key is the import's id); one without its
 * file (from before files were kept in the database) has failed.
 */
export async function resumeImports(db: Db, jobs: JobQueue) {
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
