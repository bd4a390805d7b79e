import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database';

/**
 * SQLite: the vocabulary of the search index, one row per word (`fts5vocab`, 'row'), so that a
 * search term — matched as a prefix — becomes the index's words it starts, each a seek in the
 * searcher's own postings, instead of FTS5's prefix query, which merges every person's postings
 * of every word with that prefix (decision 0052). It is a view of the index: nothing to fill,
 * nothing to keep. PostgreSQL reads the searcher's documents by owner (0034): nothing to do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    await sql`create virtual table search_documents_vocab
      using fts5vocab(search_documents_fts, 'row')`.execute(db);
  }
}
