import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../test-support/databases';
import { bm25, foldWord, termCounts } from '../../core/search-text';
import { MAX_PREFIX_WORDS, searchDocuments } from './search-index';

/** More words starting with "t" than a prefix is ever expanded to, and a word with a diacritic. */
const WORDS = [
  ...Array.from({ length: MAX_PREFIX_WORDS + 6 }, (_, i) => `t${(i * 7919).toString(36)}x`),
  'tide',
  'tidewater',
  'today',
  'café',
  'cafe',
  'walk',
  'river',
];
const NOW = '2026-03-05T10:00:00.000Z';

/** Text `n`: six words of `WORDS`, the same for the same `n`. */
const textOf = (n: number) =>
  Array.from({ length: 6 }, (_, i) => WORDS[(n * 31 + i * 17 + n * i) % WORDS.length]).join(' ');

describe.each(databaseKinds())('searchDocuments on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    for (const id of ['ana', 'bea']) {
      await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
        values (${id}, ${`${id}@example.com`}, ${id}, 'h', 'UTC', ${NOW}, ${NOW})`.execute(db);
    }
    for (let n = 0; n < 120; n += 1) {
      await sql`insert into reflections (id, user_id, kind, title, body, date, at, created_at, updated_at)
        values (${`r${n}`}, ${n % 3 === 0 ? 'bea' : 'ana'}, 'daily', ${n % 5 === 0 ? textOf(n + 1) : ''},
          ${textOf(n)}, '2026-03-05', ${NOW}, ${NOW}, ${NOW})`.execute(database.db);
    }
  });
  afterAll(async () => database.destroy());

  const found = async (terms: string[]) =>
    (await searchDocuments(database.db, 'ana', { terms, limit: 200, offset: 0 })).items
      .map((hit) => hit.itemId)
      .sort();
  /** Ana's texts whose words, folded, start with every term. */
  const expected = (terms: string[]) =>
    Array.from({ length: 120 }, (_, n) => n)
      .filter((n) => n % 3 !== 0)
      .filter((n) => {
        const words = `${n % 5 === 0 ? textOf(n + 1) : ''} ${textOf(n)}`.split(' ').map(foldWord);
        return terms.every((term) => words.some((word) => word.startsWith(foldWord(term))));
      })
      .map((n) => `r${n}`)
      .sort();

  it('finds exactly the documents whose words start with every term: short, long and absent prefixes', async () => {
    for (const terms of [
      ['t'],
      ['ti'],
      ['tide'],
      ['tidew'],
      ['caf'],
      ['tod', 'walk'],
      ['t', 'r'],
      ['zz'],
    ]) {
      expect(await found(terms), terms.join(' ')).toEqual(expected(terms));
    }
    expect(expected(['t']).length).toBeGreaterThan(20);
  });

  it.runIf(kind === 'sqlite')(
    'finds what FTS5 itself finds, also for a word with a diacritic',
    async () => {
      for (const terms of [['t'], ['tide'], ['café'], ['cafe'], ['tod', 'walk']]) {
        const match = `user_id : "ana" AND {title body} : (${terms.map((t) => `"${t}"*`).join(' AND ')})`;
        const fts = await sql<{ itemId: string }>`
        select d.item_id from search_documents_fts f join search_documents d on d.seq = f.rowid
        where search_documents_fts match ${match}`.execute(database.db);
        expect(await found(terms), terms.join(' ')).toEqual(fts.rows.map((r) => r.itemId).sort());
      }
      // "t" starts more words of the index than are expanded: FTS5's own prefix query answers it.
      const tWords = await sql<{ n: number }>`
        select count(*) as n from search_documents_vocab where term >= 't' and term < 'u'`.execute(
        database.db,
      );
      expect(Number(tWords.rows[0]!.n)).toBeGreaterThan(MAX_PREFIX_WORDS);
    },
  );

  it.runIf(kind === 'sqlite')(
    "ranks FTS5's own matches of Ana's by BM25 over her documents, then newest, then last written",
    async () => {
      const ana = await sql<{ seq: number; title: string; body: string }>`
        select f.rowid as seq, f.title, f.body from search_documents_fts f
        where search_documents_fts match 'user_id : "ana"'`.execute(database.db);
      // Rare, common, prefix, two words, and a word nobody wrote.
      for (const terms of [['tide'], ['t'], ['tod'], ['walk', 'tide'], ['river'], ['zz']]) {
        const match = `user_id : "ana" AND {title body} : (${terms.map((t) => `"${t}"*`).join(' AND ')})`;
        const fts = await sql<{ seq: number; itemId: string; title: string; body: string }>`
          select f.rowid as seq, d.item_id, d.title, d.body from search_documents_fts f
          join search_documents d on d.seq = f.rowid
          where search_documents_fts match ${match}`.execute(database.db);
        const holding = terms.map(
          (t) => ana.rows.filter((r) => termCounts(`${r.title} ${r.body}`, [t]).counts[0]).length,
        );
        const counted = fts.rows.map((row) => {
          const [title, body] = [termCounts(row.title, terms), termCounts(row.body, terms)];
          const frequencies = title.counts.map((n, i) => 4 * n + body.counts[i]!);
          return { row, frequencies, words: title.words + body.words };
        });
        const meanWords = counted.reduce((sum, c) => sum + c.words, 0) / counted.length;
        const collection = { documents: ana.rows.length, holding, meanWords };
        const expected = counted
          .map((c) => ({ ...c.row, score: bm25(c.frequencies, c.words, collection) }))
          // Every text was written at the same moment: the last written first among equals.
          .sort((a, b) => b.score - a.score || b.seq - a.seq)
          .map((row) => row.itemId);
        const page = await searchDocuments(database.db, 'ana', { terms, limit: 200, offset: 0 });
        expect(
          page.items.map((hit) => hit.itemId),
          terms.join(' '),
        ).toEqual(expected);
      }
    },
  );

  it("finds only the searcher's own documents, and nothing for someone who wrote nothing", async () => {
    const { db } = database;
    const owners = new Map(
      (
        await sql<{ itemId: string; userId: string }>`
          select item_id, user_id from search_documents`.execute(db)
      ).rows.map((row) => [row.itemId, row.userId]),
    );
    await sql`insert into users (id, email, name, password_hash, time_zone, created_at, updated_at)
      values ('cy', 'cy@example.com', 'cy', 'h', 'UTC', ${NOW}, ${NOW})`.execute(db);
    const found = new Set<string>();
    for (const person of ['ana', 'bea', 'cy']) {
      for (const terms of [['t'], ['tide'], ['walk', 'river'], ['caf']]) {
        const page = await searchDocuments(db, person, { terms, limit: 200, offset: 0 });
        expect(page.items.map((hit) => owners.get(hit.itemId) ?? 'none')).toEqual(
          page.items.map(() => person),
        );
        if (person === 'cy') expect(page.items).toEqual([]);
        else if (page.items.length > 0) found.add(person);
      }
    }
    expect([...found].sort()).toEqual(['ana', 'bea']);
  });

  it.runIf(kind === 'sqlite')(
    "keeps each person's documents in their own range of keys, and stops a write past its end",
    async () => {
      const { db } = database;
      const outside = await sql<{ n: number }>`
        select count(*) as n from search_documents d join search_owners o on o.user_id = d.user_id
        where (d.seq >> 24) <> o.number`.execute(db);
      expect(Number(outside.rows[0]!.n)).toBe(0);
      const bea = await sql<{ number: number }>`
        select number from search_owners where user_id = 'bea'`.execute(db);
      const last = BigInt(bea.rows[0]!.number + 1) * 2n ** 24n - 1n;
      await sql`update search_documents set seq = ${last} where item_id = 'r0'`.execute(db);
      await expect(
        sql`insert into reflections (id, user_id, kind, title, body, date, at, created_at, updated_at)
          values ('full', 'bea', 'daily', '', 'tide', '2026-03-05', ${NOW}, ${NOW}, ${NOW})`.execute(
          db,
        ),
      ).rejects.toThrow(/owner range full/);
    },
  );

  it('pages the same ranking without repeats', async () => {
    const all = (await searchDocuments(database.db, 'ana', { terms: ['t'], limit: 200, offset: 0 }))
      .items;
    const pages = [];
    for (let offset = 0; offset < all.length; offset += 7) {
      pages.push(
        ...(await searchDocuments(database.db, 'ana', { terms: ['t'], limit: 7, offset })).items,
      );
    }
    expect(pages.map((hit) => hit.itemId)).toEqual(all.map((hit) => hit.itemId));
  });
});
