import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { wordCount } from '../../../core/search-text';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { insertReflectionTexts, migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';
import { searchDocuments } from '../search-index';

describe.each(databaseKinds())('migration 0046-search-word-counts on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('counts the words of every document written before and after, and ranks by them', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0046-search-word-counts');
    const { db } = database;
    await insertReflectionTexts(
      db,
      ['ana', 'bea'],
      [
        // The same one find of "tide" each: the shorter text ranks first.
        ['r1', 'ana', '', 'Tide walk, with a long detour through the dunes and the old pier.'],
        ['r2', 'ana', 'Morning', 'Tide walk.'],
        ['r3', 'bea', 'Café', 'Un café au lait, près de la mer.'],
      ],
    );
    await migrateToLatest(db);
    const search = async (user: string, terms: string[]) =>
      (await searchDocuments(db, user, { terms, limit: 20, offset: 0 })).items.map((h) => h.itemId);
    expect(await search('ana', ['tide'])).toEqual(['r2', 'r1']);
    expect(await search('bea', ['café'])).toEqual(['r3']);
    if (kind !== 'sqlite') return;

    const counts = async () =>
      Object.fromEntries(
        (
          await sql<{ itemId: string; words: number; title: string; body: string }>`
            select item_id, words, title, body from search_documents order by item_id`.execute(db)
        ).rows.map((row) => [row.itemId, [row.words, wordCount(row.title) + wordCount(row.body)]]),
      );
    expect(await counts()).toEqual({ r1: [13, 13], r2: [3, 3], r3: [9, 9] });
    const integrity = () =>
      sql`insert into search_documents_fts (search_documents_fts, rank) values ('integrity-check', 1)`.execute(
        db,
      );
    await integrity();

    // Written after: a new text, an edit, a review of three columns: each counted as it is written.
    await insertReflectionTexts(db, [], [['r4', 'ana', '', 'Tide.']]);
    await sql`update reflections set body = 'Tide walk, short and windy.' where id = 'r1'`.execute(
      db,
    );
    const now = '2026-03-06T10:00:00.000Z';
    await sql`insert into weekly_reviews (id, user_id, week, went_well, learned, focus, created_at, updated_at)
      values ('w1', 'ana', '2026-W10', 'The tide walks', 'Patience', 'Sleep early', ${now}, ${now})`.execute(
      db,
    );
    expect(await counts()).toMatchObject({ r1: [5, 5], r4: [1, 1], w1: [8, 8] });
    expect(await search('ana', ['tide'])).toEqual(['r4', 'r2', 'r1', 'w1']);
    await integrity();
  });
});
