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

const RANGE = 2 ** 24;

describe.each(databaseKinds())('migration 0045-search-owner-ranges on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it("carries every document into its author's range, in order, and keeps searching and writing", async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0045-search-owner-ranges');
    const { db } = database;
    // Written interleaved, as people write.
    const texts = [
      ['r1', 'ana', 'Tide', 'Low tide walk.'],
      ['r2', 'bea', 'Tide', 'Tide tide tide.'],
      ['r3', 'ana', '', 'A walk by the tide pools, tidewater coming in.'],
      ['r4', 'bea', '', 'The river today.'],
      ['r5', 'ana', '', 'Nothing of the sea today.'],
    ];
    await insertReflectionTexts(db, ['ana', 'bea'], texts);

    await migrateToLatest(db);
    const search = async (user: string, terms: string[]) =>
      (await searchDocuments(db, user, { terms, limit: 20, offset: 0 })).items.map((h) => h.itemId);
    // The title weighs more than the text: r1 first; Bea's documents never.
    expect(await search('ana', ['tid'])).toEqual(['r1', 'r3']);
    expect(await search('bea', ['today'])).toEqual(['r4']);
    expect(await search('ana', ['today', 'sea'])).toEqual(['r5']);
    if (kind !== 'sqlite') return;

    const keys = async () =>
      (
        await sql<{ itemId: string; number: number; counter: number }>`
          select d.item_id, o.number, d.seq - o.number * ${RANGE} as counter
          from search_documents d join search_owners o on o.user_id = d.user_id
          order by d.seq`.execute(db)
      ).rows;
    const [ana, bea] = [1, 2];
    expect(await keys()).toEqual([
      { itemId: 'r1', number: ana, counter: 0 },
      { itemId: 'r3', number: ana, counter: 1 },
      { itemId: 'r5', number: ana, counter: 2 },
      { itemId: 'r2', number: bea, counter: 0 },
      { itemId: 'r4', number: bea, counter: 1 },
    ]);
    await sql`insert into search_documents_fts (search_documents_fts, rank) values ('integrity-check', 1)`.execute(
      db,
    );

    // A new document takes the next key of its author's range; an edit, the next again.
    await insertReflectionTexts(db, [], [['r6', 'ana', '', 'High tide.']]);
    await sql`update reflections set body = 'Tide charts.' where id = 'r1'`.execute(db);
    expect((await keys()).filter((k) => k.number === ana)).toEqual([
      { itemId: 'r3', number: ana, counter: 1 },
      { itemId: 'r5', number: ana, counter: 2 },
      { itemId: 'r6', number: ana, counter: 3 },
      { itemId: 'r1', number: ana, counter: 4 },
    ]);
    expect(await search('ana', ['tide'])).toEqual(['r1', 'r6', 'r3']);
    await sql`insert into search_documents_fts (search_documents_fts, rank) values ('integrity-check', 1)`.execute(
      db,
    );

    // An account deleted takes its number and documents with it.
    await sql`delete from users where id = 'bea'`.execute(db);
    expect(await sql`select user_id from search_owners`.execute(db)).toMatchObject({
      rows: [{ userId: 'ana' }],
    });
  });
});
