import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe.each(databaseKinds())('aspirations on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const newAspiration = {
    title: 'Coach, not fix',
    domain: 'career',
    vision: 'My team solves its own problems; I ask more than I tell.',
    visionLevel: 8,
  };

  it('creates an aspiration with no tension until reality is assessed, then shows it', async () => {
    const { client } = await signedInClient(server);
    const created = await client.post('/api/aspirations', newAspiration);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...newAspiration,
      realityLevel: null,
      tension: null,
      eroding: false,
      status: 'active',
    });
    expect(created.body.history).toHaveLength(1);

    const assessed = await client.post(`/api/aspirations/${created.body.id}/assessments`, {
      level: 4,
      evidence: 'I still answer most questions myself.',
    });
    expect(assessed.status).toBe(201);
    expect(assessed.body).toMatchObject({
      id: expect.any(String),
      level: 4,
      evidence: 'I still answer most questions myself.',
    });

    const one = await client.get(`/api/aspirations/${created.body.id}`);
    expect(one.body).toMatchObject({
      visionLevel: 8,
      realityLevel: 4,
      tension: 4,
      realityChange: null,
      eroding: false,
    });
    const list = await client.get('/api/aspirations');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: created.body.id, tension: 4 });
    expect(list.body.nextCursor).toBeNull();
  });

  it('refuses bad input with details, and writes nothing', async () => {
    const { client } = await signedInClient(server);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...newAspiration, visionLevel: 11 }, 'visionLevel'],
      [{ ...newAspiration, visionLevel: 2.5 }, 'visionLevel'],
      [{ ...newAspiration, domain: 'hobbies' }, 'domain'],
      [{ ...newAspiration, title: '   ' }, 'title'],
      [{ ...newAspiration, vision: 'v'.repeat(4001) }, 'vision'],
      [{ ...newAspiration, at: 'yesterday' }, 'at'],
      [{ ...newAspiration, at: new Date(Date.now() + DAY).toISOString() }, 'at'],
    ];
    for (const [body, field] of cases) {
      const response = await client.post('/api/aspirations', body);
      expect(response.status, field).toBe(400);
      expect(response.body.error.details.issues.map((i: any) => i.path[0])).toContain(field);
    }
    expect((await client.get('/api/aspirations')).body.items).toEqual([]);
    const { id } = (await client.post('/api/aspirations', newAspiration)).body;
    expect((await client.post(`/api/aspirations/${id}/assessments`, { level: -1 })).status).toBe(
      400,
    );
    expect(
      (
        await client.post(`/api/aspirations/${id}/assessments`, {
          level: 3,
          at: new Date(Date.now() + DAY).toISOString(),
        })
      ).status,
    ).toBe(400);
    expect((await client.patch(`/api/aspirations/${id}`, {})).status).toBe(400);
    expect((await client.patch(`/api/aspirations/${id}`, { status: 'forgotten' })).status).toBe(
      400,
    );
  });

  it('asks for a reason to lower the vision, keeps every revision, and notices the eroding goal', async () => {
    const { client } = await signedInClient(server);
    const { id } = (await client.post('/api/aspirations', { ...newAspiration, at: daysAgo(60) }))
      .body;
    await client.post(`/api/aspirations/${id}/assessments`, { level: 4, at: daysAgo(50) });

    const noReason = await client.patch(`/api/aspirations/${id}`, { visionLevel: 6 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('reason_required');
    expect(noReason.body.error.details.issues[0].path).toEqual(['reason']);
    const blank = await client.patch(`/api/aspirations/${id}`, { visionLevel: 6, reason: '   ' });
    expect(blank.body.error.code).toBe('reason_required');
    expect((await client.get(`/api/aspirations/${id}`)).body.visionLevel).toBe(8);

    const lowered = await client.patch(`/api/aspirations/${id}`, {
      visionLevel: 6,
      reason: 'Eight felt out of reach this quarter.',
    });
    expect(lowered.status).toBe(200);
    expect(lowered.body).toMatchObject({ visionLevel: 6, tension: 2, eroding: true });
    expect(lowered.body.erosion).toEqual({
      visionDrop: 2,
      realityRise: 0,
      reasons: ['Eight felt out of reach this quarter.'],
    });
    expect(
      lowered.body.revisions.map((r: any) => [r.visionLevel, r.previousVisionLevel, r.reason]),
    ).toEqual([
      [6, 8, 'Eight felt out of reach this quarter.'],
      [8, null, null],
    ]);

    // Raising reality by more than the vision came down ends the erosion (equal would not).
    await client.post(`/api/aspirations/${id}/assessments`, {
      level: 7,
      evidence: 'The team ran two retros without me.',
    });
    const raised = await client.get(`/api/aspirations/${id}`);
    expect(raised.body).toMatchObject({
      realityLevel: 7,
      realityChange: 3,
      tension: -1,
      eroding: false,
    });

    // Raising the vision needs no reason, and changing only the text writes a revision too.
    expect((await client.patch(`/api/aspirations/${id}`, { visionLevel: 9 })).status).toBe(200);
    const reworded = await client.patch(`/api/aspirations/${id}`, {
      vision: 'We decide together; I coach.',
    });
    expect(reworded.body.revisions).toHaveLength(4);
    expect(reworded.body.vision).toBe('We decide together; I coach.');
    const same = await client.patch(`/api/aspirations/${id}`, { visionLevel: 9 });
    expect(same.body.revisions).toHaveLength(4);
  });

  it('orders the timeline by `at`, not by insertion, and keeps it step-wise', async () => {
    const { client } = await signedInClient(server);
    const { id } = (
      await client.post('/api/aspirations', { ...newAspiration, visionLevel: 7, at: daysAgo(200) })
    ).body;
    await client.post(`/api/aspirations/${id}/assessments`, { level: 5, at: daysAgo(10) });
    await client.post(`/api/aspirations/${id}/assessments`, { level: 2, at: daysAgo(150) });
    await client.post(`/api/aspirations/${id}/assessments`, { level: 3, at: daysAgo(100) });
    const { body } = await client.get(`/api/aspirations/${id}`);
    expect(body.history.map((p: any) => [p.visionLevel, p.realityLevel, p.tension])).toEqual([
      [7, null, null],
      [7, 2, 5],
      [7, 3, 4],
      [7, 5, 2],
    ]);
    const times = body.history.map((p: any) => Date.parse(p.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(body.assessments.map((a: any) => a.level)).toEqual([5, 3, 2]);
    expect(body).toMatchObject({ realityLevel: 5, realityChange: 2 });
  });

  it('pauses, achieves with a reflection, and makes active again', async () => {
    const { client } = await signedInClient(server);
    const { id } = (await client.post('/api/aspirations', newAspiration)).body;
    expect((await client.patch(`/api/aspirations/${id}`, { status: 'paused' })).body.status).toBe(
      'paused',
    );
    const achieved = await client.patch(`/api/aspirations/${id}`, {
      status: 'achieved',
      statusNote: 'They run the weekly planning now.',
    });
    expect(achieved.body).toMatchObject({
      status: 'achieved',
      statusNote: 'They run the weekly planning now.',
    });
    expect(
      (await client.get('/api/aspirations?status=achieved')).body.items.map((a: any) => a.id),
    ).toEqual([id]);
    expect((await client.get('/api/aspirations?status=active')).body.items).toEqual([]);
    expect((await client.patch(`/api/aspirations/${id}`, { status: 'active' })).body.status).toBe(
      'active',
    );
  });

  it('keeps action steps that can be done, undone and removed', async () => {
    const { client } = await signedInClient(server);
    const { id } = (await client.post('/api/aspirations', newAspiration)).body;
    const step = await client.post(`/api/aspirations/${id}/steps`, {
      text: 'Ask one open question in each 1:1',
    });
    expect(step.status).toBe(201);
    expect(step.body).toMatchObject({
      text: 'Ask one open question in each 1:1',
      done: false,
      doneAt: null,
    });
    const done = await client.patch(`/api/aspirations/${id}/steps/${step.body.id}`, { done: true });
    expect(done.body.done).toBe(true);
    expect(done.body.doneAt).not.toBeNull();
    expect(
      (await client.patch(`/api/aspirations/${id}/steps/${step.body.id}`, { done: false })).body,
    ).toMatchObject({ done: false, doneAt: null });
    expect((await client.get(`/api/aspirations/${id}`)).body.steps).toHaveLength(1);
    expect((await client.delete(`/api/aspirations/${id}/steps/${step.body.id}`)).status).toBe(204);
    expect((await client.get(`/api/aspirations/${id}`)).body.steps).toEqual([]);
    expect((await client.post(`/api/aspirations/${id}/steps`, { text: '' })).status).toBe(400);
  });

  it('pages through aspirations with a cursor', async () => {
    const { client } = await signedInClient(server);
    for (let i = 1; i <= 3; i += 1)
      await client.post('/api/aspirations', { ...newAspiration, title: `A${i}` });
    const first = await client.get('/api/aspirations?limit=2');
    expect(first.body.items.map((a: any) => a.title)).toEqual(['A3', 'A2']);
    const second = await client.get(`/api/aspirations?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((a: any) => a.title)).toEqual(['A1']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('never shows one person’s aspiration to another: 404 on every route', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const { id } = (await ana.client.post('/api/aspirations', newAspiration)).body;
    const step = (await ana.client.post(`/api/aspirations/${id}/steps`, { text: 'mine' })).body;
    const attempts = [
      bea.client.get(`/api/aspirations/${id}`),
      bea.client.patch(`/api/aspirations/${id}`, { title: 'taken' }),
      bea.client.post(`/api/aspirations/${id}/assessments`, { level: 1 }),
      bea.client.post(`/api/aspirations/${id}/steps`, { text: 'theirs' }),
      bea.client.patch(`/api/aspirations/${id}/steps/${step.id}`, { done: true }),
      bea.client.delete(`/api/aspirations/${id}/steps/${step.id}`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await bea.client.get('/api/aspirations')).body.items).toEqual([]);
    expect((await ana.client.get(`/api/aspirations/${id}`)).body).toMatchObject({
      title: 'Coach, not fix',
      steps: [{ text: 'mine', done: false }],
    });
    expect((await server.client().get(`/api/aspirations/${id}`)).status).toBe(401);
  });

  it('removes aspirations with everything in them when the account is deleted', async () => {
    const { client, person } = await signedInClient(server);
    const { id } = (await client.post('/api/aspirations', newAspiration)).body;
    await client.post(`/api/aspirations/${id}/assessments`, { level: 3 });
    await client.post(`/api/aspirations/${id}/steps`, { text: 'step' });
    await client.put('/api/purpose', { text: 'Children grow up in a better world.' });
    await client.post('/api/values', { name: 'Honesty' });
    expect((await client.delete('/api/me', { password: person.password })).status).toBe(204);
    const db = server.database.db;
    expect(await db.selectFrom('aspirations').select('id').where('id', '=', id).execute()).toEqual(
      [],
    );
    for (const table of ['visionRevisions', 'realityAssessments', 'actionSteps'] as const) {
      expect(
        await db.selectFrom(table).select('id').where('aspirationId', '=', id).execute(),
        table,
      ).toEqual([]);
    }
  });
});
