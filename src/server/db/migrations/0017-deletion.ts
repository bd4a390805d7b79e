import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database';

/**
 * Deleted text leaves the search index too. FTS5 normally marks a deleted reflection's words
 * as gone and keeps them in its index until segments happen to merge; with `secure-delete` it
 * removes them at once (and SQLite's secure_delete zeroes the freed bytes). `optimize` merges
 * the index once, dropping what earlier deletions left behind. PostgreSQL keeps no such index
 * apart from its table: nothing to do there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`insert into reflections_fts (reflections_fts, rank) values ('secure-delete', 1)`.execute(
    db,
  );
  await sql`insert into reflections_fts (reflections_fts) values ('optimize')`.execute(db);
}
