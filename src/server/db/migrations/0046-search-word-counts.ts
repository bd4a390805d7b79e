import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database';
import { COLUMNS, documentValues, forget, type Kind, kinds } from './0029-search-documents';
import { NEXT_SEQ, numberOwner } from './0045-search-owner-ranges';

/**
 * SQLite: each search document's number of words kept beside it (`words`), counted by the
 * triggers as they write it with `word_count`, the function `openDatabase` gives every
 * connection (core/search-text `wordCount`). BM25 weighs a match by its length against the mean:
 * a search read every match's title and text to count their words, 2.7 ms of a common word's
 * 7 ms over 3,650 documents (docs/performance.md); now it reads the count, and finds only the
 * terms. The index's own update trigger fires only for its key and the columns it indexes, so filling the
 * counts leaves it alone. PostgreSQL ranks with ts_rank over its tsvector: nothing to do there.
 */

/** The statements that write a kind's document, with its count of words, into its author's range. */
function remember(kind: Kind): string {
  const when = kind.when ? ` and ${kind.when}` : '';
  const names = COLUMNS.split(', ');
  const values = documentValues(kind, 'sqlite').map((value, i) => `${value} as ${names[i]}`);
  return `${numberOwner(kind)}
    insert into search_documents (seq, ${COLUMNS}, words)
    select seq, ${COLUMNS}, word_count(title) + word_count(body) from (
      select ${NEXT_SEQ} as seq, ${values.join(', ')}
      from search_owners o where o.user_id = ${kind.user}${when});`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`alter table search_documents add column words integer`.execute(db);
  await sql`drop trigger search_documents_update`.execute(db);
  await sql`create trigger search_documents_update after update of seq, user_id, title, body on search_documents begin
    insert into search_documents_fts (search_documents_fts, rowid, user_id, title, body)
      values ('delete', old.seq, old.user_id, old.title, old.body);
    insert into search_documents_fts (rowid, user_id, title, body)
      values (new.seq, new.user_id, new.title, new.body);
  end`.execute(db);
  await sql`update search_documents set words = word_count(title) + word_count(body)`.execute(db);
  for (const kind of kinds) {
    const name = `search_${kind.table}`;
    await sql.raw(`drop trigger ${name}_insert`).execute(db);
    await sql.raw(`drop trigger ${name}_update`).execute(db);
    await sql
      .raw(
        `create trigger ${name}_insert after insert on ${kind.table} begin ${remember(kind)} end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${name}_update after update on ${kind.table} begin ${forget(kind)} ${remember(kind)} end`,
      )
      .execute(db);
  }
}
