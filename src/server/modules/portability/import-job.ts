import type { ImportFormat, RejectedItem } from '../../../contracts/portability';
import { ARCHIVE_SECTIONS } from '../../../contracts/portability-archive';
import type { Db } from '../../db/database';
import { timeZoneOf } from '../../db/people';
import { recordActivity } from '../statistics/activity';
import { sectionOf } from './archive-sections';
import {
  claimImport,
  failImport,
  finishImport,
  type ImportOutcome,
  importWriter,
  MAX_REJECTED_KEPT,
  updateImport,
  type ValidItem,
} from './commands';
import { dayOneImporter } from './importers/dayone';
import { goodreadsImporter } from './importers/goodreads';
import { loopImporter } from './importers/loop';
import { markdownImporter } from './importers/markdown';
import { praxisImporter } from './importers/praxis';
import type { Importer, SourceItem } from './importers/source-item';
import { ImportFileError } from './sources';
import { dropUpload } from './uploads';

const IMPORTERS: Partial<Record<ImportFormat, Importer>> = {
  praxis: praxisImporter,
  dayone: dayOneImporter,
  loop: loopImporter,
  goodreads: goodreadsImporter,
  markdown: markdownImporter,
};

/** The formats this server can import now. */
export const importableFormats = () => Object.keys(IMPORTERS) as ImportFormat[];

/** Share of the progress bar the first pass (reading and checking) takes. */
const CHECKED = 0.3;

export type ImportJob = {
  importId: string;
  userId: string;
  format: ImportFormat;
  /** The file on this machine's disk (the caller removes it). */
  path: string;
  fileName: string;
};

/** An item checked against its section's schema, or why it was left out. */
function checked(item: SourceItem): ValidItem | RejectedItem {
  if ('rejected' in item) return item.rejected;
  const leftOut = sectionOf(item.section).exportOnly;
  if (leftOut) return { item: item.label, reason: leftOut };
  const parsed = ARCHIVE_SECTIONS[item.section].safeParse(item.record);
  if (parsed.success) {
    return { section: item.section, key: item.key, record: parsed.data as Record<string, unknown> };
  }
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { item: item.label, reason: `${where}${issue?.message ?? 'Not valid.'}` };
}

/**
 * Runs one import: reads the file once to check it whole (a file that cannot be read fails
 * before anything is written), then again to write every valid item in one transaction, so a
 * failure keeps nothing. `live` is told the progress (0..1) as it goes, for a status asked while
 * the write transaction holds the database. The import ends (done or failed) in the transaction
 * that forgets its kept file, so a job run again after a crash finds it either ended or untouched.
 */
export async function runImport(db: Db, job: ImportJob, live: (progress: number) => void) {
  const importer = IMPORTERS[job.format];
  try {
    if (!importer) throw new ImportFileError(`Imports from ${job.format} are not ready yet.`);
    const context = { timeZone: await timeZoneOf(db, job.userId), fileName: job.fileName };
    await updateImport(db, job.importId, { status: 'running', progress: 0 });
    let total = 0;
    for await (const item of importer(job.path, context)) {
      total += 1;
      if (total % 1000 === 0) live(CHECKED / 2);
      void item;
    }
    await updateImport(db, job.importId, { progress: CHECKED });
    live(CHECKED);

    const outcome: ImportOutcome = { created: 0, skipped: 0, rejected: [], rejectedCount: 0 };
    await db.transaction().execute(async (trx) => {
      if (!(await claimImport(trx, job.importId))) return;
      const write = importWriter(trx, job.userId, job.importId, job.format);
      let done = 0;
      for await (const item of importer(job.path, context)) {
        const valid = checked(item);
        if ('reason' in valid) {
          outcome.rejectedCount += 1;
          if (outcome.rejected.length < MAX_REJECTED_KEPT) outcome.rejected.push(valid);
        } else {
          outcome[await write(valid)] += 1;
        }
        done += 1;
        if (done % 100 === 0) live(CHECKED + ((1 - CHECKED) * done) / Math.max(total, done));
      }
      if (outcome.created > 0) await recordActivity(trx, job.userId);
      await finishImport(trx, job.importId, { outcome });
      await dropUpload(trx, job.importId);
    });
  } catch (error) {
    const message =
      error instanceof ImportFileError
        ? error.message
        : 'The import failed on our side; nothing of it was kept. Please try again.';
    await failImport(db, job.importId, message);
    if (!(error instanceof ImportFileError)) throw error;
  }
}
