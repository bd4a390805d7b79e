import type { LearningQuery } from '../../../contracts/learning';
import { hoursOf, minutesByAspiration, monthsEnding } from '../../../core/learning-hours';
import { toPage } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { learningItemColumns } from './commands';

/** The title of the series of time on items linked to no aspiration. */
const NOT_LINKED = 'Not linked';

/** A page of a person's learning items, newest first, by status, kind or aspiration served. */
export async function listLearningItems(db: Db, userId: string, query: LearningQuery) {
  const { status, kind, aspirationId, limit, cursor } = query;
  let select = db
    .selectFrom('learningItems')
    .select(learningItemColumns)
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (status) select = select.where('status', '=', status);
  if (kind) select = select.where('kind', '=', kind);
  if (aspirationId) {
    select = select.where('id', 'in', (eb) =>
      eb
        .selectFrom('learningItemAspirations')
        .select('learningItemId')
        .where('aspirationId', '=', aspirationId),
    );
  }
  if (cursor !== undefined) select = select.where('id', '<', cursor);
  return toPage(await select.execute(), limit, 'id', (row) => row.id);
}

/**
 * A person's hours of learning in each of the `count` months that end with `today`'s, one series
 * per aspiration served (an item serving two counts for both) and one for items serving none.
 */
export async function learningHours(db: Db, userId: string, today: string, count: number) {
  const months = monthsEnding(today, count);
  const [sessions, links] = await Promise.all([
    db
      .selectFrom('learningSessions as s')
      .innerJoin('learningItems as i', 'i.id', 's.learningItemId')
      .select(['s.learningItemId', 's.date', 's.minutes'])
      .where('i.userId', '=', userId)
      .where('s.date', '>=', `${months[0]}-01`)
      .execute(),
    db
      .selectFrom('learningItemAspirations as l')
      .innerJoin('learningItems as i', 'i.id', 'l.learningItemId')
      .innerJoin('aspirations as a', 'a.id', 'l.aspirationId')
      .select(['l.learningItemId', 'l.aspirationId', 'a.title'])
      .where('i.userId', '=', userId)
      .execute(),
  ]);
  const servedBy = new Map<string, string[]>();
  const titles = new Map<string, string>();
  for (const link of links) {
    servedBy.set(link.learningItemId, [
      ...(servedBy.get(link.learningItemId) ?? []),
      link.aspirationId,
    ]);
    titles.set(link.aspirationId, link.title);
  }
  const series = minutesByAspiration(
    sessions.map((s) => ({
      date: s.date,
      minutes: s.minutes,
      aspirationIds: servedBy.get(s.learningItemId) ?? [],
    })),
    months,
  );
  return {
    months,
    series: series.map((s) => ({
      aspirationId: s.aspirationId,
      title: s.aspirationId === null ? NOT_LINKED : (titles.get(s.aspirationId) ?? ''),
      hours: s.minutes.map(hoursOf),
    })),
  };
}
