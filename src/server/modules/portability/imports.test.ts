import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { serverFor } from '../../../../test-support/fixtures';
import { importFixture, imported, livedIn, zipOf } from '../../../../test-support/portability';
import { signedInClient } from '../../../../test-support/server';
import type { HttpClient } from '../../../../test-support/http-client';

const fixture = importFixture;
const zip = zipOf;
const archiveOf = async (client: HttpClient) => (await client.get('/api/export?format=json')).body;
const sizes = (archive: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(archive)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, (v as unknown[]).length]),
  );

describe.each(databaseKinds())('imports on %s', (kind) => {
  const server = serverFor(kind);

  it('reads a Day One journal, as JSON or zip: text, tags, dates in each entry’s time zone; duplicates skipped, bad dates rejected', async () => {
    const { client } = await signedInClient(server());
    const summary = await imported(
      client,
      'dayone',
      'Journal.json',
      fixture('dayone-journal.json'),
    );
    expect(summary).toMatchObject({
      status: 'done',
      progress: 1,
      created: 4,
      skipped: 1,
      rejectedCount: 1,
    });
    expect(summary.rejected).toEqual([
      { item: 'Journal.json entries[3]', reason: 'creationDate is not a date.' },
    ]);
    const { items } = (await client.get('/api/reflections?limit=10')).body;
    const byDate = Object.fromEntries(items.map((r: any) => [r.date, r]));
    expect(Object.keys(byDate).sort()).toEqual([
      '2025-11-02',
      '2025-12-31',
      '2026-01-02',
      '2026-02-14',
    ]);
    expect(byDate['2025-11-02']).toMatchObject({
      kind: 'daily',
      title: 'Morning in Berlin',
      tags: ['morning pages', 'work'],
      at: '2025-11-02T06:45:12.000Z',
    });
    expect(byDate['2025-11-02'].body).toMatch(/^Woke before the alarm/);
    expect(byDate['2025-12-31'].tags).toEqual(['gratitude', 'family-close']);
    expect(byDate['2026-01-02'].body).toContain('Ünïcödé and emoji 🌅');

    const again = await imported(
      client,
      'dayone',
      'dayone.zip',
      zip({ 'Journal.json': fixture('dayone-journal.json'), 'photos/a.jpeg': 'not really' }),
    );
    expect(again).toMatchObject({ status: 'done', created: 0, skipped: 5, rejectedCount: 1 });
  });

  it('reads a Loop Habit Tracker export: habits with their frequencies, check marks as check-ins', async () => {
    const { client } = await signedInClient(server());
    const file = zip({
      'Habits.csv': fixture('Habits.csv'),
      'Checkmarks.csv': fixture('Checkmarks.csv'),
      '001 Meditate/Scores.csv': '2026-01-10,0.5\n',
    });
    const summary = await imported(client, 'loop', 'Loop Habits CSV 2026-01-10.zip', file);
    expect(summary).toMatchObject({ status: 'done', created: 3, skipped: 0, rejectedCount: 1 });
    expect(summary.rejected[0].reason).toBe('The habit has no name.');
    const { practices } = await archiveOf(client);
    expect(
      practices.map((p: any) => ({
        name: p.name,
        schedule: p.schedule,
        archived: p.archivedAt !== null,
        checkIns: p.checkIns.map((c: any) => `${c.date} ${c.status}`),
      })),
    ).toEqual([
      {
        name: 'Meditate',
        schedule: { type: 'daily' },
        archived: false,
        checkIns: [
          '2026-01-05 done',
          '2026-01-07 done',
          '2026-01-08 skipped',
          '2026-01-09 done',
          '2026-01-10 done',
        ],
      },
      {
        name: 'Run',
        schedule: { type: 'weekly', times: 3 },
        archived: false,
        checkIns: ['2026-01-06 done', '2026-01-09 done'],
      },
      {
        name: 'Call parents',
        schedule: { type: 'weekly', times: 1 },
        archived: true,
        checkIns: ['2026-01-08 done'],
      },
    ]);
    // The list's strength and streaks come from the check-in summaries the import kept.
    const listed = (await client.get('/api/practices?archived=all')).body.items;
    expect(listed.map((p: any) => p.bestStreak)).toEqual([3, 0, 1]);
    for (const item of listed) {
      const detail = (await client.get(`/api/practices/${item.id}`)).body;
      expect([item.strength, item.streak, item.bestStreak]).toEqual([
        detail.strength,
        detail.streak,
        detail.bestStreak,
      ]);
    }
    expect(await imported(client, 'loop', 'again.zip', file)).toMatchObject({
      created: 0,
      skipped: 3,
    });
    const badDay = zip({
      'Habits.csv': fixture('Habits.csv'),
      'Checkmarks.csv': 'Date,Meditate\n2026-02-30,2\n2026-01-01,2\n',
    });
    const { client: other } = await signedInClient(server());
    const bad = await imported(other, 'loop', 'bad.zip', badDay);
    expect(bad.rejected[0]).toEqual({
      item: 'Habits.csv row 2 (Meditate)',
      reason: 'Check marks on dates that are not real days: 2026-02-30.',
    });
  });

  describe('hostile files fail whole, with a clear error, and keep nothing', () => {
    const fails = async (format: string, name: string, bytes: Buffer | string, error: RegExp) => {
      const { client } = await signedInClient(server());
      const summary = await imported(client, format, name, bytes);
      expect(summary).toMatchObject({ status: 'failed', created: 0, skipped: 0 });
      expect(summary.error).toMatch(error);
      expect(Object.values(sizes(await archiveOf(client))).every((n) => n === 0)).toBe(true);
    };

    it('a truncated archive: nothing of what came before its end', async () => {
      const { client } = await signedInClient(server());
      await livedIn(client);
      const text = JSON.stringify(await archiveOf(client));
      await fails(
        'praxis',
        'cut.json',
        text.slice(0, Math.floor(text.length * 0.8)),
        /is not valid JSON/,
      );
    });

    it('an archive of a newer format, or not an archive at all', async () => {
      await fails(
        'praxis',
        'new.json',
        '{"format":"praxis-archive","formatVersion":99,"reflections":[]}',
        /format version 99/,
      );
      await fails('praxis', 'other.json', '[1,2,3]', /not a Praxis archive/);
    });

    it('wrong encodings: UTF-16 and Latin-1', async () => {
      const utf16 = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(fixture('dayone-journal.json').toString(), 'utf16le'),
      ]);
      await fails('dayone', 'Journal.json', utf16, /UTF-16 text; save or export it as UTF-8/);
      const latin1 = Buffer.from('Date,Méditer\n2026-01-01,2\n', 'latin1');
      await fails(
        'loop',
        'loop.zip',
        zip({ 'Habits.csv': latin1, 'Checkmarks.csv': latin1 }),
        /Habits.csv is not UTF-8/,
      );
    });

    it('a zip bomb', async () => {
      const bomb = zip({ 'Journal.json': new Uint8Array(210 * 1024 * 1024) });
      expect(bomb.length).toBeLessThan(1024 * 1024);
      await fails('dayone', 'bomb.zip', bomb, /zip bomb/);
    });

    it('a zip whose sizes lie', async () => {
      const honest = zip({ 'Journal.json': fixture('dayone-journal.json') });
      const central = honest.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      honest.writeUInt32LE(10, central + 24);
      await fails('dayone', 'lying.zip', honest, /more than it says it holds|cannot be read/);
    });

    it('path-traversal names', async () => {
      await fails(
        'dayone',
        'evil.zip',
        zip({ '../../etc/Journal.json': fixture('dayone-journal.json') }),
        /points outside the zip/,
      );
    });
  });
});
