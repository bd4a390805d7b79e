import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { PROMPTS } from '../../../core/prompts';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe.each(databaseKinds())('reflections on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('writes a reflection with mood, emotions, tags and a prompt, and marks limiting language', async () => {
    const { client } = await signedInClient(server);
    const prompt = PROMPTS[0]!;
    const created = await client.post('/api/reflections', {
      kind: 'daily',
      body: 'The meeting went well. Still, I can’t ask for help without feeling weak.',
      promptId: prompt.id,
      mood: { pleasantness: 2, energy: -1 },
      emotions: ['calm', 'anxious'],
      tags: ['Work', 'team'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'daily',
      promptId: prompt.id,
      mood: { pleasantness: 2, energy: -1 },
      emotions: ['calm', 'anxious'],
      tags: ['work', 'team'],
    });
    const finding = created.body.limitingLanguage.find((f: any) => f.kind === 'powerlessness');
    expect(finding).toBeDefined();
    expect(created.body.body.slice(finding.start, finding.end)).toBe(finding.text);
    expect(created.body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const read = await client.get(`/api/reflections/${created.body.id}`);
    expect(read.body).toEqual(created.body);
  });

  it('refuses bad input and writes nothing', async () => {
    const { client } = await signedInClient(server);
    const bad = [
      { kind: 'diary', body: 'x' },
      { kind: 'daily', body: 'x'.repeat(20_001) },
      { kind: 'daily', body: 'x', mood: { pleasantness: 6, energy: 0 } },
      { kind: 'daily', body: 'x', emotions: ['hangry'] },
      { kind: 'daily', body: 'x', emotions: ['calm', 'calm'] },
      { kind: 'daily', body: 'x', tags: ['<script>'] },
      { kind: 'daily', body: 'x', promptId: 'no-such-prompt' },
      { kind: 'daily', body: 'x', at: new Date(Date.now() + DAY).toISOString() },
      { kind: 'daily', body: 'x', form: { type: 'ladder_of_inference' } },
    ];
    for (const body of bad)
      expect(
        (await client.post('/api/reflections', body)).status,
        JSON.stringify(body).slice(0, 80),
      ).toBe(400);
    expect((await client.get('/api/reflections')).body.items).toEqual([]);
  });

  it('keeps left-hand-column and ladder-of-inference forms', async () => {
    const { client } = await signedInClient(server);
    const form = {
      type: 'left_hand_column',
      situation: 'Budget review',
      rows: [{ said: 'Sounds fine.', thought: 'This will never work.' }],
    };
    const created = await client.post('/api/reflections', {
      kind: 'left_hand_column',
      body: 'What I did not say.',
      form,
    });
    expect(created.status).toBe(201);
    expect(created.body.form).toEqual(form);
    const ladder = await client.post('/api/reflections', {
      kind: 'ladder_of_inference',
      body: '',
      form: {
        type: 'ladder_of_inference',
        data: 'He left early.',
        conclusions: 'He does not care.',
      },
    });
    expect(ladder.body.form).toMatchObject({
      type: 'ladder_of_inference',
      data: 'He left early.',
      conclusions: 'He does not care.',
      beliefs: '',
    });
  });

  it('searches by relevance with highlighted snippets, as the person types, and filters', async () => {
    const { client } = await signedInClient(server);
    const write = (body: string, extra: Record<string, unknown> = {}) =>
      client.post('/api/reflections', { kind: 'daily', body, ...extra });
    await write('Walked by the river before work. The walk cleared my head.', {
      at: daysAgo(400),
      tags: ['walks'],
      emotions: ['calm'],
    });
    await write('Long meeting about the roadmap; I walked out tired.', {
      at: daysAgo(30),
      emotions: ['tired'],
    });
    await write('Nothing about that here, only gardening.', { at: daysAgo(2) });
    await write('Café with Ana: honest feedback about my walkthrough.', {
      at: daysAgo(1),
      kind: 'free',
    });

    const found = await client.get('/api/reflections?q=walk');
    expect(found.status).toBe(200);
    const bodies = found.body.items.map((r: any) => r.body);
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).toContain('river');
    const snippet = found.body.items[0].snippet;
    expect(snippet.some((p: any) => p.highlight && /^walk/i.test(p.text))).toBe(true);
    const text = snippet.map((p: any) => p.text).join('');
    for (const marker of ['\u0001', '\u0002', '<']) expect(text).not.toContain(marker);

    expect((await client.get('/api/reflections?q=walk%20river')).body.items).toHaveLength(1);
    expect(
      (await client.get(`/api/reflections?q=walk&from=${daysAgo(60).slice(0, 10)}`)).body.items,
    ).toHaveLength(2);
    expect((await client.get('/api/reflections?q=walk&kind=free')).body.items).toHaveLength(1);
    expect((await client.get('/api/reflections?tag=walks')).body.items).toHaveLength(1);
    expect((await client.get('/api/reflections?emotion=tired')).body.items).toHaveLength(1);
    expect((await client.get('/api/reflections?q=%22%2A%28%29%3A')).status).toBe(200);
    expect((await client.get('/api/reflections?from=2026-02-01&to=2026-01-01')).status).toBe(400);
    const all = await client.get('/api/reflections');
    expect(all.body.items.map((r: any) => r.body.slice(0, 4))).toEqual([
      'Café',
      'Noth',
      'Long',
      'Walk',
    ]);
  });

  it('pages through results with a cursor, with and without a search', async () => {
    const { client } = await signedInClient(server);
    for (let i = 0; i < 5; i += 1)
      await client.post('/api/reflections', {
        kind: 'daily',
        body: `Entry ${i} about patience`,
        at: daysAgo(10 - i),
      });
    for (const q of ['', '&q=patience']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await client.get(
          `/api/reflections?limit=2${q}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.items.map((r: any) => r.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(5);
    }
  });

  it('updates and deletes; the search index follows, also when the account goes', async () => {
    const { client, person } = await signedInClient(server);
    const { id } = (
      await client.post('/api/reflections', { kind: 'daily', body: 'Thinking about sailing.' })
    ).body;
    const changed = await client.patch(`/api/reflections/${id}`, {
      body: 'Thinking about climbing.',
      tags: ['outdoors'],
    });
    expect(changed.body).toMatchObject({ body: 'Thinking about climbing.', tags: ['outdoors'] });
    expect((await client.get('/api/reflections?q=sailing')).body.items).toEqual([]);
    expect((await client.get('/api/reflections?q=climbing')).body.items).toHaveLength(1);
    expect((await client.delete(`/api/reflections/${id}`)).status).toBe(204);
    expect((await client.get('/api/reflections?q=climbing')).body.items).toEqual([]);

    await client.post('/api/reflections', { kind: 'daily', body: 'A secret about kayaking.' });
    expect((await client.delete('/api/me', { password: person.password })).status).toBe(204);
    if (kind === 'sqlite') {
      const { sql } = await import('kysely');
      const left = await sql<{
        n: number;
      }>`select count(*) as n from search_documents_fts where search_documents_fts match 'kayaking'`.execute(
        server.database.db,
      );
      expect(Number(left.rows[0]?.n)).toBe(0);
    }
  });

  it('shows a calendar of a month and what I wrote on this day in earlier years', async () => {
    const { client } = await signedInClient(server);
    await client.post('/api/reflections', {
      kind: 'daily',
      body: 'One',
      at: '2025-03-10T09:00:00Z',
      mood: { pleasantness: 4, energy: 2 },
    });
    await client.post('/api/reflections', {
      kind: 'daily',
      body: 'Two',
      at: '2025-03-10T20:00:00Z',
      mood: { pleasantness: 2, energy: 0 },
    });
    await client.post('/api/reflections', {
      kind: 'daily',
      body: 'Three',
      at: '2024-03-10T09:00:00Z',
    });
    const calendar = await client.get('/api/reflections/calendar?month=2025-03');
    expect(calendar.body.days).toEqual([
      { date: '2025-03-10', count: 2, mood: { pleasantness: 3, energy: 1 } },
    ]);
    const onThisDay = await client.get('/api/reflections/on-this-day?date=2026-03-10');
    expect(onThisDay.body.items.map((i: any) => [i.yearsAgo, i.reflection.body])).toEqual([
      [1, 'Two'],
      [1, 'One'],
      [2, 'Three'],
    ]);
    expect((await client.get('/api/reflections/calendar?month=2025-13')).status).toBe(400);
  });

  it('is private: another person gets 404 and never sees it in a search', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const { id } = (
      await ana.client.post('/api/reflections', {
        kind: 'daily',
        body: 'My private zeppelin dream.',
      })
    ).body;
    expect((await bea.client.get(`/api/reflections/${id}`)).status).toBe(404);
    expect((await bea.client.patch(`/api/reflections/${id}`, { body: 'mine' })).status).toBe(404);
    expect((await bea.client.delete(`/api/reflections/${id}`)).status).toBe(404);
    expect((await bea.client.get('/api/reflections?q=zeppelin')).body.items).toEqual([]);
    expect((await ana.client.get('/api/reflections?q=zeppelin')).body.items).toHaveLength(1);
  });

  it('finds limiting language in any text, with UTF-16 offsets', async () => {
    const { client } = await signedInClient(server);
    const text = '🌱 Honestly, I always fail at this and I don’t deserve the role.';
    const response = await client.post('/api/language/limiting', { text });
    expect(response.status).toBe(200);
    const kinds = response.body.findings.map((f: any) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['overgeneralization', 'unworthiness']));
    for (const f of response.body.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(
      (await client.post('/api/language/limiting', { text: 'I can’t wait for Friday!' })).body
        .findings,
    ).toEqual([]);
  });
});
