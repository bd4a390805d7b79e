import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test-support/databases';
import { migrateToBefore } from '../../../../test-support/migrations';
import { migrateToLatest } from '../migrate';

describe.each(databaseKinds())('migration 0029-search-documents on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('puts everything written before it into the one index, and the index is searchable', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateToBefore(database, '0029-search-documents');
    const { db } = database;
    const now = '2026-03-05T10:00:00.000Z';
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values ('ana', 'ana@example.com', 'Ana', 'h', 'UTC', ${now}, ${now})`.execute(db);
    await sql`insert into reflections (id, user_id, kind, title, body, date, at, created_at, updated_at)
      values ('r1', 'ana', 'daily', 'Tide', 'Low tide walk.', '2026-03-05', ${now}, ${now}, ${now})`.execute(
      db,
    );
    await sql`insert into weekly_reviews (id, user_id, week, went_well, learned, focus, created_at, updated_at)
      values ('w1', 'ana', '2026-W01', 'Tide charts', '', '', ${now}, ${now})`.execute(db);
    await sql`insert into beliefs (id, user_id, statement, kind, created_at, updated_at)
      values ('b1', 'ana', 'I always miss the tide', 'limiting', ${now}, ${now})`.execute(db);

    await migrateToLatest(db);
    const rows = await db
      .selectFrom('searchDocuments')
      .select(['type', 'itemId', 'pageId', 'title', 'date'])
      .orderBy('type')
      .execute();
    expect(rows).toEqual([
      {
        type: 'belief',
        itemId: 'b1',
        pageId: 'b1',
        title: 'I always miss the tide',
        date: '2026-03-05',
      },
      { type: 'reflection', itemId: 'r1', pageId: 'r1', title: 'Tide', date: '2026-03-05' },
      // 2026-W01 starts on Monday 29 December 2025.
      { type: 'review', itemId: 'w1', pageId: '2026-W01', title: '2026-W01', date: '2025-12-29' },
    ]);
    const hits =
      kind === 'sqlite'
        ? await sql`select rowid from search_documents_fts where search_documents_fts match 'tide'`.execute(
            db,
          )
        : await sql`select 1 from search_documents where search @@ to_tsquery('simple', 'tide')`.execute(
            db,
          );
    expect(hits.rows).toHaveLength(3);
  });
});
