import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { pdfTextFacts } from '../../../../test-support/pdf-text';
import { imported, livedIn, meetingsOf } from '../../../../test-support/portability';
import { yearArchive } from '../../../../test-support/year-archive';
import { slug } from './export-markdown';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

/** A download as the browser gets it: status, headers and the bytes. */
async function download(server: TestServer, client: HttpClient, format: string) {
  const response = await fetch(`${server.baseUrl}/api/export?format=${format}`, {
    headers: { cookie: `praxis_session=${client.cookie('praxis_session')}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    /** Absent when the answer streams (chunked). */
    length: response.headers.get('content-length'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** A 200 of the content type, saved as `praxis-<date><suffix>`. */
function expectDownload(got: Awaited<ReturnType<typeof download>>, type: string, suffix: string) {
  expect(got.status).toBe(200);
  expect(got.type).toBe(type);
  expect(got.disposition).toBe(
    `attachment; filename="praxis-${new Date().toISOString().slice(0, 10)}${suffix}"`,
  );
}

const files = (bytes: Buffer) =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [
      name,
      Buffer.from(data).toString('utf8'),
    ]),
  );

const csvRows = (text: string): Record<string, string>[] =>
  parse(text, { bom: true, columns: true, skip_empty_lines: true });

const pageCount = (bytes: Buffer) =>
  bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('Markdown file names', () => {
  it('are safe, readable slugs of any script, cut at a word', () => {
    expect(slug('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(slug('Ça va? “Oui” — 100 %', 'x')).toBe('ca-va-oui-100');
    expect(slug('Жизнь Евы', 'x')).toBe('жизнь-евы');
    expect(slug('  ***  ', 'reflection')).toBe('reflection');
    expect(slug('C:\\CON\u0000 <nul>|', 'x')).toBe('c-con-nul');
    const long = slug('word '.repeat(30), 'x');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('word')).toBe(true);
  });
});

/** Eve's words, in a script Ana's data does not use, so any leak shows in every format. */
const EVE = 'Жизнь Евы';

describe.each(databaseKinds())('readable exports on %s', (kind) => {
  let server: TestServer;
  let ana: HttpClient;
  let eve: HttpClient;
  let made: Awaited<ReturnType<typeof livedIn>>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const anaPerson = await signedInClient(server, 'Ana');
    ana = anaPerson.client;
    ({ client: eve } = await signedInClient(server, 'Eve'));
    made = await livedIn(ana);
    await meetingsOf(server, anaPerson);
    await livedIn(eve);
    const long = `${EVE}: ${'слово '.repeat(80)}`;
    for (const [path, body] of [
      ['/api/reflections', { kind: 'free', title: EVE, body: long, tags: ['ева'] }],
      ['/api/practices', { name: EVE, schedule: { type: 'daily' } }],
      [
        '/api/reactions',
        {
          trigger: EVE,
          emotions: ['calm'],
          intensity: 2,
          automaticReaction: EVE,
          chosenResponse: EVE,
          outcome: EVE,
        },
      ],
      ['/api/beliefs', { statement: EVE, kind: 'empowering' }],
    ] as const) {
      expect((await eve.post(path, body)).status).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  it('zips one Markdown file per item, with front matter, and an index', async () => {
    const zip = await download(server, ana, 'markdown');
    expectDownload(zip, 'application/zip', '-markdown.zip');
    expect(zip.length).toBeNull();
    const entries = files(zip.bytes);
    const names = Object.keys(entries);
    const inFolder = (folder: string) => names.filter((n) => n.startsWith(`${folder}/`));
    expect(inFolder('reflections')).toHaveLength(made.reflections);
    expect(inFolder('weekly-reviews')).toEqual([
      'weekly-reviews/2026-02-23-weekly-review-2026-w09.md',
    ]);
    expect(inFolder('beliefs')).toHaveLength(made.beliefs);
    // Only the book has insights.
    expect(inFolder('learning')).toHaveLength(1);
    expect(names.at(-1)).toBe('README.md');
    for (const name of names)
      expect(name).toMatch(/^(README\.md|[a-z-]+\/\d{4}-\d{2}-\d{2}-[\p{L}\p{N}-]+\.md)$/u);

    const hard = matter(entries['reflections/2026-02-10-a-hard-stand-up.md']!);
    expect(hard.data).toMatchObject({
      date: '2026-02-10',
      kind: 'reflection',
      tags: ['work', 'coaching'],
      mood: { pleasantness: -2, energy: 3 },
      emotions: ['frustrated', 'anxious'],
      title: 'A hard stand-up',
    });
    expect(hard.content).toContain('I can’t stop fixing things for them.');
    const review = matter(entries[inFolder('weekly-reviews')[0]!]!);
    expect(review.data).toMatchObject({
      kind: 'weekly-review',
      week: '2026-W09',
      tags: [],
      mood: null,
    });
    expect(review.content).toContain('## What I learned\n\nSilence works.');
    for (const name of names.filter((n) => n !== 'README.md')) {
      const { data } = matter(entries[name]!);
      expect(Object.keys(data).slice(0, 4)).toEqual(['date', 'kind', 'tags', 'mood']);
      expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const form = names.find((n) => entries[n]!.includes('Left-hand column'))!;
    expect(entries[form]).toContain('**Thought, not said:** Not fine.');
    for (const name of names.filter((n) => n !== 'README.md')) {
      expect(entries['README.md']).toContain(`](${name})`);
    }
    expect(JSON.stringify(entries)).not.toContain('Жизнь');
  });

  it('zips CSV files that parse back to the data', async () => {
    const zip = await download(server, ana, 'csv');
    expectDownload(zip, 'application/zip', '-csv.zip');
    const entries = files(zip.bytes);
    expect(Object.keys(entries)).toEqual([
      'practices.csv',
      'practice-check-ins.csv',
      'learning.csv',
      'learning-sessions.csv',
      'reactions.csv',
      'one-on-one-meetings.csv',
    ]);
    for (const text of Object.values(entries)) expect(text.startsWith('\uFEFF')).toBe(true);

    const practices = csvRows(entries['practices.csv']!);
    expect(practices.map((p) => [p.name, p.schedule])).toEqual([
      ['Morning pages', 'daily'],
      ['Walk, no phone', '3 times a week'],
    ]);
    // A comma in a name is quoted, not a new column.
    expect(entries['practices.csv']).toContain('"Walk, no phone"');
    const checkIns = csvRows(entries['practice-check-ins.csv']!);
    expect(checkIns).toHaveLength(made.checkIns);
    expect(checkIns.find((c) => c.note)).toMatchObject({
      practice: 'Morning pages',
      status: 'done',
      note: 'Three pages, ünïcode ✓',
    });
    expect(new Set(checkIns.map((c) => c.practice_id))).toEqual(
      new Set(practices.map((p) => p.practice_id)),
    );
    const learning = csvRows(entries['learning.csv']!);
    expect(learning.map((l) => [l.title, l.minutes])).toEqual([
      ['The Fifth Discipline', '105'],
      ['Coaching basics', '0'],
    ]);
    expect(learning[0]!.insights).toBe('> Personal mastery is a discipline.');
    const sessions = csvRows(entries['learning-sessions.csv']!);
    expect(sessions.map((s) => [s.item, s.minutes, s.note])).toEqual([
      ['The Fifth Discipline', '90', 'Chapter 9'],
      ['The Fifth Discipline', '15', ''],
    ]);
    expect(csvRows(entries['reactions.csv']!)).toEqual([
      expect.objectContaining({
        trigger: 'Slides rewritten the night before',
        emotions: 'angry',
        intensity: '7',
        automatic_reaction: 'Sharp message at 11 pm.',
        chosen_response: 'Ask what worried her.',
        outcome: 'We fixed one number together.',
      }),
    ]);
    expect(csvRows(entries['one-on-one-meetings.csv']!)).toEqual([
      expect.objectContaining({
        space: 'Ana & Ben, weekly-ish',
        with: 'Ben',
        date: '2027-03-22',
        time: '10:00',
        time_zone: 'Europe/Berlin',
        minutes: '45',
        repeats: 'every 2 weeks',
        place: 'https://meet.example.com/ana-ben',
        set_by: 'Ben',
      }),
      expect.objectContaining({ space: 'Growth, with Ana', with: 'Dan', repeats: 'once' }),
    ]);
    expect(entries['one-on-one-meetings.csv']).not.toContain('Ben and Dan');
    expect(JSON.stringify(entries)).not.toContain('Жизнь');
  });

  it('prints a year in practice as a PDF of three pages or more, with no one else’s words', async () => {
    const pdf = await download(server, ana, 'pdf');
    expectDownload(pdf, 'application/pdf', '-year-in-practice.pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf.bytes)).toBe(3);
    expect(pdfTextFacts(pdf.bytes).fonts.some((f) => f.endsWith('DejaVuSans'))).toBe(true);
    expect(pdfTextFacts(pdf.bytes).characters.has('Ж')).toBe(false);
    // Eve's chosen reflection and practice print in her report (so the check above means something).
    const hers = await download(server, eve, 'pdf');
    expect(pdfTextFacts(hers.bytes).characters.has('Ж')).toBe(true);

    const { client: zed } = await signedInClient(server, 'Zed');
    const blank = await download(server, zed, 'pdf');
    expect(blank.status).toBe(200);
    expect(pageCount(blank.bytes)).toBe(3);

    // A full year: three aspirations, three practices, a reflection every three days, weekly
    // reviews; the four chosen reflections run onto a fourth page.
    const { client: yara } = await signedInClient(server, 'Yara');
    const today = new Date().toISOString().slice(0, 10);
    const archive = JSON.stringify(yearArchive(today));
    expect(await imported(yara, 'praxis', 'year.json', archive)).toMatchObject({ status: 'done' });
    const full = await download(server, yara, 'pdf');
    expect(pageCount(full.bytes)).toBe(4);
    expect(full.bytes.length).toBeGreaterThan(blank.bytes.length);
  });

  it('keeps the JSON archive, and answers an unknown format or no session with 4xx', async () => {
    const json = await download(server, ana, 'json');
    expectDownload(json, 'application/json; charset=utf-8', '.json');
    expect(json.bytes.toString('utf8')).not.toContain('Жизнь');
    const bogus = await ana.get('/api/export?format=bogus');
    expect(bogus.status).toBe(400);
    expect(bogus.body.error.code).toBeTruthy();
    const stranger = await fetch(`${server.baseUrl}/api/export?format=pdf`);
    expect(stranger.status).toBe(401);
  });
});
