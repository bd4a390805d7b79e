import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

const limiting = {
  statement: 'I can’t speak in front of people.',
  kind: 'limiting',
  evidenceFor: 'My voice shook at the all-hands.',
  evidenceAgainst: 'The workshop I ran went well.',
  reframe: 'I am learning to speak in front of people.',
};

describe.each(databaseKinds())('beliefs on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('registers, reads, changes and deletes a belief, marking limiting language', async () => {
    const { client } = await signedInClient(server);
    const created = await client.post('/api/beliefs', limiting);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...limiting,
      sourceReflectionId: null,
      limitingLanguage: [{ start: 0, end: 7, kind: 'powerlessness', text: 'I can’t' }],
    });
    const { id } = created.body;
    expect((await client.get(`/api/beliefs/${id}`)).body).toEqual(created.body);

    const changed = await client.patch(`/api/beliefs/${id}`, {
      statement: '  I can learn to speak in front of people.  ',
      kind: 'empowering',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      statement: 'I can learn to speak in front of people.',
      kind: 'empowering',
      evidenceFor: limiting.evidenceFor,
      reframe: limiting.reframe,
      limitingLanguage: [],
      createdAt: created.body.createdAt,
    });

    const minimal = await client.post('/api/beliefs', {
      statement: 'I don’t deserve this promotion.',
      kind: 'limiting',
    });
    expect(minimal.body).toMatchObject({
      evidenceFor: '',
      evidenceAgainst: '',
      reframe: '',
      limitingLanguage: [{ kind: 'unworthiness', text: 'I don’t deserve' }],
    });

    expect((await client.delete(`/api/beliefs/${id}`)).status).toBe(204);
    expect((await client.get(`/api/beliefs/${id}`)).status).toBe(404);
    expect((await client.delete(`/api/beliefs/${id}`)).status).toBe(404);
    expect((await client.get('/api/beliefs')).body.items.map((b: any) => b.id)).toEqual([
      minimal.body.id,
    ]);
  });

  it('lists beliefs newest first, by kind, page by page', async () => {
    const { client } = await signedInClient(server);
    const ids: string[] = [];
    for (const [i, kind] of ['limiting', 'empowering', 'limiting', 'limiting'].entries()) {
      ids.push((await client.post('/api/beliefs', { statement: `Belief ${i}`, kind })).body.id);
    }
    const all = await client.get('/api/beliefs');
    expect(all.body).toMatchObject({ nextCursor: null });
    expect(all.body.items.map((b: any) => b.id)).toEqual([...ids].reverse());
    const limitingOnly = await client.get('/api/beliefs?kind=limiting&limit=2');
    expect(limitingOnly.body.items.map((b: any) => b.id)).toEqual([ids[3], ids[2]]);
    const next = await client.get(
      `/api/beliefs?kind=limiting&limit=2&cursor=${limitingOnly.body.nextCursor}`,
    );
    expect(next.body).toEqual({
      items: [expect.objectContaining({ id: ids[0] })],
      nextCursor: null,
    });
    expect((await client.get('/api/beliefs?kind=empowering')).body.items).toHaveLength(1);
    expect((await client.get('/api/beliefs?kind=neutral')).status).toBe(400);
    expect((await client.get('/api/beliefs?limit=0')).status).toBe(400);
    expect((await client.get('/api/beliefs?limit=101')).status).toBe(400);
  });

  it('starts a belief from my own reflection only', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const mine = (
      await ana.client.post('/api/reflections', {
        kind: 'daily',
        body: 'Again today: I can’t say no to my manager.',
      })
    ).body;
    const theirs = (
      await bea.client.post('/api/reflections', { kind: 'daily', body: 'Bea’s private words.' })
    ).body;
    const phrase = mine.limitingLanguage[0].text as string;

    const created = await ana.client.post('/api/beliefs', {
      statement: `${phrase} say no to my manager.`,
      kind: 'limiting',
      sourceReflectionId: mine.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sourceReflectionId: mine.id,
      limitingLanguage: [{ kind: 'powerlessness', text: phrase }],
    });

    const foreign = await ana.client.post('/api/beliefs', {
      statement: 'x',
      kind: 'limiting',
      sourceReflectionId: theirs.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.issues).toEqual([
      { path: ['sourceReflectionId'], message: 'Choose one of your reflections.' },
    ]);
    const unknown = await ana.client.post('/api/beliefs', {
      statement: 'x',
      kind: 'limiting',
      sourceReflectionId: '01JZZZZZZZZZZZZZZZZZZZZZZZ',
    });
    expect(unknown.body).toEqual(foreign.body);
    const id = created.body.id;
    expect(
      (await ana.client.patch(`/api/beliefs/${id}`, { sourceReflectionId: theirs.id })).status,
    ).toBe(400);
    expect((await ana.client.get(`/api/beliefs/${id}`)).body.sourceReflectionId).toBe(mine.id);
    expect(
      (await ana.client.patch(`/api/beliefs/${id}`, { sourceReflectionId: null })).body
        .sourceReflectionId,
    ).toBeNull();
    await ana.client.patch(`/api/beliefs/${id}`, { sourceReflectionId: mine.id });
    // The beliefs examined from one reflection, mine only.
    const fromMine = await ana.client.get(`/api/beliefs?reflection=${mine.id}`);
    expect(fromMine.body.items.map((b: { id: string }) => b.id)).toEqual([id]);
    expect((await bea.client.get(`/api/beliefs?reflection=${mine.id}`)).body.items).toEqual([]);

    // Deleting the reflection keeps the belief and forgets where it came from.
    expect((await ana.client.delete(`/api/reflections/${mine.id}`)).status).toBe(204);
    expect((await ana.client.get(`/api/beliefs/${id}`)).body).toMatchObject({
      statement: `${phrase} say no to my manager.`,
      sourceReflectionId: null,
    });
  });

  it('refuses bad input', async () => {
    const { client } = await signedInClient(server);
    const bad = [
      { kind: 'limiting' },
      { statement: '', kind: 'limiting' },
      { statement: '   ', kind: 'limiting' },
      { statement: 's'.repeat(1001), kind: 'limiting' },
      { statement: 'ok' },
      { statement: 'ok', kind: 'neutral' },
      { statement: 'ok', kind: 'limiting', evidenceFor: 'e'.repeat(4001) },
      { statement: 'ok', kind: 'limiting', evidenceAgainst: 'e'.repeat(4001) },
      { statement: 'ok', kind: 'limiting', reframe: 'r'.repeat(4001) },
      { statement: 'ok', kind: 'limiting', sourceReflectionId: '' },
    ];
    for (const body of bad) {
      const response = await client.post('/api/beliefs', body);
      expect(response.status, JSON.stringify(body).slice(0, 100)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    const longest = await client.post('/api/beliefs', {
      statement: 's'.repeat(1000),
      kind: 'empowering',
      evidenceFor: 'e'.repeat(4000),
      evidenceAgainst: 'e'.repeat(4000),
      reframe: 'r'.repeat(4000),
    });
    expect(longest.status).toBe(201);
    const id = longest.body.id;
    for (const body of [{}, { statement: '' }, { kind: 'both' }, { reframe: 'r'.repeat(4001) }]) {
      expect((await client.patch(`/api/beliefs/${id}`, body)).status, JSON.stringify(body)).toBe(
        400,
      );
    }
  });

  it('is private: another person gets 404 on every route', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const { id } = (await ana.client.post('/api/beliefs', limiting)).body;
    for (const response of [
      await bea.client.get(`/api/beliefs/${id}`),
      await bea.client.patch(`/api/beliefs/${id}`, { reframe: 'Theirs now' }),
      await bea.client.delete(`/api/beliefs/${id}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await bea.client.get('/api/beliefs')).body).toEqual({ items: [], nextCursor: null });
    expect((await ana.client.get(`/api/beliefs/${id}`)).body).toMatchObject(limiting);
    for (const response of [
      await server.client().get('/api/beliefs'),
      await server.client().get(`/api/beliefs/${id}`),
    ]) {
      expect(response.status).toBe(401);
    }
  });

  it('removes beliefs when the account is deleted', async () => {
    const { client, person, user } = await signedInClient(server);
    await client.post('/api/beliefs', limiting);
    await client.post('/api/beliefs', { statement: 'I learn from mistakes.', kind: 'empowering' });
    expect((await client.delete('/api/me', { password: person.password })).status).toBe(204);
    expect(
      await server.database.db
        .selectFrom('beliefs')
        .select('id')
        .where('userId', '=', user.id)
        .execute(),
    ).toEqual([]);
  });
});
