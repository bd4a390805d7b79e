import type { PracticeQuery } from '../../../contracts/practices';
import { toPage } from '../../../core/pagination';
import { compiledOnce } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import { figuresOn, type PracticeFigures } from '../../../core/check-in-summary';
import { summariesOf } from '../../db/check-in-summaries';
import {
  type CheckInRow,
  loadCheckIns,
  practiceColumns,
  type PracticeRow,
  scheduleOf,
} from './commands';
import { figuresFrom } from './presenters';

/** A page of a person's practices, oldest first: the live ones, the archived ones, or all. */
export async function listPractices(db: Db, userId: string, query: PracticeQuery) {
  let select = db
    .selectFrom('practices')
    .select(practiceColumns)
    .where('userId', '=', userId)
    .orderBy('id')
    .limit(query.limit + 1);
  if (query.archived !== 'all') {
    select = select.where('archivedAt', query.archived === 'true' ? 'is not' : 'is', null);
  }
  if (query.cursor !== undefined) select = select.where('id', '>', query.cursor);
  return toPage(await select.execute(), query.limit, 'id', (row) => row.id);
}

/**
 * Strength and streaks of some practices on `today`, from their kept summaries: one row per
 * practice, whatever the length of its history. A practice whose last check-in is after `today`
 * (its person's time zone moved back) is computed from its check-ins instead.
 */
export async function figuresOf(
  db: Db,
  rows: readonly PracticeRow[],
  today: string,
): Promise<Map<string, PracticeFigures>> {
  const summaries = await summariesOf(
    db,
    rows.map((row) => row.id),
  );
  const figures = new Map<string, PracticeFigures>();
  const ahead: PracticeRow[] = [];
  for (const row of rows) {
    const kept = figuresOn(scheduleOf(row), summaries.get(row.id) ?? null, today);
    if (kept) figures.set(row.id, kept);
    else ahead.push(row);
  }
  if (ahead.length > 0) {
    const checkIns = await loadCheckIns(
      db,
      ahead.map((row) => row.id),
    );
    for (const row of ahead) {
      const own = checkIns.filter((c) => c.practiceId === row.id);
      figures.set(row.id, figuresFrom(row, own, today));
    }
  }
  return figures;
}

/** The check-ins of some practices from `since` through `until`, with their notes, by date. */
export async function checkInsBetween(
  db: Db,
  practiceIds: readonly string[],
  since: string,
  until: string,
): Promise<CheckInRow[]> {
  if (practiceIds.length === 0) return [];
  return checkInRowsBetween(db, practiceIds, since, until);
}

const checkInRowsBetween = compiledOnce(
  (db: Db, practiceIds: readonly string[], since: string, until: string) =>
    db
      .selectFrom('practiceCheckins')
      .select(['practiceId', 'date', 'status', 'note'])
      .where('practiceId', 'in', practiceIds)
      .where('date', '>=', since)
      .where('date', '<=', until)
      .orderBy('date'),
);
