import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { joinOrg } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { addDays, localDate } from '../../../core/calendar';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

const reaction = {
  trigger: 'My manager rewrote my slides the night before the review.',
  emotions: ['angry', 'embarrassed'],
  intensity: 7,
  automaticReaction: 'Sent a sharp message at 11 pm.',
  chosenResponse: 'Ask in the morning what worried her about the slides.',
  outcome: 'She was worried about one number; we fixed it together.',
};

describe.each(databaseKinds())('reaction log on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('logs trigger, emotions, intensity, reaction, response and outcome, and changes them', async () => {
    const { client } = await signedInClient(server);
    const created = await client.post('/api/reactions', {
      ...reaction,
      trigger: `  ${reaction.trigger}  `,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...reaction, date: localDate(Date.now(), 'UTC') });
    expect(Date.now() - Date.parse(created.body.at)).toBeLessThan(60_000);
    const { id } = created.body;
    expect((await client.get(`/api/reactions/${id}`)).body).toEqual(created.body);

    const minimal = await client.post('/api/reactions', { trigger: 'Traffic', intensity: 0 });
    expect(minimal.body).toMatchObject({
      emotions: [],
      intensity: 0,
      automaticReaction: '',
      chosenResponse: '',
      outcome: '',
    });
    const later = await client.patch(`/api/reactions/${minimal.body.id}`, {
      chosenResponse: 'Podcast instead of honking.',
      outcome: 'Arrived calm.',
      emotions: ['calm'],
    });
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({
      trigger: 'Traffic',
      chosenResponse: 'Podcast instead of honking.',
      outcome: 'Arrived calm.',
      emotions: ['calm'],
      at: minimal.body.at,
    });
    const moved = await client.patch(`/api/reactions/${id}`, { at: '2025-06-01T10:00:00+02:00' });
    expect(moved.body).toMatchObject({ at: '2025-06-01T08:00:00.000Z', date: '2025-06-01' });

    expect((await client.delete(`/api/reactions/${minimal.body.id}`)).status).toBe(204);
    expect((await client.get(`/api/reactions/${minimal.body.id}`)).status).toBe(404);
    expect((await client.delete(`/api/reactions/${minimal.body.id}`)).status).toBe(404);
    expect((await client.get('/api/reactions')).body.items.map((r: any) => r.id)).toEqual([id]);
  });

  it('dates a reaction by the person’s own calendar', async () => {
    const { client } = await signedInClient(server);
    await client.patch('/api/me', { timeZone: 'Pacific/Kiritimati' });
    const east = await client.post('/api/reactions', {
      trigger: 'x',
      intensity: 1,
      at: '2026-03-10T12:00:00Z',
    });
    expect(east.body.date).toBe('2026-03-11');
    await client.patch('/api/me', { timeZone: 'America/Los_Angeles' });
    const west = await client.post('/api/reactions', {
      trigger: 'x',
      intensity: 1,
      at: '2026-03-10T05:00:00Z',
    });
    expect(west.body.date).toBe('2026-03-09');
    const moved = await client.patch(`/api/reactions/${east.body.id}`, {
      at: '2026-03-10T12:00:00Z',
    });
    expect(moved.body.date).toBe('2026-03-10');
  });

  it('refuses bad input, naming the field, and writes nothing', async () => {
    const { client } = await signedInClient(server);
    const ok = { trigger: 'Late train', intensity: 4 };
    const bad: [Record<string, unknown>, (string | number)[]][] = [
      [{ ...ok, trigger: '  ' }, ['trigger']],
      [{ ...ok, trigger: 'x'.repeat(2001) }, ['trigger']],
      [{ intensity: 3 }, ['trigger']],
      [{ ...ok, intensity: 11 }, ['intensity']],
      [{ ...ok, intensity: -1 }, ['intensity']],
      [{ ...ok, intensity: 2.5 }, ['intensity']],
      [{ trigger: 'x' }, ['intensity']],
      [{ ...ok, emotions: ['hangry'] }, ['emotions', 0]],
      [{ ...ok, emotions: ['calm', 'calm'] }, ['emotions']],
      [{ ...ok, emotions: 'angry' }, ['emotions']],
      [{ ...ok, automaticReaction: 'x'.repeat(4001) }, ['automaticReaction']],
      [{ ...ok, chosenResponse: 'x'.repeat(4001) }, ['chosenResponse']],
      [{ ...ok, outcome: 'x'.repeat(4001) }, ['outcome']],
      [{ ...ok, at: 'yesterday' }, ['at']],
      [{ ...ok, at: new Date(Date.now() + DAY).toISOString() }, ['at']],
    ];
    for (const [body, path] of bad) {
      const response = await client.post('/api/reactions', body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details.issues[0].path, JSON.stringify(body).slice(0, 80)).toEqual(
        path,
      );
    }
    expect((await client.get('/api/reactions')).body.items).toEqual([]);

    const { id } = (await client.post('/api/reactions', ok)).body;
    const badChanges: [Record<string, unknown>, (string | number)[]][] = [
      [{}, []],
      [{ trigger: '' }, ['trigger']],
      [{ intensity: 11 }, ['intensity']],
      [{ emotions: ['meh'] }, ['emotions', 0]],
      [{ at: new Date(Date.now() + DAY).toISOString() }, ['at']],
    ];
    for (const [body, path] of badChanges) {
      const response = await client.patch(`/api/reactions/${id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.issues[0].path, JSON.stringify(body)).toEqual(path);
    }
    expect((await client.get(`/api/reactions/${id}`)).body).toMatchObject(ok);
  });

  it('pages newest first with a cursor, between two dates, with bounded limits', async () => {
    const { client } = await signedInClient(server);
    for (const n of [5, 4, 3, 2, 1])
      await client.post('/api/reactions', {
        trigger: `${n} days ago`,
        intensity: n,
        at: daysAgo(n),
      });
    const tie = '2025-01-01T09:00:00.000Z';
    await client.post('/api/reactions', { trigger: 'tie a', intensity: 1, at: tie });
    await client.post('/api/reactions', { trigger: 'tie b', intensity: 1, at: tie });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await client.get(
        `/api/reactions?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((r: any) => r.trigger));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      '1 days ago',
      '2 days ago',
      '3 days ago',
      '4 days ago',
      '5 days ago',
      'tie b',
      'tie a',
    ]);

    const today = localDate(Date.now(), 'UTC');
    const triggers = async (query: string) =>
      (await client.get(`/api/reactions${query}`)).body.items.map((r: any) => r.trigger);
    expect(await triggers(`?from=${addDays(today, -3)}&to=${addDays(today, -2)}`)).toEqual([
      '2 days ago',
      '3 days ago',
    ]);
    expect(await triggers(`?to=2025-01-01`)).toEqual(['tie b', 'tie a']);
    expect(await triggers(`?from=${addDays(today, -1)}`)).toEqual(['1 days ago']);
    for (const query of [
      '?cursor=%21%21',
      '?from=2026-02-01&to=2026-01-01',
      '?from=2026-02-30',
      '?to=today',
      '?limit=0',
      '?limit=101',
    ])
      expect((await client.get(`/api/reactions${query}`)).status, query).toBe(400);
  });

  it('finds patterns: the trigger words and emotions that come back, with mean intensity', async () => {
    const { client } = await signedInClient(server);
    const log = (trigger: string, emotions: string[], intensity: number, at = daysAgo(1)) =>
      client.post('/api/reactions', { trigger, emotions, intensity, at });
    await log('My manager interrupted me in the meeting', ['angry'], 8);
    await log('The meeting ran late, late again!', ['frustrated', 'tired'], 5);
    await log('Manager’s email about the meeting', ['anxious', 'angry'], 6);
    await log('Kids fighting at breakfast', ['irritated'], 3, daysAgo(30));
    await log('Meeting meeting meeting', ['angry'], 10, daysAgo(100));

    const patterns = await client.get('/api/reactions/patterns');
    expect(patterns.status).toBe(200);
    const today = localDate(Date.now(), 'UTC');
    expect(patterns.body).toMatchObject({ from: addDays(today, -89), to: today, reactions: 4 });
    // A pattern needs three reactions: "manager" (2) and "angry" (2) are not patterns yet.
    expect(patterns.body.triggerWords).toEqual([{ word: 'meeting', count: 3, meanIntensity: 6.3 }]);
    expect(patterns.body.emotions).toEqual([]);

    const longer = (await client.get('/api/reactions/patterns?days=120')).body;
    expect(longer.reactions).toBe(5);
    expect(longer.triggerWords[0]).toEqual({ word: 'meeting', count: 4, meanIntensity: 7.3 });
    expect(longer.emotions[0]).toEqual({ emotion: 'angry', count: 3, meanIntensity: 8 });

    for (let i = 0; i < 12; i += 1)
      await log(`Priya said the ${i % 2 ? 'rota' : 'printer'} again`, [], 1);
    const words = (await client.get('/api/reactions/patterns')).body.triggerWords.map(
      (w: { word: string }) => w.word,
    );
    expect(words).toEqual(['printer', 'rota', 'meeting']);
    for (const query of ['?days=0', '?days=366', '?days=many'])
      expect((await client.get(`/api/reactions/patterns${query}`)).status, query).toBe(400);
  });

  it('never makes a team colleague’s name a trigger word, however it is written', async () => {
    const ana = await signedInClient(server, 'Ana');
    const zofia = await signedInClient(server, 'Zofia');
    const words = async () =>
      (await ana.client.get('/api/reactions/patterns')).body.triggerWords.map(
        (w: { word: string }) => w.word,
      );
    for (const trigger of [
      'zofia moved the printer again',
      'zofia broke the printer',
      'printer jammed and zofia blamed me',
      'zofia left the printer empty',
    ])
      await ana.client.post('/api/reactions', { trigger, intensity: 5 });
    // Not yet a colleague: a name written only in lower case reads as a word.
    expect(await words()).toEqual(['printer', 'zofia']);
    const lead = await signedInClient(server, 'Lead');
    const orgId: string = (await lead.client.post('/api/orgs', { name: 'Lab' })).body.id;
    const teamId: string = (await lead.client.post(`/api/orgs/${orgId}/teams`, { name: 'Ops' }))
      .body.id;
    for (const person of [ana, zofia]) {
      await joinOrg(lead, orgId, person);
      const put = `/api/teams/${teamId}/members/${person.user.id}`;
      expect((await lead.client.put(put, { role: 'member' })).status).toBe(200);
    }
    expect(await words()).toEqual(['printer']);
  });

  it('is private: another person gets 404 on every route and sees none of it', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const { id } = (await ana.client.post('/api/reactions', reaction)).body;
    for (const response of [
      await bea.client.get(`/api/reactions/${id}`),
      await bea.client.patch(`/api/reactions/${id}`, { outcome: 'Theirs' }),
      await bea.client.delete(`/api/reactions/${id}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await bea.client.get('/api/reactions')).body).toEqual({ items: [], nextCursor: null });
    const theirs = (await bea.client.get('/api/reactions/patterns')).body;
    expect(theirs).toMatchObject({ reactions: 0, triggerWords: [], emotions: [] });
    expect((await server.client().get('/api/reactions')).status).toBe(401);
    expect((await server.client().get('/api/reactions/patterns')).status).toBe(401);
    expect((await ana.client.get(`/api/reactions/${id}`)).body).toMatchObject(reaction);
  });

  it('removes the reaction log when the account is deleted', async () => {
    const { client, person, user } = await signedInClient(server);
    await client.post('/api/reactions', reaction);
    await client.post('/api/reactions', { trigger: 'x', intensity: 2 });
    expect((await client.delete('/api/me', { password: person.password })).status).toBe(204);
    expect(
      await server.database.db
        .selectFrom('reactions')
        .select('id')
        .where('userId', '=', user.id)
        .execute(),
    ).toEqual([]);
  });

  it('describes every route in the OpenAPI document', async () => {
    const spec = (await server.client().get('/api/openapi.json')).body;
    const paths = [
      ['/api/reactions', ['get', 'post']],
      ['/api/reactions/patterns', ['get']],
      ['/api/reactions/{id}', ['get', 'patch', 'delete']],
    ] as const;
    for (const [path, methods] of paths) {
      for (const method of methods) {
        const operation = spec.paths[path]?.[method];
        expect(operation?.tags, `${method} ${path}`).toEqual(['reactions']);
        expect(operation?.summary, `${method} ${path}`).toBeTruthy();
      }
    }
  });
});
