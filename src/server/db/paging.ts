import { type SelectQueryBuilder, sql } from 'kysely';
import type { PageQuery } from '../../contracts/common';
import { toPage } from '../../core/pagination';

/**
 * One page of a list ordered by id (ULIDs sort by creation time), newest first unless said:
 * `query` selects the rows (with their `id`) and filters them; this orders them by `column`
 * (the same id, as the query names it, e.g. `'e.id'`), starts after the cursor and reads one row
 * more than the page to know whether another follows.
 *
 * @example
 * const { items, nextCursor } = await pageById(
 *   db.selectFrom('accessLog').select(['id', 'at']).where('ownerId', '=', userId),
 *   'accessLog.id',
 *   request.query,
 * );
 */
export async function pageById<DB, TB extends keyof DB, O extends { id: string }>(
  query: SelectQueryBuilder<DB, TB, O>,
  column: string,
  page: PageQuery,
  order: 'asc' | 'desc' = 'desc',
) {
  const id = sql.ref(column);
  let select = query.orderBy(id, order).limit(page.limit + 1);
  if (page.cursor !== undefined) {
    select = select.where(id, order === 'desc' ? '<' : '>', page.cursor);
  }
  return toPage(await select.execute(), page.limit, 'id', (row) => row.id);
}

/**
 * One page of whole items ordered by id: `ids` selects and filters their ids (as `pageById`),
 * and `load` reads each as its reader sees it, so a module's rule of what a person may see stays
 * in its one `load…` function.
 */
export async function pageLoaded<DB, TB extends keyof DB, T>(
  ids: SelectQueryBuilder<DB, TB, { id: string }>,
  column: string,
  page: PageQuery,
  load: (id: string) => Promise<T>,
  order: 'asc' | 'desc' = 'desc',
) {
  const { items, nextCursor } = await pageById(ids, column, page, order);
  return { items: await Promise.all(items.map((row) => load(row.id))), nextCursor };
}
