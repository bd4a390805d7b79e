import type { PracticeQuery } from '../../../contracts/practices';
import { toPage } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { practiceColumns } from './commands';

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
