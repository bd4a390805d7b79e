import { InsertQueryNode, type KyselyPlugin } from 'kysely';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { importFixture } from '../../../../test-support/portability';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import type { HttpClient } from '../../../../test-support/http-client';
import type { Db } from '../../db/database';
import { inProcessQueue } from '../../jobs/in-process';
import { runImport } from './import-job';
import {
  GAVE_UP,
  type ImportRunner,
  MAX_ATTEMPTS,
  queueImport,
  recordImport,
  registerImportJob,
  resumeImports,
  sweepImports,
} from './import-queue';

/**
 * The database connection is lost in the middle of the writing transaction, after `after`
 * inserts, and stays lost for every query this attempt makes — so the import cannot even record
 * its own failure (what left imports "running" before).
 */
function connectionLostAfter(after: number): KyselyPlugin {
  let inserts = 0;
  return {
    transformQuery({ node }) {
      if (inserts >= after) throw new Error('Connection terminated unexpectedly');
      if (InsertQueryNode.is(node)) inserts += 1;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
}

describe.each(databaseKinds())('an import whose every attempt fails, on %s', (kind) => {
  let server: TestServer;
  let db: Db;
  let dir: string;
  let client: HttpClient;
  let userId: string;
  let file: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    db = server.database.db;
    dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-retries-'));
    file = path.join(dir, 'Journal.json');
    writeFileSync(file, importFixture('dayone-journal.json'));
    ({
      client,
      user: { id: userId },
    } = await signedInClient(server));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ownRows = async () => ({
    reflections: (
      await db.selectFrom('reflections').select('id').where('userId', '=', userId).execute()
    ).length,
    importedItems: (
      await db.selectFrom('importedItems').select('itemId').where('userId', '=', userId).execute()
    ).length,
  });
  const pieces = async (importId: string) =>
    (await db.selectFrom('importUploads').select('seq').where('importId', '=', importId).execute())
      .length;

  /** Imports the journal through a queue of its own (retries 5 ms apart) until it settles. */
  async function importThrough(run: ImportRunner, errors: unknown[]) {
    const jobs = inProcessQueue({ retryDelayMs: 5 });
    registerImportJob(db, jobs, new Map(), (error) => errors.push(error), run);
    await jobs.start();
    const upload = { userId, format: 'dayone' as const, fileName: 'Journal.json', path: file };
    const id = await queueImport(db, jobs, upload);
    await jobs.settled!();
    await jobs.stop();
    return id;
  }

  it('ends failed after the last retry with a reason for the person, nothing of it kept', async () => {
    const errors: unknown[] = [];
    let attempts = 0;
    // The real import, on a database whose connection is lost after three inserts.
    const failing: ImportRunner = (database, job, live) => {
      attempts += 1;
      return runImport(database.withPlugin(connectionLostAfter(3)), job, live);
    };
    const id = await importThrough(failing, errors);

    expect(attempts).toBe(MAX_ATTEMPTS);
    expect(errors).toHaveLength(MAX_ATTEMPTS);
    // What the page shows: failed, with the reason; nothing created.
    const { status, body } = await client.get(`/api/imports/${id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'failed', error: GAVE_UP, created: 0, skipped: 0 });
    expect(body.finishedAt).not.toBeNull();
    // The writes of each attempt were rolled back; the kept file is gone.
    expect(await ownRows()).toEqual({ reflections: 0, importedItems: 0 });
    expect(await pieces(id)).toBe(0);
    const row = await db
      .selectFrom('imports')
      .select('attempts')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.attempts).toBe(MAX_ATTEMPTS);

    // The same file imports whole once the database is there again.
    const again = await importThrough(runImport, errors);
    expect((await client.get(`/api/imports/${again}`)).body).toMatchObject({
      status: 'done',
      created: 4,
    });
    expect((await ownRows()).reflections).toBe(4);
  });

  it('ends failed when its workers died on every attempt: when it comes again, or by the sweep', async () => {
    const jobs = inProcessQueue({ retryDelayMs: 5 });
    let ran = 0;
    registerImportJob(
      db,
      jobs,
      new Map(),
      () => undefined,
      async () => {
        ran += 1;
      },
    );
    await jobs.start();
    // The last attempt's worker died; at start-up the import is queued again.
    const died = await recordImport(db, {
      userId,
      format: 'dayone',
      fileName: 'a.json',
      path: file,
    });
    await db
      .updateTable('imports')
      .set({ status: 'running', attempts: MAX_ATTEMPTS, attemptedAt: new Date().toISOString() })
      .where('id', '=', died)
      .execute();
    // A worker on another instance began its last attempt two hours ago, and no job came since.
    const lost = await recordImport(db, {
      userId,
      format: 'dayone',
      fileName: 'b.json',
      path: file,
    });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    await db
      .updateTable('imports')
      .set({ status: 'running', attempts: 2, attemptedAt: twoHoursAgo })
      .where('id', '=', lost)
      .execute();
    // One running now stays as it is.
    const running = await recordImport(db, {
      userId,
      format: 'dayone',
      fileName: 'c.json',
      path: file,
    });
    await db
      .updateTable('imports')
      .set({ status: 'running', attempts: 1, attemptedAt: new Date().toISOString() })
      .where('id', '=', running)
      .execute();

    await sweepImports(db);
    expect((await client.get(`/api/imports/${lost}`)).body).toMatchObject({
      status: 'failed',
      error: GAVE_UP,
    });
    expect((await client.get(`/api/imports/${running}`)).body).toMatchObject({ status: 'running' });
    expect(await pieces(lost)).toBe(0);

    await resumeImports(db, jobs);
    await jobs.settled!();
    await jobs.stop();
    expect((await client.get(`/api/imports/${died}`)).body).toMatchObject({
      status: 'failed',
      error: GAVE_UP,
    });
    expect(await pieces(died)).toBe(0);
    // Only the import with attempts left ran.
    expect(ran).toBe(1);
    expect((await client.get(`/api/imports/${running}`)).body).toMatchObject({ status: 'running' });
  });
});
