import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { MAX_SESSIONS_PER_ITEM } from '../../../contracts/learning';
import { addDays, localDate } from '../../../core/calendar';

const aspiration = (client: HttpClient, title: string) =>
  client
    .post('/api/aspirations', { title, domain: 'learning', vision: 'Clear.', visionLevel: 8 })
    .then((r) => r.body as { id: string; title: string });

describe.each(databaseKinds())('learning log on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('records a learning item with insights and aspirations, and changes it', async () => {
    const { client } = await signedInClient(server);
    const coach = await aspiration(client, 'Coach, not fix');
    const today = localDate(Date.now(), 'UTC');
    const created = await client.post('/api/learning', {
      kind: 'book',
      title: '  The Fifth Discipline  ',
      source: 'Peter Senge',
      url: 'https://example.com/fifth-discipline',
      status: 'in_progress',
      insights: '## Personal mastery\n\n- Creative tension, not emotional tension.',
      startedOn: addDays(today, -20),
      aspirationIds: [coach.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'book',
      status: 'in_progress',
      title: 'The Fifth Discipline',
      source: 'Peter Senge',
      url: 'https://example.com/fifth-discipline',
      startedOn: addDays(today, -20),
      finishedOn: null,
      aspirations: [{ id: coach.id, title: 'Coach, not fix' }],
      totalHours: 0,
      sessions: [],
    });
    const { id } = created.body;
    expect((await client.get(`/api/learning/${id}`)).body).toEqual(created.body);

    const finished = await client.patch(`/api/learning/${id}`, {
      status: 'done',
      finishedOn: today,
      url: null,
      aspirationIds: [],
    });
    expect(finished.status).toBe(200);
    expect(finished.body).toMatchObject({
      status: 'done',
      finishedOn: today,
      startedOn: addDays(today, -20),
      url: null,
      aspirations: [],
    });
    const minimal = await client.post('/api/learning', { kind: 'feedback', title: 'From Bea' });
    expect(minimal.body).toMatchObject({
      status: 'planned',
      source: '',
      url: null,
      insights: '',
      startedOn: null,
      aspirations: [],
    });
    expect((await client.delete(`/api/learning/${minimal.body.id}`)).status).toBe(204);
    expect((await client.get(`/api/learning/${minimal.body.id}`)).status).toBe(404);
    expect((await client.get('/api/learning')).body.items.map((i: any) => i.id)).toEqual([id]);
  });

  it('logs hours as sessions in quarter hours, kept as whole minutes', async () => {
    const { client } = await signedInClient(server);
    const { id } = (await client.post('/api/learning', { kind: 'course', title: 'Statistics' }))
      .body;
    const today = localDate(Date.now(), 'UTC');
    const first = await client.post(`/api/learning/${id}/sessions`, {
      date: addDays(today, -1),
      hours: 1.5,
      note: 'Chapter 1',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ date: addDays(today, -1), hours: 1.5, note: 'Chapter 1' });
    const second = await client.post(`/api/learning/${id}/sessions`, { date: today, hours: 0.25 });
    expect(second.body).toMatchObject({ hours: 0.25, note: '' });
    await client.post(`/api/learning/${id}/sessions`, { date: today, hours: 24 });

    const rows = await server.database.db
      .selectFrom('learningSessions')
      .select('minutes')
      .where('learningItemId', '=', id)
      .orderBy('minutes')
      .execute();
    expect(rows.map((r) => r.minutes)).toEqual([15, 90, 1440]);

    const detail = await client.get(`/api/learning/${id}`);
    expect(detail.body.totalHours).toBe(25.75);
    expect(detail.body.sessions.map((s: any) => s.date)).toEqual([
      today,
      today,
      addDays(today, -1),
    ]);
    const listed = (await client.get('/api/learning')).body.items[0];
    expect(listed.totalHours).toBe(25.75);
    expect(listed).not.toHaveProperty('sessions');

    expect((await client.delete(`/api/learning/${id}/sessions/${first.body.id}`)).status).toBe(204);
    expect((await client.get(`/api/learning/${id}`)).body.totalHours).toBe(24.25);
    expect((await client.delete(`/api/learning/${id}/sessions/${first.body.id}`)).status).toBe(404);
    const other = (await client.post('/api/learning', { kind: 'article', title: 'Other' })).body;
    expect(
      (await client.delete(`/api/learning/${other.id}/sessions/${second.body.id}`)).status,
    ).toBe(404);

    // An item holds a bounded number of sessions, so its detail stays a bounded answer.
    await server.database.db
      .insertInto('learningSessions')
      .values(
        Array.from({ length: MAX_SESSIONS_PER_ITEM - 2 }, (_, i) => ({
          id: `S${String(i).padStart(25, '0')}`,
          learningItemId: id,
          date: addDays(today, -2),
          minutes: 15,
          note: '',
          createdAt: new Date().toISOString(),
        })),
      )
      .execute();
    const full = await client.post(`/api/learning/${id}/sessions`, { date: today, hours: 1 });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('too_many_sessions');

    expect((await client.delete(`/api/learning/${id}`)).status).toBe(204);
    const left = await server.database.db
      .selectFrom('learningSessions')
      .select('id')
      .where('learningItemId', '=', id)
      .execute();
    expect(left).toEqual([]);
  });

  it('refuses bad input, naming the field, and writes nothing', async () => {
    const { client } = await signedInClient(server);
    const today = localDate(Date.now(), 'UTC');
    const ok = { kind: 'book', title: 'A book' };
    const bad: [Record<string, unknown>, (string | number)[]][] = [
      [{ ...ok, kind: 'podcast' }, ['kind']],
      [{ ...ok, title: '   ' }, ['title']],
      [{ ...ok, title: 'x'.repeat(201) }, ['title']],
      [{ ...ok, source: 'x'.repeat(201) }, ['source']],
      [{ ...ok, url: 'ftp://example.com/a' }, ['url']],
      [{ ...ok, url: 'javascript:alert(1)' }, ['url']],
      [{ ...ok, url: 'example.com' }, ['url']],
      [{ ...ok, url: `https://example.com/${'x'.repeat(2000)}` }, ['url']],
      [{ ...ok, status: 'finished' }, ['status']],
      [{ ...ok, insights: 'x'.repeat(20_001) }, ['insights']],
      [{ ...ok, startedOn: '2026-02-30' }, ['startedOn']],
      [{ ...ok, startedOn: 'yesterday' }, ['startedOn']],
      [{ ...ok, startedOn: today, finishedOn: addDays(today, -1) }, ['finishedOn']],
      [{ ...ok, startedOn: addDays(today, 1) }, ['startedOn']],
      [{ ...ok, finishedOn: addDays(today, 2) }, ['finishedOn']],
      [{ ...ok, aspirationIds: ['a', 'a'] }, ['aspirationIds']],
      [{ ...ok, aspirationIds: ['not-mine'] }, ['aspirationIds', 0]],
      [{ ...ok, aspirationIds: Array.from({ length: 21 }, (_, i) => `a${i}`) }, ['aspirationIds']],
    ];
    for (const [body, path] of bad) {
      const response = await client.post('/api/learning', body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details.issues[0].path, JSON.stringify(body).slice(0, 80)).toEqual(
        path,
      );
    }
    expect((await client.post('/api/learning', { title: 'no kind' })).status).toBe(400);
    expect((await client.get('/api/learning')).body.items).toEqual([]);

    const { id } = (
      await client.post('/api/learning', {
        ...ok,
        startedOn: addDays(today, -10),
        finishedOn: addDays(today, -5),
      })
    ).body;
    const badChanges: [Record<string, unknown>, (string | number)[]][] = [
      [{}, []],
      [{ startedOn: addDays(today, -4) }, ['startedOn']],
      [{ finishedOn: addDays(today, -11) }, ['finishedOn']],
      [{ finishedOn: addDays(today, 1) }, ['finishedOn']],
      [{ title: '' }, ['title']],
      [{ url: 'mailto:ana@example.com' }, ['url']],
    ];
    for (const [body, path] of badChanges) {
      const response = await client.patch(`/api/learning/${id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.issues[0].path, JSON.stringify(body)).toEqual(path);
    }
    expect(
      (await client.patch(`/api/learning/${id}`, { startedOn: null, finishedOn: null })).body,
    ).toMatchObject({ startedOn: null, finishedOn: null });

    const badSessions: [Record<string, unknown>, (string | number)[]][] = [
      [{ date: today, hours: 0 }, ['hours']],
      [{ date: today, hours: -1 }, ['hours']],
      [{ date: today, hours: 24.25 }, ['hours']],
      [{ date: today, hours: 0.3 }, ['hours']],
      [{ date: today, hours: '1' }, ['hours']],
      [{ hours: 1 }, ['date']],
      [{ date: '2026-13-01', hours: 1 }, ['date']],
      [{ date: addDays(today, 1), hours: 1 }, ['date']],
      [{ date: today, hours: 1, note: 'x'.repeat(501) }, ['note']],
    ];
    for (const [body, path] of badSessions) {
      const response = await client.post(`/api/learning/${id}/sessions`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.issues[0].path, JSON.stringify(body)).toEqual(path);
    }
    expect((await client.get(`/api/learning/${id}`)).body.sessions).toEqual([]);
  });

  it('judges “not in the future” by the person’s own calendar', async () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const { client } = await signedInClient(server);
      await client.patch('/api/me', { timeZone });
      const localToday = localDate(Date.now(), timeZone);
      const item = await client.post('/api/learning', {
        kind: 'experience',
        title: 'Led the retro',
        startedOn: localToday,
        finishedOn: localToday,
      });
      expect(item.status, timeZone).toBe(201);
      expect(
        (
          await client.post(`/api/learning/${item.body.id}/sessions`, {
            date: localToday,
            hours: 1,
          })
        ).status,
      ).toBe(201);
      const tomorrow = addDays(localToday, 1);
      expect(
        (await client.post('/api/learning', { kind: 'book', title: 'x', startedOn: tomorrow }))
          .status,
      ).toBe(400);
      expect(
        (await client.post(`/api/learning/${item.body.id}/sessions`, { date: tomorrow, hours: 1 }))
          .status,
      ).toBe(400);
    }
  });

  it('links only my own aspirations, filters by them and replaces links', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const coach = await aspiration(ana.client, 'Coach, not fix');
    const write = await aspiration(ana.client, 'Write clearly');
    const beas = await aspiration(bea.client, 'Bea’s secret aspiration');

    const stolen = await ana.client.post('/api/learning', {
      kind: 'book',
      title: 'x',
      aspirationIds: [coach.id, beas.id],
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.details.issues).toEqual([
      { path: ['aspirationIds', 1], message: 'Choose one of your aspirations.' },
    ]);
    const missing = await ana.client.post('/api/learning', {
      kind: 'book',
      title: 'x',
      aspirationIds: ['01JNOSUCHASPIRATION0000000'],
    });
    // The same answer whether the aspiration is someone else's or does not exist at all.
    expect(missing.body.error.details.issues).toEqual([
      { path: ['aspirationIds', 0], message: 'Choose one of your aspirations.' },
    ]);
    expect(missing.body.error.message).toBe(stolen.body.error.message);
    expect(JSON.stringify(stolen.body)).not.toContain('secret');

    const both = (
      await ana.client.post('/api/learning', {
        kind: 'mentoring',
        title: 'Sessions with Carla',
        aspirationIds: [write.id, coach.id],
      })
    ).body;
    expect(both.aspirations).toEqual([
      { id: coach.id, title: 'Coach, not fix' },
      { id: write.id, title: 'Write clearly' },
    ]);
    await ana.client.post('/api/learning', {
      kind: 'article',
      title: 'Plain words',
      aspirationIds: [write.id],
    });
    await ana.client.post('/api/learning', { kind: 'book', title: 'Unlinked' });

    const titles = async (query: string) =>
      (await ana.client.get(`/api/learning${query}`)).body.items.map((i: any) => i.title);
    expect(await titles(`?aspirationId=${coach.id}`)).toEqual(['Sessions with Carla']);
    expect(await titles(`?aspirationId=${write.id}`)).toEqual([
      'Plain words',
      'Sessions with Carla',
    ]);
    expect(await titles(`?aspirationId=${beas.id}`)).toEqual([]);

    const replaced = await ana.client.patch(`/api/learning/${both.id}`, {
      aspirationIds: [coach.id],
    });
    expect(replaced.body.aspirations).toEqual([{ id: coach.id, title: 'Coach, not fix' }]);
    expect(await titles(`?aspirationId=${write.id}`)).toEqual(['Plain words']);
    const refused = await ana.client.patch(`/api/learning/${both.id}`, {
      aspirationIds: [beas.id],
    });
    expect(refused.status).toBe(400);
    expect((await ana.client.get(`/api/learning/${both.id}`)).body.aspirations).toEqual([
      { id: coach.id, title: 'Coach, not fix' },
    ]);
  });

  it('pages newest first with a cursor, filters by status and kind, bounds the limit', async () => {
    const { client } = await signedInClient(server);
    const kinds = ['book', 'course', 'book', 'article', 'book'];
    for (const [i, k] of kinds.entries()) {
      await client.post('/api/learning', {
        kind: k,
        title: `Item ${i}`,
        status: i % 2 === 0 ? 'done' : 'planned',
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = await client.get(
        `/api/learning?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((i: any) => i.title));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['Item 4', 'Item 3', 'Item 2', 'Item 1', 'Item 0']);

    const titles = async (query: string) =>
      (await client.get(`/api/learning${query}`)).body.items.map((i: any) => i.title);
    expect(await titles('?kind=book')).toEqual(['Item 4', 'Item 2', 'Item 0']);
    expect(await titles('?status=planned')).toEqual(['Item 3', 'Item 1']);
    expect(await titles('?status=done&kind=book&limit=1')).toEqual(['Item 4']);
    for (const query of [
      '?cursor=not-a-cursor!',
      '?limit=0',
      '?limit=101',
      '?limit=x',
      '?status=paused',
      '?kind=film',
    ])
      expect((await client.get(`/api/learning${query}`)).status, query).toBe(400);
  });

  it('shows hours per month by aspiration, counting an item serving two for each', async () => {
    const { client } = await signedInClient(server);
    await client.patch('/api/me', { timeZone: 'Pacific/Kiritimati' });
    const today = localDate(Date.now(), 'Pacific/Kiritimati');
    const thisMonth = today.slice(0, 7);
    const lastMonthDay = addDays(`${thisMonth}-01`, -1);
    const coach = await aspiration(client, 'Coach, not fix');
    const write = await aspiration(client, 'Write clearly');
    const item = async (title: string, aspirationIds: string[]) =>
      (await client.post('/api/learning', { kind: 'course', title, aspirationIds })).body.id;
    const log = (id: string, date: string, hours: number) =>
      client.post(`/api/learning/${id}/sessions`, { date, hours });

    const coaching = await item('Coaching course', [coach.id]);
    const both = await item('Writing for leaders', [coach.id, write.id]);
    const loose = await item('Random talk', []);
    await log(coaching, today, 2);
    await log(coaching, lastMonthDay, 1.5);
    await log(both, today, 1);
    await log(loose, today, 0.5);
    const yearAgo = addDays(`${thisMonth}-01`, -366);
    await log(coaching, yearAgo, 7);

    const hours = await client.get('/api/learning/hours');
    expect(hours.status).toBe(200);
    expect(hours.body.months).toHaveLength(12);
    expect(hours.body.months.at(-1)).toBe(thisMonth);
    expect(hours.body.months.at(-2)).toBe(lastMonthDay.slice(0, 7));
    const zeros = (n: number) => Array.from({ length: n }, () => 0);
    expect(hours.body.series).toEqual([
      { aspirationId: coach.id, title: 'Coach, not fix', hours: [...zeros(10), 1.5, 3] },
      { aspirationId: write.id, title: 'Write clearly', hours: [...zeros(11), 1] },
      { aspirationId: null, title: 'Not linked', hours: [...zeros(11), 0.5] },
    ]);

    const longer = await client.get('/api/learning/hours?months=24');
    expect(longer.body.months).toHaveLength(24);
    const coachLonger = longer.body.series.find((s: any) => s.aspirationId === coach.id);
    expect(coachLonger.hours.reduce((a: number, b: number) => a + b, 0)).toBe(11.5);
    const one = await client.get('/api/learning/hours?months=1');
    expect(one.body).toMatchObject({ months: [thisMonth] });
    expect(one.body.series.map((s: any) => s.hours)).toEqual([[3], [1], [0.5]]);
    for (const query of ['?months=0', '?months=61', '?months=a'])
      expect((await client.get(`/api/learning/hours${query}`)).status, query).toBe(400);
  });

  it('is private: another person gets 404 on every route and sees none of it', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const coach = await aspiration(ana.client, 'Coach, not fix');
    const today = localDate(Date.now(), 'UTC');
    const { id } = (
      await ana.client.post('/api/learning', {
        kind: 'book',
        title: 'Mine',
        aspirationIds: [coach.id],
      })
    ).body;
    const session = (
      await ana.client.post(`/api/learning/${id}/sessions`, { date: today, hours: 2 })
    ).body;
    for (const response of [
      await bea.client.get(`/api/learning/${id}`),
      await bea.client.patch(`/api/learning/${id}`, { title: 'Theirs' }),
      await bea.client.post(`/api/learning/${id}/sessions`, { date: today, hours: 1 }),
      await bea.client.delete(`/api/learning/${id}/sessions/${session.id}`),
      await bea.client.delete(`/api/learning/${id}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await bea.client.get('/api/learning')).body).toEqual({ items: [], nextCursor: null });
    expect((await bea.client.get(`/api/learning?aspirationId=${coach.id}`)).body.items).toEqual([]);
    expect((await bea.client.get('/api/learning/hours')).body.series).toEqual([]);
    expect((await server.client().get('/api/learning')).status).toBe(401);
    expect((await ana.client.get(`/api/learning/${id}`)).body).toMatchObject({
      title: 'Mine',
      totalHours: 2,
    });
  });

  it('removes the learning log when the account is deleted', async () => {
    const { client, person, user } = await signedInClient(server);
    const coach = await aspiration(client, 'Coach, not fix');
    const { id } = (
      await client.post('/api/learning', { kind: 'book', title: 'x', aspirationIds: [coach.id] })
    ).body;
    await client.post(`/api/learning/${id}/sessions`, {
      date: localDate(Date.now(), 'UTC'),
      hours: 1,
    });
    expect((await client.delete('/api/me', { password: person.password })).status).toBe(204);
    const db = server.database.db;
    expect(
      await db.selectFrom('learningItems').select('id').where('userId', '=', user.id).execute(),
    ).toEqual([]);
    expect(
      await db
        .selectFrom('learningSessions')
        .select('id')
        .where('learningItemId', '=', id)
        .execute(),
    ).toEqual([]);
    expect(
      await db
        .selectFrom('learningItemAspirations')
        .select('aspirationId')
        .where('learningItemId', '=', id)
        .execute(),
    ).toEqual([]);
  });

  it('describes every route in the OpenAPI document', async () => {
    const spec = (await server.client().get('/api/openapi.json')).body;
    const paths = [
      ['/api/learning', ['get', 'post']],
      ['/api/learning/hours', ['get']],
      ['/api/learning/{id}', ['get', 'patch', 'delete']],
      ['/api/learning/{id}/sessions', ['post']],
      ['/api/learning/{id}/sessions/{sessionId}', ['delete']],
    ] as const;
    for (const [path, methods] of paths) {
      for (const method of methods) {
        const operation = spec.paths[path]?.[method];
        expect(operation?.tags, `${method} ${path}`).toEqual(['learning']);
        expect(operation?.summary, `${method} ${path}`).toBeTruthy();
      }
    }
  });
});
