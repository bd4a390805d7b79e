import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { MAX_SEARCH_OFFSET, encodeCursor } from '../../core/pagination';
import { bm25, type SnippetPart, snippetOf, termCounts } from '../../core/search-text';
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

/** A prefix is searched as the words of the index it starts when they are at most this many. */
export const MAX_PREFIX_WORDS = 64;
/** FTS5's weights of the columns user_id, title and body. */
const TITLE_WEIGHT = 4;

type Candidate = Ranked & { seq: number; at: string };

/** A word of the index as an FTS5 string. */
const quoted = (word: string) => `"${word.replaceAll('"', '""')}"`;

/**
 * The FTS5 phrase of a search term, which matches the words it starts. FTS5 answers a prefix
 * query (`"tod"*`) by merging the postings of every person's words with that prefix; the words
 * themselves, read from the index's vocabulary, are seeks in the searcher's postings instead. A
 * term the vocabulary's byte order cannot bound (not plain ASCII: the index folds diacritics) or
 * with very many words stays a prefix query. `null`: no word of the index starts with it.
 */
async function phraseOf(db: Db, term: string): Promise<string | null> {
  if (!/^[a-z0-9]+$/.test(term)) return `${quoted(term)}*`;
  const words = (
    await sql<{ term: string }>`
      select term from search_documents_vocab
      where term >= ${term} and term < ${`${term}\u{10FFFF}`}
      limit ${MAX_PREFIX_WORDS + 1}`.execute(db)
  ).rows.map((row) => row.term);
  if (words.length === 0) return null;
  if (words.length > MAX_PREFIX_WORDS) return `${quoted(term)}*`;
  return `(${words.map(quoted).join(' OR ')})`;
}

/**
 * SQLite: the searcher's matching documents, ranked by BM25 over the searcher's own writing
 * (decision 0052). FTS5's `bm25()` counts, for each term, the documents of the whole table that
 * hold it; here the collection is the person's documents: their number, how many hold each
 * term, and each match's words counted in its title (weighing 4) and text (1), as `bm25()`
 * weighs them, against the matches' mean length. Then newest first; `take` rows from `offset`.
 */
async function sqliteRanked(
  db: Db,
  userId: string,
  terms: string[],
  joined: boolean,
  also: RawBuilder<unknown>,
  take: number,
  offset: number,
): Promise<Ranked[]> {
  const phrases: string[] = [];
  for (const term of terms) {
    const phrase = await phraseOf(db, term);
    if (phrase === null) return [];
    phrases.push(phrase);
  }
  // The author's id is a token of the index, so only their postings are read.
  const owner = `user_id : ${quoted(userId)}`;
  const matching = (...parts: string[]) => `${owner} AND {title body} : (${parts.join(' AND ')})`;
  const count = async (match: string) =>
    Number(
      (
        await sql<{ n: number }>`
          select count(*) as n from search_documents_fts
          where search_documents_fts match ${match}`.execute(db)
      ).rows[0]?.n ?? 0,
    );
  const candidates = (
    await sql<Candidate>`
      select d.seq, d.type, d.item_id, d.page_id, d.title, d.body, d.date, d.at
      from search_documents_fts f
      join search_documents d on d.seq = f.rowid
      where search_documents_fts match ${matching(...phrases)}${also}`.execute(db)
  ).rows;
  if (candidates.length === 0) return [];
  const documents = await count(owner);
  const holding =
    phrases.length === 1 && !joined
      ? [candidates.length]
      : await Promise.all(phrases.map((phrase) => count(matching(phrase))));
  const counted = candidates.map((row) => {
    const title = termCounts(row.title, terms);
    const body = termCounts(row.body, terms);
    return {
      row,
      frequencies: title.counts.map((n, i) => TITLE_WEIGHT * n + body.counts[i]!),
      words: title.words + body.words,
    };
  });
  const meanWords = counted.reduce((sum, c) => sum + c.words, 0) / counted.length;
  const scored = counted.map((c) => ({
    row: c.row,
    score: bm25(c.frequencies, c.words, { documents, holding, meanWords }),
  }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.row.at < b.row.at ? 1 : a.row.at > b.row.at ? -1 : 0) ||
      b.row.seq - a.row.seq,
  );
  return scored.slice(offset, offset + take).map((s) => s.row);
}

/**
 * A person's documents that hold every term, most relevant first (BM25 over the person's own
 * documents on SQLite, ts_rank on PostgreSQL; the title weighs more than the text), then newest; a page of them with
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
    rows = await sqliteRanked(db, userId, terms, conditions.length > 0, also, limit + 1, offset);
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
