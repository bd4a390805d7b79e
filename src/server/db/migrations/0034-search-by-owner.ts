import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database';

/**
 * PostgreSQL reads a person's search only through their own documents: the GIN index over every
 * person's tsvector (0029) goes. Every search is one person's (`user_id = caller`), and a person
 * owns thousands of documents at most, which the `(user_id, at)` btree finds; but with the GIN
 * index there the planner intersected it with that btree, and a common word or prefix made GIN
 * gather the postings of the whole database first (466,743 rows for `today:*` of a million, 1.4
 * s, against 17 ms reading the person's 3,650 rows; docs/performance.md, decision 0039).
 * Nothing changes on SQLite, whose FTS5 table is the only full-text index it has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop index search_documents_search`.execute(db);
  }
}
