import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { Db } from '../../db/database';
import { newId } from '../../lib/ids';

/** The size of one stored piece of an import's file. */
const PIECE = 1024 * 1024;

/** Where files of imports wait on this machine: uploads as they arrive, and jobs' working copies. */
export const uploadsDir = path.join(os.tmpdir(), 'praxis-imports');

/** A new file name in `uploadsDir` (made when missing). */
export async function localUploadPath(suffix: string): Promise<string> {
  await mkdir(uploadsDir, { recursive: true });
  return path.join(uploadsDir, `${newId()}.${suffix}`);
}

/**
 * Keeps the file of an import in the database, in pieces of 1 MB read one at a time, inside the
 * caller's transaction (with the import's row), so that the job can run on any instance, and
 * again after a restart.
 */
export async function storeUpload(trx: Db, importId: string, file: string): Promise<void> {
  let seq = 0;
  for await (const piece of createReadStream(file, { highWaterMark: PIECE })) {
    await trx
      .insertInto('importUploads')
      .values({ importId, seq, bytes: piece as Buffer })
      .execute();
    seq += 1;
  }
}

/** Whether an import's file is still kept (it is until the import ends). */
export async function hasUpload(db: Db, importId: string): Promise<boolean> {
  const piece = await db
    .selectFrom('importUploads')
    .select('seq')
    .where('importId', '=', importId)
    .limit(1)
    .executeTakeFirst();
  return piece !== undefined;
}

/** Writes an import's kept file to a file of this machine, piece by piece; returns its path. */
export async function fetchUpload(db: Db, importId: string): Promise<string> {
  const file = await localUploadPath('job');
  const out = createWriteStream(file);
  try {
    for (let seq = 0; ; seq += 1) {
      const piece = await db
        .selectFrom('importUploads')
        .select('bytes')
        .where('importId', '=', importId)
        .where('seq', '=', seq)
        .executeTakeFirst();
      if (!piece) break;
      if (!out.write(piece.bytes)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return file;
}

/** Forgets an import's file (when it ends, done or failed). */
export async function dropUpload(db: Db, importId: string): Promise<void> {
  await db.deleteFrom('importUploads').where('importId', '=', importId).execute();
}
