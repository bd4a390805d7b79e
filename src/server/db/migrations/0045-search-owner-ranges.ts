import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database';
import {
  COLUMNS,
  documentValues,
  forget,
  keepIndexOfDocuments,
  type Kind,
  kinds,
  SHARED_COLUMNS,
} from './0029-search-documents';

/**
 * SQLite: each person's search documents contiguous (decision 0066). A person gets a number in
 * `search_owners` with their first document, and their documents' key `seq` — the FTS5 rowid —
 * is taken from their own range, number × 2^24 and up, in the order they are written. A search
 * then reads one range of the index's postings (`rowid between`) and one range of
 * `search_documents`, its rows side by side in the file, instead of rows from everywhere.
 * Every document written before is carried into its author's range, in the order it was
 * written, and the FTS5 index is built again from them. And the index's words are read one at
 * a time (`search_documents_words`, fts5vocab 'instance', which stops at a word's first
 * occurrence) instead of through 0044's 'row' view, which counts every occurrence of each word it
 * passes. PostgreSQL reads by owner already (0034): nothing to do there.
 */

/** How many keys a person's range holds: 2^24 (16,777,216 documents written, edits included). */
export const OWNER_RANGE = 16_777_216;

/** The next key of the person numbered `o.number`; a full range stops the write. */
export const NEXT_SEQ = `(select case
    when s.seq >= (o.number + 1) * ${OWNER_RANGE} - 1 then raise(abort, 'search documents: owner range full')
    when s.seq >= o.number * ${OWNER_RANGE} then s.seq + 1
    else o.number * ${OWNER_RANGE} end
  from (select coalesce((select d.seq from search_documents d
    where d.seq < (o.number + 1) * ${OWNER_RANGE} order by d.seq desc limit 1), 0) as seq) s)`;

/**
 * The statement that gives the author of a kind's row `new` their number, with their first
 * document. Not `insert or ignore`: a trigger's conflict clause gives way to the outer
 * statement's, and a foreign key's `set null` (a belief whose reflection goes) would then abort.
 */
export function numberOwner(kind: Kind): string {
  const when = kind.when ? ` and ${kind.when}` : '';
  return `insert into search_owners (user_id) select ${kind.user} where ${kind.user} is not null${when}
      and not exists (select 1 from search_owners where user_id = ${kind.user});`;
}

/** The statements that write a kind's document from the row `new` into its author's range. */
function remember(kind: Kind): string {
  const when = kind.when ? ` and ${kind.when}` : '';
  return `${numberOwner(kind)}
    insert into search_documents (seq, ${COLUMNS})
    select ${NEXT_SEQ}, ${documentValues(kind, 'sqlite').join(', ')}
    from search_owners o where o.user_id = ${kind.user}${when};`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`create table search_owners (
    number integer primary key autoincrement,
    user_id text not null unique references users (id) on delete cascade)`.execute(db);
  await sql`insert into search_owners (user_id)
    select user_id from search_documents group by user_id order by min(seq)`.execute(db);
  for (const kind of kinds) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql.raw(`drop trigger search_${kind.table}_${event}`).execute(db);
    }
  }
  // Each person's documents into their range, in the order they were written.
  await sql`create table search_documents_ranged (
    seq integer primary key,
    ${SHARED_COLUMNS}
    unique (type, item_id))`.execute(db);
  await sql
    .raw(
      `insert into search_documents_ranged (seq, ${COLUMNS})
      select o.number * ${OWNER_RANGE} + row_number() over (partition by d.user_id order by d.seq) - 1,
        ${COLUMNS.split(', ')
          .map((c) => `d.${c}`)
          .join(', ')}
      from search_documents d join search_owners o on o.user_id = d.user_id
      order by 1`,
    )
    .execute(db);
  await sql`drop table search_documents`.execute(db);
  await sql`alter table search_documents_ranged rename to search_documents`.execute(db);
  await sql`create index search_documents_user_at on search_documents (user_id, at)`.execute(db);
  await keepIndexOfDocuments(db);
  await sql`insert into search_documents_fts (search_documents_fts) values ('rebuild')`.execute(db);
  await sql`create virtual table search_documents_words
    using fts5vocab(search_documents_fts, 'instance')`.execute(db);
  for (const kind of kinds) {
    const name = `search_${kind.table}`;
    const write = (event: string, body: string) =>
      sql
        .raw(`create trigger ${name}_${event} after ${event} on ${kind.table} begin ${body} end`)
        .execute(db);
    await write('insert', remember(kind));
    await write('update', `${forget(kind)} ${remember(kind)}`);
    await write('delete', forget(kind));
  }
}
