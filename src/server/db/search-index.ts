import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { MAX_SEARCH_OFFSET, encodeCursor } from '../../core/pagination';
import { type SnippetPart, snippetOf } from '../../core/search-text';
import { type Db, dialectOf } from './database';

/**
 * The one search over everything a person wrote (`search_documents`, migration 0029; see
 * docs/decisions/0032-search.md). Its rows are kept by triggers on the source tables, so no
 * write calls anything here. `modules/search` answers `/api/search` with it; `modules/reflections`
 * searches its own list with it, narrowed to reflections that pass its filters.
 */

/** A found document: what it is, the page it opens, its title, date and snippet. */
export type SearchHit = {
  type: string;
  itemId: string;
  pageId: string;
  title: string;
  date: string;
  snippet: SnippetPart[];
};

export type SearchOptions = {
  /** Lower-case words (`core/search-text` `searchTerms`), at least one; each matches as a prefix. */
  terms: string[];
  limit: number;
  offset: number;
  /** Only these kinds of document. */
  types?: readonly string[];
  /** Only documents whose item id passes this condition (e.g. a module's filters). */
  within?: (itemId: Expression<string>) => Expression<SqlBool>;
};

type Ranked = {
  type: string;
  itemId: string;
  pageId: string;
  title: string;
  body: string;
  date: string;
};

/** The passage of the text that matches; when only the title does, the title. */
function passageOf(row: Ranked, terms: string[]): SnippetPart[] {
  const inBody = snippetOf(row.body, terms);
  return inBody.some((part) => part.highlight) || !row.title ? inBody : snippetOf(row.title, terms);
}

/**
 * A person's documents that hold every term, most relevant first (FTS5's bm25 on SQLite,
 * ts_rank on PostgreSQL; the title weighs more than the text), then newest; a page of them with
 * the cursor of the next (an offset, at most `MAX_SEARCH_OFFSET` deep).
 */
export async function searchDocuments(
  db: Db,
  userId: string,
  options: SearchOptions,
): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
  const { terms, limit, offset } = options;
  const conditions: RawBuilder<SqlBool>[] = [];
  if (options.types) {
    conditions.push(sql<SqlBool>`d.type in (${sql.join(options.types.map((t) => sql.lit(t)))})`);
  }
  if (options.within) conditions.push(sql<SqlBool>`${options.within(sql.ref('d.item_id'))}`);
  const also = conditions.length > 0 ? sql` and ${sql.join(conditions, sql` and `)}` : sql``;

  let rows: Ranked[];
  if (dialectOf(db) === 'postgres') {
    const query = terms.map((t) => `${t}:*`).join(' & ');
    rows = (
      await sql<Ranked>`
        select d.type, d.item_id, d.page_id, d.title, d.body, d.date
        from (
          select d.type, d.item_id, d.at, ts_rank(d.search, q) as score
          from search_documents d, to_tsquery('simple', ${query}) q
          where d.user_id = ${userId} and d.search @@ q${also}
          order by score desc, d.at desc, d.item_id desc
          limit ${limit + 1} offset ${offset}
        ) hit
        join search_documents d on d.type = hit.type and d.item_id = hit.item_id
        order by hit.score desc, hit.at desc, hit.item_id desc`.execute(db)
    ).rows;
  } else {
    // The author's id is a token of the index, so only their postings are read.
    const match = `user_id : "${userId}" AND {title body} : (${terms.map((t) => `"${t}"*`).join(' AND ')})`;
    rows = (
      await sql<Ranked>`
        select d.type, d.item_id, d.page_id, d.title, d.body, d.date
        from (
          select f.rowid as seq, bm25(search_documents_fts, 0, 4.0, 1.0) as score
          from search_documents_fts f
          ${conditions.length > 0 ? sql`join search_documents d on d.seq = f.rowid` : sql``}
          where search_documents_fts match ${match}${also}
          order by score, f.rowid desc
          limit ${limit + 1} offset ${offset}
        ) hit
        join search_documents d on d.seq = hit.seq
        order by hit.score, hit.seq desc`.execute(db)
    ).rows;
  }
  const items = rows.slice(0, limit).map((row) => ({
    type: row.type,
    itemId: row.itemId,
    pageId: row.pageId,
    title: row.title,
    date: row.date,
    snippet: passageOf(row, terms),
  }));
  return {
    items,
    nextCursor:
      rows.length > limit && offset + limit <= MAX_SEARCH_OFFSET
        ? encodeCursor('offset', offset + limit)
        : null,
  };
}
