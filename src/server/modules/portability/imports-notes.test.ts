import { strToU8, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds } from '../../../../test-support/databases';
import { importFixture, imported, zipOf } from '../../../../test-support/portability';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { recordImport } from './import-queue';

const fixture = importFixture;
const zip = zipOf;

/** A zip of more entries than an export holds (made once, stored: it is only counted). */
let many: Buffer | undefined;
const manyNotes = () =>
  (many ??= Buffer.from(
    zipSync(
      Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`n/${i}.md`, strToU8('')])),
      { level: 0 },
    ),
  ));

/** An Obsidian-like vault: daily notes by file name and by front matter, and notes to leave out. */
const vault = () =>
  zip({
    'Journal/2026-01-05.md':
      '---\ntags: [work, Coaching]\n---\n# Monday\nAsked before answering. #focus #2026\n',
    'Journal/2026/2026-01-06 Tuesday.md': 'Long walk; thought about the team. #deep/work\n',
    'notes/retro.md':
      '---\ntitle: Retro\ndate: 2026-01-07T21:30:00Z\ntags: a, b\n---\nWhat went well.\r\nWhat to change.\r\n',
    'bom/2026-01-10.md': Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('With a byte-order mark.'),
    ]),
    'notes/idea.md': 'An idea without a date.',
    '2026-02-30.md': 'Not a day.',
    'empty/2026-01-08.md': '',
    'latin/2026-01-09.md': Buffer.from('Café crème', 'latin1'),
    'evil/2026-01-11.md': '---js\n{ title: (globalThis.praxisPwned = "ran") }\n---\nbody\n',
    'future/2099-01-01.md': 'Later.',
    '.obsidian/workspace.md': 'ignored',
    'attachments/photo.png': 'not a note',
  });

describe.each(databaseKinds())('Goodreads and Markdown imports on %s (jobs on pg-boss)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { pgBoss: true });
  });
  afterAll(() => server?.close());

  it('reads a Goodreads library: books with their shelves, dates, rating and review; bad dates and rows rejected, duplicates skipped', async () => {
    const { client } = await signedInClient(server);
    const file = fixture('goodreads_library_export.csv');
    const summary = await imported(client, 'goodreads', 'goodreads_library_export.csv', file);
    expect(summary).toMatchObject({ status: 'done', created: 3, skipped: 1, rejectedCount: 2 });
    expect(summary.rejected).toEqual([
      {
        item: 'goodreads_library_export.csv row 5 (Freakonomics)',
        reason: 'Date Read is not a real day: 2025/02/30.',
      },
      { item: 'goodreads_library_export.csv row 7 (no title)', reason: 'The book has no title.' },
    ]);
    const { items } = (await client.get('/api/learning?limit=10')).body;
    const byTitle = Object.fromEntries(items.map((i: any) => [i.title.split(':')[0], i]));
    expect(byTitle['The Fifth Discipline']).toMatchObject({
      kind: 'book',
      status: 'done',
      source: 'Peter M. Senge',
      finishedOn: '2025-03-14',
      url: 'https://www.goodreads.com/book/show/255209',
    });
    const fifth = (await client.get(`/api/learning/${byTitle['The Fifth Discipline'].id}`)).body;
    expect(fifth.insights).toBe(
      'My rating: ★★★★★ (5/5)\n\nGoodreads shelves: leadership, favorites\n\nPersonal mastery is a discipline.\n\nCreative tension & the gap.',
    );
    expect(byTitle['Atomic Habits']).toMatchObject({ status: 'in_progress', finishedOn: null });
    expect(byTitle.Drive).toMatchObject({ status: 'planned' });

    const again = await imported(client, 'goodreads', 'again.csv', file);
    expect(again).toMatchObject({ status: 'done', created: 0, skipped: 4, rejectedCount: 2 });
  });

  it('reads a zip of Markdown daily notes: dates from names or front matter, tags from both; the rest left out with reasons', async () => {
    const { client } = await signedInClient(server);
    const summary = await imported(client, 'markdown', 'vault.zip', vault());
    expect(summary).toMatchObject({ status: 'done', created: 4, skipped: 0 });
    expect(Object.fromEntries(summary.rejected.map((r: any) => [r.item, r.reason]))).toEqual({
      'notes/idea.md': 'It has no date: name it YYYY-MM-DD.md or add date: to its front matter.',
      '2026-02-30.md': 'Its date is not a real day.',
      'empty/2026-01-08.md': 'The note is empty.',
      'latin/2026-01-09.md': 'latin/2026-01-09.md is not UTF-8 text; save or export it as UTF-8.',
      'evil/2026-01-11.md': 'Its front matter cannot be read (YAML between --- lines).',
      'future/2099-01-01.md': 'Its date is in the future.',
    });
    expect((globalThis as Record<string, unknown>).praxisPwned).toBeUndefined();
    const { items } = (await client.get('/api/reflections?limit=10')).body;
    const byDate = Object.fromEntries(items.map((r: any) => [r.date, r]));
    expect(Object.keys(byDate).sort()).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-10',
    ]);
    expect(byDate['2026-01-05']).toMatchObject({
      kind: 'daily',
      title: 'Monday',
      body: 'Asked before answering. #focus #2026',
      tags: ['work', 'coaching', 'focus'],
    });
    expect(byDate['2026-01-06'].tags).toEqual(['deep-work']);
    expect(byDate['2026-01-07']).toMatchObject({
      title: 'Retro',
      body: 'What went well.\nWhat to change.',
      tags: ['a', 'b'],
      at: '2026-01-07T21:30:00.000Z',
    });
    expect(byDate['2026-01-10'].body).toBe('With a byte-order mark.');

    const again = await imported(client, 'markdown', 'vault.zip', vault());
    expect(again).toMatchObject({ status: 'done', created: 0, skipped: 4, rejectedCount: 6 });
    const one = await imported(client, 'markdown', '2026-01-12.md', 'A single note. #solo');
    expect(one).toMatchObject({ status: 'done', created: 1 });
  });

  describe('hostile files fail whole, with a clear error, and keep nothing', () => {
    const fails = async (format: string, name: string, bytes: Buffer | string, error: RegExp) => {
      const { client } = await signedInClient(server);
      const summary = await imported(client, format, name, bytes);
      expect(summary).toMatchObject({ status: 'failed', created: 0, skipped: 0 });
      expect(summary.error).toMatch(error);
      expect((await client.get('/api/learning')).body.items).toEqual([]);
      expect((await client.get('/api/reflections')).body.items).toEqual([]);
    };

    it('Goodreads: Latin-1, UTF-16, empty, not a Goodreads export', async () => {
      const text = fixture('goodreads_library_export.csv').toString();
      await fails(
        'goodreads',
        'l.csv',
        Buffer.from(text.replace('Senge', 'Sengé'), 'latin1'),
        /l.csv is not UTF-8/,
      );
      await fails(
        'goodreads',
        'u.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
        /UTF-16/,
      );
      await fails('goodreads', 'empty.csv', '', /holds no books/);
      await fails(
        'goodreads',
        'habits.csv',
        fixture('Habits.csv'),
        /not a Goodreads library export/,
      );
      await fails(
        'goodreads',
        'broken.csv',
        'Book Id,Title,Exclusive Shelf\n1,"open quote,read\n',
        /not a CSV file Goodreads makes/,
      );
    });

    it('Markdown: path traversal, a zip bomb (too many entries, or sizes over the limit), no notes, not a zip', async () => {
      await fails(
        'markdown',
        'evil.zip',
        zip({ '../../2026-01-05.md': 'x' }),
        /points outside the zip/,
      );
      await fails(
        'markdown',
        'abs.zip',
        zip({ '/etc/2026-01-05.md': 'x' }),
        /points outside the zip/,
      );
      await fails('markdown', 'many.zip', manyNotes(), /zip bomb/);
      const honest = zip({ '2026-01-05.md': 'small' });
      const central = honest.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      honest.writeUInt32LE(300 * 1024 * 1024, central + 24);
      await fails('markdown', 'big.zip', honest, /zip bomb/);
      await fails('markdown', 'photos.zip', zip({ 'a.png': 'x' }), /holds no Markdown notes/);
      await fails('markdown', 'notes.txt', 'plain text', /Choose a zip of Markdown notes/);
    }, 120_000);
  });
});

describe.each(databaseKinds())('an import survives a restart on %s', (kind) => {
  it('an import left unfinished (its file kept in the database) is run by the next instance to start', async () => {
    const database = await createTestDatabase(kind);
    try {
      const first = await startTestServer(kind, { database, pgBoss: true });
      const { user } = await signedInClient(first);
      await first.close();
      // As if an instance died after taking the upload: the import queued, its job never run.
      const file = path.join(os.tmpdir(), `praxis-restart-${Date.now()}.md`);
      writeFileSync(file, 'Written before the restart. #restart');
      const id = await recordImport(database.db, {
        userId: user.id,
        format: 'markdown',
        fileName: '2026-01-20.md',
        path: file,
      });
      const second = await startTestServer(kind, { database, pgBoss: true });
      try {
        const until = Date.now() + 30_000;
        let status = '';
        while (Date.now() < until) {
          const found = await database.db
            .selectFrom('imports')
            .select(['status', 'created'])
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          status = found.status;
          if (status === 'done' || status === 'failed') {
            expect(found).toMatchObject({ status: 'done', created: 1 });
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(status).toBe('done');
        const left = await database.db.selectFrom('importUploads').select('seq').execute();
        expect(left).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await database.destroy();
    }
  });
});
