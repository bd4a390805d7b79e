import { type Expression, type SqlBool, sql } from 'kysely';
import { INVALID_CURSOR } from '../../../contracts/common';
import type { ReflectionQuery } from '../../../contracts/reflections';
import { toPage } from '../../../core/pagination';
import { type SnippetPart, searchTerms } from '../../../core/search-text';
import type { Db } from '../../db/database';
import { searchDocuments } from '../../db/search-index';
import { badRequest } from '../../errors';
import { reflectionColumns, type ReflectionRow } from './commands';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export type SearchHit = ReflectionRow & { snippet: SnippetPart[] | null };

/**
 * A person's reflections, filtered; with `q`, a full-text search ranked by relevance (BM25
 * over the person's documents on SQLite, ts_rank on PostgreSQL) with highlighted snippets, every word matched as a
 * prefix so results come as the person types, through the one search index (`db/search-index`).
 * Without `q`, newest first.
 */
export async function searchReflections(
  db: Db,
  userId: string,
  query: ReflectionQuery,
): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
  const terms = query.q ? searchTerms(query.q) : [];
  const { cursor } = query;
  // A list pages by time and a search by rank: a cursor of the other kind is from another query.
  if (cursor !== undefined && (typeof cursor === 'number') !== terms.length > 0) {
    throw badRequest('validation_failed', 'This cursor belongs to another search.', [
      { path: ['cursor'], message: INVALID_CURSOR },
    ]);
  }
  const filters = (ref: (column: string) => Expression<unknown>): Expression<SqlBool>[] => {
    const where: Expression<SqlBool>[] = [sql<SqlBool>`${ref('user_id')} = ${userId}`];
    if (query.from) where.push(sql<SqlBool>`${ref('date')} >= ${query.from}`);
    if (query.to) where.push(sql<SqlBool>`${ref('date')} <= ${query.to}`);
    if (query.kind) where.push(sql<SqlBool>`${ref('kind')} = ${query.kind}`);
    if (query.tag)
      where.push(sql<SqlBool>`${ref('tags')} like ${`%"${escapeLike(query.tag)}"%`} escape '\\'`);
    if (query.emotion) {
      where.push(
        sql<SqlBool>`${ref('emotions')} like ${`%"${escapeLike(query.emotion)}"%`} escape '\\'`,
      );
    }
    return where;
  };

  if (terms.length === 0) {
    let select = db
      .selectFrom('reflections')
      .select(reflectionColumns)
      .where(({ and }) => and(filters((c) => sql.ref(`reflections.${c}`))))
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (typeof cursor === 'object') {
      const { at, id } = cursor;
      select = select.where(({ or, and, eb }) =>
        or([eb('at', '<', at), and([eb('at', '=', at), eb('id', '<', id)])]),
      );
    }
    const page = toPage(await select.execute(), query.limit, 'timed', (row) => row);
    return {
      items: page.items.map((row) => ({ ...row, snippet: null })),
      nextCursor: page.nextCursor,
    };
  }

  const found = await searchDocuments(db, userId, {
    terms,
    limit: query.limit,
    offset: typeof cursor === 'number' ? cursor : 0,
    types: ['reflection'],
    within: (itemId) =>
      sql<SqlBool>`${itemId} in (select r.id from reflections r where ${sql.join(
        filters((c) => sql.ref(`r.${c}`)),
        sql` and `,
      )})`,
  });
  const rows = await db
    .selectFrom('reflections')
    .select(reflectionColumns)
    .where('userId', '=', userId)
    .where('id', 'in', found.items.map((hit) => hit.itemId).concat(''))
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    items: found.items.flatMap((hit) => {
      const row = byId.get(hit.itemId);
      return row ? [{ ...row, snippet: hit.snippet }] : [];
    }),
    nextCursor: found.nextCursor,
  };
}
