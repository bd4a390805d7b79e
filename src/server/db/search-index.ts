import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { MAX_SEARCH_OFFSET, encodeCursor } from '../../core/pagination';
import { bm25, type SnippetPart, snippetOf, termFinder } from '../../core/search-text';
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

/**
 * What ranking reads of each match: its words, counted as it was written (migration 0046); the
 * page's own rows are read afterwards.
 */
type Candidate = { seq: number; title: string; body: string; at: string; words: number };

/** Whether a text is plain ASCII: its UTF-8 is as long as it is (3× faster than a pattern). */
const isAscii = (text: string) => Buffer.byteLength(text) === text.length;

/** How many keys of `search_documents` each person's range holds (migration 0045). */
const OWNER_RANGE = 2n ** 24n;

/** A word of the index as an FTS5 string. */
const quoted = (word: string) => `"${word.replaceAll('"', '""')}"`;

/**
 * The FTS5 phrase of a search term, which matches the words it starts. FTS5 answers a prefix
 * query (`"tod"*`) by merging the postings of every person's words with that prefix; the words
 * themselves, read from the index's vocabulary, are seeks in the searcher's postings instead. A
 * term the vocabulary's byte order cannot bound (not plain ASCII: the index folds diacritics) or
 * with very many words stays a prefix query. `null`: no word of the index starts with it.
 *
 * The words are read one at a time, each the first word of the vocabulary after the one before
 * (`char(1)` sorts below every byte of a word), from fts5vocab 'instance' (migration 0045),
 * which stops at a word's first occurrence: nothing here reads a word's occurrences, so the
 * lookup does not grow with how often everyone used the word (decision 0066).
 */
async function phraseOf(db: Db, term: string): Promise<string | null> {
  if (!/^[a-z0-9]+$/.test(term)) return `${quoted(term)}*`;
  const end = `${term}\u{10FFFF}`;
  const words = (
    await sql<{ term: string }>`
      with recursive word (term, n) as (
        select (select term from search_documents_words where term >= ${term} and term < ${end} limit 1), 1
        union all
        select (select term from search_documents_words where term >= word.term || char(1) and term < ${end} limit 1), n + 1
        from word where word.term is not null and n <= ${MAX_PREFIX_WORDS}
      )
      select term from word where term is not null`.execute(db)
  ).rows.map((row) => row.term);
  if (words.length === 0) return null;
  if (words.length > MAX_PREFIX_WORDS) return `${quoted(term)}*`;
  return `(${words.map(quoted).join(' OR ')})`;
}

/**
 * The first `count` of `items` in the order of `compare` (a total order), as sorting them all
 * would give: a page of a ranking of thousands is kept by insertion, most items compared once.
 */
function firstSorted<T>(items: T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count * 8 >= items.length) return items.sort(compare).slice(0, count);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count) {
      if (compare(item, best[count - 1]!) >= 0) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, item);
  }
  return best;
}

/**
 * SQLite: the searcher's matching documents, ranked by BM25 over the searcher's own writing
 * (decision 0052). FTS5's `bm25()` counts, for each term, the documents of the whole table that
 * hold it; here the collection is the person's documents: their number, how many hold each
 * term, each term's words counted in a match's title (weighing 4) and text (1), as `bm25()`
 * weighs them, and the match's length (its words, kept with it) against the matches' mean. Then
 * newest first; `take` rows from `offset`.
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
  const owner = (
    await sql<{ number: number }>`
      select number from search_owners where user_id = ${userId}`.execute(db)
  ).rows[0];
  if (!owner) return [];
  // The person's range of keys (migration 0045), bound as integers: a JS number binds as a REAL,
  // and FTS5 then reads every person's postings.
  const first = BigInt(owner.number) * OWNER_RANGE;
  const inRange = (rowid: string) =>
    sql`${sql.ref(rowid)} between ${first} and ${first + OWNER_RANGE - 1n}`;
  const phrases: string[] = [];
  for (const term of terms) {
    const phrase = await phraseOf(db, term);
    if (phrase === null) return [];
    phrases.push(phrase);
  }
  // Their id is a token of the index too: a document outside the range is never theirs.
  const author = `user_id : ${quoted(userId)}`;
  const matching = (...parts: string[]) => `${author} AND {title body} : (${parts.join(' AND ')})`;
  const count = async (match: string) =>
    Number(
      (
        await sql<{ n: number }>`
          select count(*) as n from search_documents_fts
          where search_documents_fts match ${match} and ${inRange('rowid')}`.execute(db)
      ).rows[0]?.n ?? 0,
    );
  const candidates = (
    await sql<Candidate>`
      select d.seq, d.title, d.body, d.at, d.words
      from search_documents_fts f
      join search_documents d on d.seq = f.rowid
      where search_documents_fts match ${matching(...phrases)} and ${inRange('f.rowid')}${also}`.execute(
      db,
    )
  ).rows;
  if (candidates.length === 0) return [];
  // The person's documents are the rows of their range.
  const documents = Number(
    (
      await sql<{ n: number }>`
        select count(*) as n from search_documents where ${inRange('seq')}`.execute(db)
    ).rows[0]?.n ?? 0,
  );
  const holding =
    phrases.length === 1 && !joined
      ? [candidates.length]
      : await Promise.all(phrases.map((phrase) => count(matching(phrase))));
  const find = termFinder(terms);
  const counted = candidates.map((row) => {
    const inTitle = find(row.title, isAscii(row.title));
    const inBody = find(row.body, isAscii(row.body));
    return {
      row,
      frequencies: inTitle.map((n, i) => TITLE_WEIGHT * n + inBody[i]!),
      words: row.words,
    };
  });
  const meanWords = counted.reduce((sum, c) => sum + c.words, 0) / counted.length;
  const scored = counted.map((c) => ({
    row: c.row,
    score: bm25(c.frequencies, c.words, { documents, holding, meanWords }),
  }));
  const ranked = firstSorted(
    scored,
    offset + take,
    (a, b) =>
      b.score - a.score ||
      (a.row.at < b.row.at ? 1 : a.row.at > b.row.at ? -1 : 0) ||
      b.row.seq - a.row.seq,
  );
  const page = ranked.slice(offset).map((s) => s.row.seq);
  if (page.length === 0) return [];
  const rows = (
    await sql<Ranked & { seq: number }>`
      select seq, type, item_id, page_id, title, body, date from search_documents
      where seq in (${sql.join(page.map((seq) => BigInt(seq)))})`.execute(db)
  ).rows;
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return page.flatMap((seq) => bySeq.get(seq) ?? []);
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
