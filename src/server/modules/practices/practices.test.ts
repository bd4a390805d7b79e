import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { addDays, localDate } from '../../../core/calendar';
import { strengthMultiplier } from '../../../core/practice';

describe.each(databaseKinds())('practices on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('creates a practice and checks in: streak, best streak and strength as PRODUCT.md defines', async () => {
    const { client } = await signedInClient(server);
    const created = await client.post('/api/practices', {
      name: 'Morning pages',
      schedule: { type: 'daily' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Morning pages',
      strength: 0,
      streak: 0,
      bestStreak: 0,
      archived: false,
    });
    const { id } = created.body;
    const today = created.body.today.date;
    expect(today).toBe(localDate(Date.now(), 'UTC'));

    for (const daysAgo of [4, 3, 2, 1, 0]) {
      const put = await client.put(`/api/practices/${id}/checkins/${addDays(today, -daysAgo)}`, {
        status: 'done',
      });
      expect(put.status).toBe(200);
    }
    const m = strengthMultiplier({ type: 'daily' });
    const practice = await client.get(`/api/practices/${id}`);
    expect(practice.body).toMatchObject({ streak: 5, bestStreak: 5, streakUnit: 'day' });
    expect(practice.body.strength).toBeCloseTo(1 - m ** 5, 10);
    expect(practice.body.today.checkIn).toEqual({ date: today, status: 'done', note: null });
    expect(practice.body.history.checkIns).toHaveLength(5);
    expect(practice.body.history.strength.at(-1).date).toBe(today);

    // Undo today: the series then runs through yesterday, so nothing is lowered by an unticked morning.
    expect((await client.delete(`/api/practices/${id}/checkins/${today}`)).status).toBe(204);
    const undone = await client.get(`/api/practices/${id}`);
    expect(undone.body.strength).toBeCloseTo(1 - m ** 4, 10);
    expect(undone.body.streak).toBe(4);
    expect((await client.delete(`/api/practices/${id}/checkins/${today}`)).status).toBe(404);
  });

  it('treats a skipped day as excused and keeps one check-in per day with a note', async () => {
    const { client } = await signedInClient(server);
    const { id, today } = await client
      .post('/api/practices', { name: 'Walk, no phone', schedule: { type: 'daily' } })
      .then((r) => ({ id: r.body.id, today: r.body.today.date }));
    await client.put(`/api/practices/${id}/checkins/${addDays(today, -2)}`, { status: 'done' });
    await client.put(`/api/practices/${id}/checkins/${addDays(today, -1)}`, {
      status: 'skipped',
      note: 'Sick',
    });
    const skipped = await client.get(`/api/practices/${id}`);
    await client.put(`/api/practices/${id}/checkins/${addDays(today, -1)}`, {
      status: 'skipped',
      note: 'Sick, resting',
    });
    const again = await client.get(`/api/practices/${id}`);
    expect(again.body.history.checkIns).toEqual([
      { date: addDays(today, -2), status: 'done', note: null },
      { date: addDays(today, -1), status: 'skipped', note: 'Sick, resting' },
    ]);
    expect(skipped.body.strength).toBeCloseTo(1 - strengthMultiplier({ type: 'daily' }), 10);
    expect(skipped.body.streak).toBe(1);
  });

  it('lists each practice with its last seven days, to tick where it lives', async () => {
    const { client } = await signedInClient(server);
    const { id, today } = await client
      .post('/api/practices', { name: 'Walk', schedule: { type: 'daily' } })
      .then((r) => ({ id: r.body.id, today: r.body.today.date }));
    for (const daysAgo of [7, 6, 2, 0]) {
      await client.put(`/api/practices/${id}/checkins/${addDays(today, -daysAgo)}`, {
        status: daysAgo === 2 ? 'skipped' : 'done',
      });
    }
    const list = await client.get('/api/practices');
    expect(list.status).toBe(200);
    // Eight days ago is outside the week; six days ago is its first day.
    expect(list.body.items[0].week).toEqual([
      { date: addDays(today, -6), status: 'done', note: null },
      { date: addDays(today, -2), status: 'skipped', note: null },
      { date: today, status: 'done', note: null },
    ]);
  });

  it('shows on Today and the list the strength and streaks of every check-in, back-dated ones and a time zone moved back included', async () => {
    const { client } = await signedInClient(server);
    await client.patch('/api/me', { timeZone: 'Pacific/Kiritimati' });
    const { id, today } = await client
      .post('/api/practices', { name: 'Stretch', schedule: { type: 'weekly', times: 2 } })
      .then((r) => ({ id: r.body.id, today: r.body.today.date }));
    // Ticked out of order: the summary is moved on, then made again from the back-dated day.
    for (const [daysAgo, status] of [
      [1, 'done'],
      [9, 'done'],
      [0, 'done'],
      [8, 'skipped'],
      [15, 'done'],
      [8, 'done'],
    ] as const) {
      await client.put(`/api/practices/${id}/checkins/${addDays(today, -daysAgo)}`, { status });
    }
    await client.delete(`/api/practices/${id}/checkins/${addDays(today, -1)}`);
    const figures = (body: { strength: number; streak: number; bestStreak: number }) => ({
      strength: body.strength,
      streak: body.streak,
      bestStreak: body.bestStreak,
    });
    const expectSameEverywhere = async () => {
      const detail = figures((await client.get(`/api/practices/${id}`)).body);
      const listed = (await client.get('/api/practices')).body.items.find(
        (p: { id: string }) => p.id === id,
      );
      const onToday = (await client.get('/api/today')).body.practices.find(
        (p: { id: string }) => p.id === id,
      );
      expect(figures(listed)).toEqual(detail);
      expect(figures(onToday)).toEqual(detail);
      return detail;
    };
    expect((await expectSameEverywhere()).strength).toBeGreaterThan(0);
    // 25 hours back: today's check-in now lies after the person's today.
    await client.patch('/api/me', { timeZone: 'Pacific/Pago_Pago' });
    await expectSameEverywhere();
  });

  it('checks in by the person’s own calendar date, wherever they are', async () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const { client } = await signedInClient(server);
      await client.patch('/api/me', { timeZone });
      const { body } = await client.post('/api/practices', {
        name: 'Meditate',
        schedule: { type: 'weekdays', days: [1, 2, 3, 4, 5, 6, 7] },
      });
      const localToday = localDate(Date.now(), timeZone);
      expect(body.today.date).toBe(localToday);
      expect(
        (await client.put(`/api/practices/${body.id}/checkins/${localToday}`, { status: 'done' }))
          .status,
      ).toBe(200);
      const tomorrow = await client.put(
        `/api/practices/${body.id}/checkins/${addDays(localToday, 1)}`,
        { status: 'done' },
      );
      expect(tomorrow.status).toBe(400);
      expect(tomorrow.body.error.details.issues[0].path).toEqual(['date']);
    }
  });

  it('refuses bad input', async () => {
    const { client } = await signedInClient(server);
    const bad = [
      { name: '', schedule: { type: 'daily' } },
      { name: 'x', schedule: { type: 'weekly', times: 8 } },
      { name: 'x', schedule: { type: 'weekly' } },
      { name: 'x', schedule: { type: 'weekdays', days: [] } },
      { name: 'x', schedule: { type: 'weekdays', days: [1, 1] } },
      { name: 'x', schedule: { type: 'hourly' } },
      { name: 'x', schedule: { type: 'daily' }, aspirationId: 'not-mine' },
    ];
    for (const body of bad)
      expect((await client.post('/api/practices', body)).status, JSON.stringify(body)).toBe(400);
    const { id } = (
      await client.post('/api/practices', { name: 'ok', schedule: { type: 'weekly', times: 3 } })
    ).body;
    expect(
      (await client.put(`/api/practices/${id}/checkins/2026-02-30`, { status: 'done' })).status,
    ).toBe(400);
    expect(
      (await client.put(`/api/practices/${id}/checkins/yesterday`, { status: 'done' })).status,
    ).toBe(400);
    expect(
      (await client.put(`/api/practices/${id}/checkins/2026-01-05`, { status: 'maybe' })).status,
    ).toBe(400);
  });

  it('links a practice to my own aspiration and value only, and archives it', async () => {
    const { client } = await signedInClient(server);
    const aspiration = (
      await client.post('/api/aspirations', {
        title: 'Run a half',
        domain: 'health',
        vision: 'Finish strong.',
        visionLevel: 9,
      })
    ).body;
    const value = (await client.post('/api/values', { name: 'Vitality' })).body;
    const created = await client.post('/api/practices', {
      name: 'Run',
      schedule: { type: 'weekly', times: 3 },
      aspirationId: aspiration.id,
      valueId: value.id,
    });
    expect(created.body).toMatchObject({ aspirationId: aspiration.id, valueId: value.id });
    const archived = await client.patch(`/api/practices/${created.body.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    expect((await client.get('/api/practices')).body.items).toEqual([]);
    expect((await client.get('/api/practices?archived=true')).body.items).toHaveLength(1);
    const bea = await signedInClient(server, 'Bea');
    const stolen = await bea.client.post('/api/practices', {
      name: 'x',
      schedule: { type: 'daily' },
      aspirationId: aspiration.id,
    });
    expect(stolen.status).toBe(400);
  });

  it('is private: another person gets 404 on every route', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const { id, today } = await ana.client
      .post('/api/practices', { name: 'Mine', schedule: { type: 'daily' } })
      .then((r) => ({ id: r.body.id, today: r.body.today.date }));
    await ana.client.put(`/api/practices/${id}/checkins/${today}`, { status: 'done' });
    for (const response of [
      await bea.client.get(`/api/practices/${id}`),
      await bea.client.patch(`/api/practices/${id}`, { name: 'Theirs' }),
      await bea.client.put(`/api/practices/${id}/checkins/${today}`, { status: 'skipped' }),
      await bea.client.delete(`/api/practices/${id}/checkins/${today}`),
      await bea.client.delete(`/api/practices/${id}`),
    ]) {
      expect(response.status).toBe(404);
    }
    expect((await bea.client.get('/api/practices')).body.items).toEqual([]);
    expect((await ana.client.get(`/api/practices/${id}`)).body).toMatchObject({
      name: 'Mine',
      streak: 1,
    });
  });
});
