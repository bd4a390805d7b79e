import { createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ImportFormat,
  IMPORT_FORMATS,
} from '../contracts/portability';
import type { Db } from '../server/db/database';
import { nowIso } from '../server/lib/time';
import { createImport } from '../server/modules/portability/commands';
import { exportOf } from '../server/modules/portability/export-formats';
import { importableFormats, runImport } from '../server/modules/portability/import-job';
import { ImportFileError } from '../server/modules/portability/sources';
import { CliError, UsageError } from './errors';
import { progressBar } from './progress';

/** The account with this email (emails are kept in lower case). */
async function personOf(db: Db, email: string): Promise<string> {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) throw new CliError(`There is no account with the email ${email}.`);
  return user.id;
}

/**
 * Writes one person's data in a format of `GET /api/export` (the same writer as the web: the
 * JSON archive, the Markdown or CSV zip, the year-in-practice PDF) to a file, or to standard
 * output when it is not a terminal (a zip or a PDF is not printed on a screen).
 */
export async function exportData(db: Db, email: string, format: string, out?: string) {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`, 'export');
  }
  if (!out && format !== 'json' && process.stdout.isTTY) {
    throw new UsageError(
      `A ${format} export is a binary file: give --out FILE, or send standard output to a file.`,
      'export',
    );
  }
  const userId = await personOf(db, email);
  const download = await exportOf(format as ExportFormat, db, userId, nowIso());
  const body = Buffer.isBuffer(download.body) ? [download.body] : download.body;
  const target = out ? createWriteStream(out) : process.stdout;
  await pipeline(Readable.from(body), target, { end: Boolean(out) });
  return out ? `Exported ${email} (${format}) to ${out}.` : '';
}

/**
 * Imports a file into a person's account, in this process, as the server's job would (checked
 * whole, then written in one transaction), with a progress bar; prints the summary.
 */
export async function importFile(db: Db, email: string, format: string, file: string) {
  const formats = importableFormats();
  if (
    !(IMPORT_FORMATS as readonly string[]).includes(format) ||
    !formats.includes(format as ImportFormat)
  ) {
    throw new UsageError(`--format must be one of ${formats.join(', ')}.`, 'import');
  }
  try {
    await access(file);
  } catch {
    throw new CliError(`There is no file at ${file}.`);
  }
  const userId = await personOf(db, email);
  const fileName = path.basename(file);
  const importId = await createImport(db, userId, format as ImportFormat, fileName);
  const bar = progressBar(`Importing ${fileName}`);
  try {
    await runImport(
      db,
      { importId, userId, format: format as ImportFormat, fileName, path: file },
      (p) => bar.update(p),
    );
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
  } finally {
    bar.done();
  }
  const row = await db
    .selectFrom('imports')
    .selectAll()
    .where('id', '=', importId)
    .executeTakeFirstOrThrow();
  if (row.status !== 'done') throw new CliError(`The import failed: ${row.error ?? 'unknown'}`);
  const rejected = JSON.parse(row.rejected) as { item: string; reason: string }[];
  return [
    `Imported ${fileName} for ${email}: ${row.created} created, ${row.skipped} already there, ${row.rejectedCount} left out.`,
    ...rejected.slice(0, 20).map((r) => `  left out: ${r.item}: ${r.reason}`),
    ...(row.rejectedCount > 20 ? [`  … and ${row.rejectedCount - 20} more`] : []),
  ].join('\n');
}
