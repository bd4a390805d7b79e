import { type Expression, type SqlBool, sql } from 'kysely';
import { INVALID_CURSOR } from '../../../contracts/common';
import type { ReflectionQuery } from '../../../contracts/reflections';
import { MAX_SEARCH_OFFSET, encodeCursor, toPage } from '../../../core/pagination';
import { type Db, dialectOf } from '../../db/database';
import { badRequest } from '../../errors';
import { reflectionColumns, type ReflectionRow } from './commands';

/** At most this many words of a query are searched for. */
const MAX_TERMS = 8;
const MARK_START = '\u0001';
const MARK_END = '\u0002';

/** The words of a search as the index sees them: letters and digits only, at most eight. */
export function searchTerms(q: string): string[] {
  return [...new Set((q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS))];
}

/** A highlighted snippet, split into plain and highlighted parts (no HTML ever). */
export function snippetParts(marked: string): { text: string; highlight: boolean }[] {
  const parts: { text: string; highlight: boolean }[] = [];
  for (const [index, chunk] of marked.split(MARK_START).entries()) {
    const [hit, rest] =
      index === 0
        ? [null, chunk]
        : [chunk.split(MARK_END)[0] ?? '', chunk.split(MARK_END).slice(1).join('')];
    if (hit) parts.push({ text: hit, highlight: true });
    if (rest) parts.push({ text: rest, highlight: false });
  }
  return parts;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export type SearchHit = ReflectionRow & { snippet: string | null };

/**
 * A person's reflections, filtered; with `q`, a full-text search ranked by relevance (FTS5's
 * bm25 on SQLite, ts_rank on PostgreSQL) with highlighted snippets, every word matched as a
 * prefix so results come as the person types. Without `q`, newest first.
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

  const offset = typeof cursor === 'number' ? cursor : 0;
  const columns = sql.join(
    reflectionColumns.map((c) => sql.ref(`r.${c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`)}`)),
  );
  const where = sql.join(
    filters((c) => sql.ref(`r.${c}`)),
    sql` and `,
  );
  let rows: (Record<string, unknown> & { snippet: string })[];
  if (dialectOf(db) === 'postgres') {
    const tsquery = terms.map((t) => `${t}:*`).join(' & ');
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
    rows = (
      await sql<Record<string, unknown> & { snippet: string }>`
        select ${columns},
          ts_headline('simple', r.body, to_tsquery('simple', ${tsquery}), ${options}) as snippet
        from reflections r
        where r.search @@ to_tsquery('simple', ${tsquery}) and ${where}
        order by ts_rank(r.search, to_tsquery('simple', ${tsquery})) desc, r.at desc, r.id desc
        limit ${query.limit + 1} offset ${offset}`.execute(db)
    ).rows;
  } else {
    const match = `{title body} : (${terms.map((t) => `"${t}"*`).join(' AND ')})`;
    rows = (
      await sql<Record<string, unknown> & { snippet: string }>`
        select ${columns},
          snippet(reflections_fts, 3, ${MARK_START}, ${MARK_END}, '…', 24) as snippet
        from reflections_fts f join reflections r on r.id = f.reflection_id
        where reflections_fts match ${match} and ${where}
        order by bm25(reflections_fts, 0, 0, 4.0, 1.0), r.at desc, r.id desc
        limit ${query.limit + 1} offset ${offset}`.execute(db)
    ).rows;
  }
  const toRow = (raw: Record<string, unknown>): SearchHit =>
    Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [
        k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
        v,
      ]),
    ) as unknown as SearchHit;
  const items = rows.slice(0, query.limit).map(toRow);
  return {
    items,
    nextCursor:
      rows.length > query.limit && offset + query.limit <= MAX_SEARCH_OFFSET
        ? encodeCursor('offset', offset + query.limit)
        : null,
  };
}
