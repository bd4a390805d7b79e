import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { insertReflectionTexts, migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';
import { searchDocuments } from '../search-index';

describe.each(databaseKinds())('migration 0044-search-vocabulary on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('searches what was written before it, prefixes through the vocabulary, ranked', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0044-search-vocabulary');
    const { db } = database;
    const texts = [
      ['r1', 'ana', 'Tide', 'Low tide walk.'],
      ['r2', 'ana', '', 'A walk by the tide pools, tidewater coming in.'],
      ['r3', 'ana', '', 'Nothing of the sea today.'],
      ['r4', 'bea', 'Tide', 'Tide tide tide.'],
    ];
    await insertReflectionTexts(db, ['ana', 'bea'], texts);

    await migrateToLatest(db);
    if (kind === 'sqlite') {
      const words = await sql<{ term: string; doc: number }>`
        select term, doc from search_documents_vocab where term >= 'tid' and term < 'tie'`.execute(
        db,
      );
      expect(words.rows).toEqual([
        { term: 'tide', doc: 3 },
        { term: 'tidewater', doc: 1 },
      ]);
    }
    const page = await searchDocuments(db, 'ana', { terms: ['tid'], limit: 20, offset: 0 });
    // The title weighs more than the text: r1 first; Bea's documents never.
    expect(page.items.map((hit) => hit.itemId)).toEqual(['r1', 'r2']);
    expect(page.items[1]!.snippet.filter((part) => part.highlight)).toEqual([
      { text: 'tide', highlight: true },
      { text: 'tidewater', highlight: true },
    ]);
    expect(
      (await searchDocuments(db, 'ana', { terms: ['tidal'], limit: 20, offset: 0 })).items,
    ).toEqual([]);
  });
});
