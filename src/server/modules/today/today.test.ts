import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { expectPagedLikeWhole, readAllPages } from '../../../../test-support/paging';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { isoWeekday, localDate } from '../../../core/calendar';
import { isTensionPrompt } from '../../../core/prompt-choice';
import { PROMPTS } from '../../../core/prompts';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe.each(databaseKinds())('today on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('gives one prompt that stays the same all day, and notes when a reflection answered it', async () => {
    const { client } = await signedInClient(server);
    const first = await client.get('/api/today');
    expect(first.status).toBe(200);
    expect(first.body.date).toBe(localDate(Date.now(), 'UTC'));
    expect(PROMPTS.map((p) => p.id)).toContain(first.body.prompt.id);
    expect(first.body).toMatchObject({
      answeredPrompt: false,
      practices: [],
      mood: null,
      aspirations: [],
      reflectionsToday: 0,
    });
    const again = await Promise.all([client.get('/api/today'), client.get('/api/today')]);
    for (const response of again) expect(response.body.prompt.id).toBe(first.body.prompt.id);
    await client.post('/api/reflections', {
      kind: 'daily',
      body: 'An answer.',
      promptId: first.body.prompt.id,
    });
    const answered = await client.get('/api/today');
    expect(answered.body).toMatchObject({ answeredPrompt: true, reflectionsToday: 1 });
  });

  it('asks about tension when a goal is eroding', async () => {
    const { client } = await signedInClient(server);
    const { id } = (
      await client.post('/api/aspirations', {
        title: 'Write',
        domain: 'learning',
        vision: 'A book.',
        visionLevel: 8,
        at: daysAgo(20),
      })
    ).body;
    await client.post(`/api/aspirations/${id}/assessments`, { level: 3 });
    await client.patch(`/api/aspirations/${id}`, { visionLevel: 5, reason: 'Too much this year.' });
    const today = await client.get('/api/today');
    const prompt = PROMPTS.find((p) => p.id === today.body.prompt.id)!;
    expect(isTensionPrompt(prompt)).toBe(true);
    expect(today.body.aspirations).toHaveLength(1);
    expect(today.body.aspirations[0]).toMatchObject({ title: 'Write', tension: 2, eroding: true });
  });

  it('lists active practices with whether they are scheduled today and today’s check-in', async () => {
    const { client } = await signedInClient(server);
    const today = localDate(Date.now(), 'UTC');
    const notToday = (isoWeekday(today) % 7) + 1;
    const daily = (
      await client.post('/api/practices', { name: 'Morning pages', schedule: { type: 'daily' } })
    ).body;
    await client.post('/api/practices', {
      name: 'Long run',
      schedule: { type: 'weekdays', days: [notToday] },
    });
    const archived = (
      await client.post('/api/practices', { name: 'Old', schedule: { type: 'daily' } })
    ).body;
    await client.patch(`/api/practices/${archived.id}`, { archived: true });
    await client.put(`/api/practices/${daily.id}/checkins/${today}`, { status: 'done' });
    const { body } = await client.get('/api/today');
    expect(
      body.practices.map((p: any) => [p.name, p.scheduledToday, p.today.checkIn?.status ?? null]),
    ).toEqual([
      ['Morning pages', true, 'done'],
      ['Long run', false, null],
    ]);
  });

  it('reads bounded windows yet shows what the whole histories give', async () => {
    const { client } = await signedInClient(server);
    const aspirations: string[] = [];
    // Long histories: assessments and vision changes well before the erosion window and in it.
    for (const [title, days] of [
      ['Old and steady', [400, 300, 200, 150]],
      ['Eroding lately', [200, 95, 60, 10, 3]],
      ['Only long ago', [500, 120]],
    ] as const) {
      const { id } = (
        await client.post('/api/aspirations', {
          title,
          domain: 'learning',
          vision: 'A vision.',
          visionLevel: 9,
          at: daysAgo(days[0]! + 1),
        })
      ).body;
      aspirations.push(id);
      for (const [i, ago] of days.entries()) {
        await client.post(`/api/aspirations/${id}/assessments`, {
          level: (i * 3) % 8,
          at: daysAgo(ago),
        });
        if (i % 2 === 1)
          await client.patch(`/api/aspirations/${id}`, {
            visionLevel: 9 - i,
            reason: 'Less this year.',
            at: daysAgo(ago - 0.5),
          });
      }
      await client.post(`/api/aspirations/${id}/steps`, { text: 'A first step' });
    }
    const practice = (
      await client.post('/api/practices', {
        name: 'Weekly long walk',
        schedule: { type: 'weekly', times: 2 },
      })
    ).body;
    const today = localDate(Date.now(), 'UTC');
    for (let ago = 0; ago < 60; ago += 3) {
      const date = localDate(Date.now() - ago * DAY, 'UTC');
      await client.put(`/api/practices/${practice.id}/checkins/${date}`, {
        status: ago % 9 === 0 ? 'skipped' : 'done',
        ...(date === today ? { note: 'Rained.' } : {}),
      });
    }
    const body = (await client.get('/api/today')).body;
    for (const id of aspirations) {
      const { history, ...whole } = (await client.get(`/api/aspirations/${id}`)).body;
      expect(history.length).toBeGreaterThan(0);
      const shown = body.aspirations.find((a: any) => a.id === id);
      expect(shown).not.toHaveProperty('history');
      for (const key of Object.keys(shown)) expect(shown[key]).toEqual(whole[key]);
    }
    const { history: practiceHistory, ...wholePractice } = (
      await client.get(`/api/practices/${practice.id}`)
    ).body;
    expect(practiceHistory.checkIns.length).toBeGreaterThan(0);
    const { scheduledToday, ...shownPractice } = body.practices[0];
    expect(scheduledToday).toBe(true);
    expect(shownPractice).toEqual(wholePractice);
    expect(shownPractice.today.checkIn).toMatchObject({ note: 'Rained.' });
  });

  it('records mood check-ins, shows the latest today, and refuses bad ones', async () => {
    const { client } = await signedInClient(server);
    expect(
      (await client.post('/api/mood', { pleasantness: 2, energy: -1, emotions: ['calm'] })).status,
    ).toBe(201);
    const later = await client.post('/api/mood', { pleasantness: 3, energy: 1 });
    expect(later.body).toMatchObject({ pleasantness: 3, energy: 1, emotions: [] });
    expect((await client.get('/api/today')).body.mood).toMatchObject({
      pleasantness: 3,
      energy: 1,
    });
    expect(
      (await client.get('/api/mood?days=7')).body.items.map((m: any) => m.pleasantness),
    ).toEqual([2, 3]);
    for (const bad of [
      { pleasantness: 6, energy: 0 },
      { pleasantness: 0 },
      { pleasantness: 0, energy: 0, emotions: ['meh'] },
    ]) {
      expect((await client.post('/api/mood', bad)).status).toBe(400);
    }
    const other = await signedInClient(server, 'Bea');
    expect((await other.client.get('/api/mood')).body.items).toEqual([]);
    for (let i = 0; i < 4; i += 1) await client.post('/api/mood', { pleasantness: i, energy: 0 });
    const paged = await expectPagedLikeWhole(client, '/api/mood?days=7', 2);
    expect(paged).toHaveLength(6);
    expect((await client.get('/api/mood?cursor=nope')).status).toBe(400);
    expect((await other.client.get('/api/today')).body.mood).toBeNull();
  });

  it('serves the prompt library by theme', async () => {
    const { client } = await signedInClient(server);
    const all = await readAllPages(client, '/api/prompts', 40);
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.map((p) => p.id)).toEqual(PROMPTS.map((p) => p.id));
    await expectPagedLikeWhole(client, '/api/prompts?theme=vision', 4);
    const vision = await client.get('/api/prompts?theme=vision');
    expect(vision.body.items.every((p: any) => p.theme === 'vision')).toBe(true);
    expect((await client.get('/api/prompts?theme=astrology')).status).toBe(400);
    expect((await server.client().get('/api/today')).status).toBe(401);
  });
});
