import { type CheckInSummary, extendSummary, summarizeCheckIns } from '../../core/check-in-summary';
import type { CheckIn, Schedule } from '../../core/practice';
import { compiledOnce } from './compiled-once';
import { type Db, dialectOf } from './database';

/**
 * The kept summary of each practice's check-ins (`check_in_summaries`, migration 0042): every
 * writer of check-ins keeps it true inside its own transaction, through this file, so that Today
 * and the practices list read one row per practice instead of every check-in
 * (docs/decisions/0050-check-in-summaries.md). Shared here, below the modules, because practices,
 * imports and the seed all write check-ins.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   const { schedule, previous } = await lockPractice(trx, practiceId, date);
 *   // … write the check-in …
 *   await keepSummaryAfterCheckIn(trx, practiceId, schedule, { date, status }, previous);
 * });
 */

const columns = [
  'lastDate',
  'strength',
  'recentDone',
  'run',
  'best',
  'weekDone',
  'weekSkipped',
] as const;

/** The row of a practice's summary, as the table keeps it. */
export const summaryRow = (practiceId: string, summary: CheckInSummary) => ({
  practiceId,
  ...summary,
});

async function readSummary(trx: Db, practiceId: string): Promise<CheckInSummary | null> {
  return (
    (await trx
      .selectFrom('checkInSummaries')
      .select(columns)
      .where('practiceId', '=', practiceId)
      .executeTakeFirst()) ?? null
  );
}

async function writeSummary(trx: Db, practiceId: string, summary: CheckInSummary | null) {
  if (!summary) {
    await trx.deleteFrom('checkInSummaries').where('practiceId', '=', practiceId).execute();
    return;
  }
  await trx
    .insertInto('checkInSummaries')
    .values(summaryRow(practiceId, summary))
    .onConflict((oc) => oc.column('practiceId').doUpdateSet(summary))
    .execute();
}

/**
 * Locks a practice for a change of its check-ins or schedule until the caller's transaction ends
 * (PostgreSQL: `for no key update`, which the check-ins' foreign keys do not wait on; SQLite's one
 * writer needs none), and tells its schedule and the status its check-in on `date` has now, if
 * any. Two check-ins of one practice at once thus move its summary one after the other.
 */
export async function lockPractice(
  trx: Db,
  practiceId: string,
  date: string | null,
): Promise<{ schedule: Schedule; previous: CheckIn['status'] | null }> {
  let query = trx.selectFrom('practices').select('schedule').where('id', '=', practiceId);
  if (dialectOf(trx) === 'postgres') query = query.forNoKeyUpdate();
  const { schedule } = await query.executeTakeFirstOrThrow();
  const row =
    date === null
      ? undefined
      : await trx
          .selectFrom('practiceCheckins')
          .select('status')
          .where('practiceId', '=', practiceId)
          .where('date', '=', date)
          .executeTakeFirst();
  return { schedule: JSON.parse(schedule) as Schedule, previous: row?.status ?? null };
}

/**
 * Makes a practice's summary again from all its check-ins (none: no row), in the caller's
 * transaction: after an undo, a check-in on or before the last one, a new schedule, an import.
 */
export async function summarizePractice(trx: Db, practiceId: string, schedule?: Schedule) {
  const [practice, checkIns] = await Promise.all([
    schedule
      ? { schedule }
      : trx
          .selectFrom('practices')
          .select('schedule')
          .where('id', '=', practiceId)
          .executeTakeFirstOrThrow()
          .then((row) => ({ schedule: JSON.parse(row.schedule) as Schedule })),
    trx
      .selectFrom('practiceCheckins')
      .select(['date', 'status'])
      .where('practiceId', '=', practiceId)
      .orderBy('date')
      .execute(),
  ]);
  await writeSummary(trx, practiceId, summarizeCheckIns(practice.schedule, checkIns));
}

/**
 * Keeps a practice's summary true after `checkIn` was written over `previous` (the status that
 * day had, or null), in the caller's transaction: a check-in after the last one moves the summary
 * on in a few steps; one on or before it (back-dated, or a day changed) makes it again from the
 * check-ins, since every later day's strength depends on it; the same status again changes
 * nothing.
 */
export async function keepSummaryAfterCheckIn(
  trx: Db,
  practiceId: string,
  schedule: Schedule,
  checkIn: CheckIn,
  previous: CheckIn['status'] | null,
) {
  if (previous === checkIn.status) return;
  const summary = previous === null ? await readSummary(trx, practiceId) : undefined;
  if (summary !== undefined && (summary === null || checkIn.date > summary.lastDate)) {
    await writeSummary(trx, practiceId, extendSummary(schedule, summary, checkIn));
  } else {
    await summarizePractice(trx, practiceId, schedule);
  }
}

const summaryRows = compiledOnce((db: Db, practiceIds: readonly string[]) =>
  db
    .selectFrom('checkInSummaries')
    .select(['practiceId', ...columns])
    .where('practiceId', 'in', practiceIds),
);

/** The summaries of some practices, by practice id (a practice without check-ins has none). */
export async function summariesOf(
  db: Db,
  practiceIds: readonly string[],
): Promise<Map<string, CheckInSummary>> {
  if (practiceIds.length === 0) return new Map();
  const rows = await summaryRows(db, practiceIds);
  return new Map(rows.map(({ practiceId, ...summary }) => [practiceId, summary]));
}
