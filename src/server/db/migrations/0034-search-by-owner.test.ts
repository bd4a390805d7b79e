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

describe.each(databaseKinds())('migration 0034-search-by-owner on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it("searches the person's own documents, ranked, after the GIN index is gone", async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0034-search-by-owner');
    const { db } = database;
    const texts = [
      ['r1', 'ana', 'Tide', 'Low tide walk.'],
      ['r2', 'ana', '', 'A walk by the tide pools, tide coming in.'],
      ['r3', 'ana', '', 'Nothing of the sea today.'],
      ['r4', 'bea', 'Tide', 'Tide tide tide.'],
    ];
    await insertReflectionTexts(db, ['ana', 'bea'], texts);

    await migrateToLatest(db);
    if (kind === 'postgres') {
      const indexes = await sql<{ name: string }>`
        select indexname as name from pg_indexes where tablename = 'search_documents'`.execute(db);
      expect(indexes.rows.map((r) => r.name).sort()).toEqual([
        'search_documents_pkey',
        'search_documents_user_at',
      ]);
    }
    const page = await searchDocuments(db, 'ana', { terms: ['tid'], limit: 20, offset: 0 });
    // The title weighs more than the text: r1 first; Bea's documents never.
    expect(page.items.map((hit) => hit.itemId)).toEqual(['r1', 'r2']);
    expect(page.items[0]!.snippet).toEqual([
      { text: 'Low ', highlight: false },
      { text: 'tide', highlight: true },
      { text: ' walk.', highlight: false },
    ]);
  });
});
