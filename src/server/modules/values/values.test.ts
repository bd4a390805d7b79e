import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('purpose and values on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('keeps every version of the purpose, newest first', async () => {
    const { client } = await signedInClient(server);
    expect((await client.get('/api/purpose')).body).toEqual({
      text: null,
      updatedAt: null,
      revisions: [],
    });
    await client.put('/api/purpose', { text: 'Children grow up in a better world.' });
    await client.put('/api/purpose', { text: 'Children grow up in a better world.' });
    const second = await client.put('/api/purpose', {
      text: 'People at work grow into who they can be.',
    });
    expect(second.status).toBe(200);
    expect(second.body.text).toBe('People at work grow into who they can be.');
    expect(second.body.revisions.map((r: any) => r.text)).toEqual([
      'People at work grow into who they can be.',
      'Children grow up in a better world.',
    ]);
    expect((await client.put('/api/purpose', { text: '' })).status).toBe(400);
    expect((await client.put('/api/purpose', { text: 'x'.repeat(2001) })).status).toBe(400);
    const other = await signedInClient(server, 'Bea');
    expect((await other.client.get('/api/purpose')).body.text).toBeNull();
  });

  it('adds, ranks, renames and removes values, keeping ranks dense', async () => {
    const { client } = await signedInClient(server);
    const names = ['Honesty', 'Courage', 'Care'];
    const ids: string[] = [];
    for (const name of names) {
      const created = await client.post('/api/values', {
        name,
        description: `${name} in what I do`,
      });
      expect(created.status).toBe(201);
      ids.push(created.body.id);
    }
    expect((await client.get('/api/values')).body.items.map((v: any) => [v.name, v.rank])).toEqual([
      ['Honesty', 1],
      ['Courage', 2],
      ['Care', 3],
    ]);

    const reordered = await client.put('/api/values/order', { ids: [ids[2], ids[0], ids[1]] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((v: any) => v.name)).toEqual(['Care', 'Honesty', 'Courage']);
    for (const bad of [
      [ids[0], ids[1]],
      [ids[0], ids[0], ids[1]],
      [ids[0], ids[1], 'someone-elses'],
    ]) {
      const response = await client.put('/api/values/order', { ids: bad });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('order_mismatch');
    }

    const renamed = await client.patch(`/api/values/${ids[1]}`, { name: 'Brave honesty' });
    expect(renamed.body).toMatchObject({ name: 'Brave honesty', rank: 3 });
    expect((await client.delete(`/api/values/${ids[0]}`)).status).toBe(204);
    expect((await client.get('/api/values')).body.items.map((v: any) => [v.name, v.rank])).toEqual([
      ['Care', 1],
      ['Brave honesty', 2],
    ]);
  });

  it('keeps the list short, refuses bad input, and hides values from others', async () => {
    const { client } = await signedInClient(server);
    expect((await client.post('/api/values', { name: '' })).status).toBe(400);
    expect((await client.post('/api/values', { name: 'n'.repeat(61) })).status).toBe(400);
    expect(
      (await client.post('/api/values', { name: 'Ok', description: 'd'.repeat(281) })).status,
    ).toBe(400);
    for (let i = 0; i < 20; i += 1)
      expect((await client.post('/api/values', { name: `V${i}` })).status).toBe(201);
    const tooMany = await client.post('/api/values', { name: 'One more' });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.code).toBe('too_many_values');

    const mine = (await client.get('/api/values')).body.items[0];
    const bea = await signedInClient(server, 'Bea');
    expect((await bea.client.patch(`/api/values/${mine.id}`, { name: 'Mine now' })).status).toBe(
      404,
    );
    expect((await bea.client.delete(`/api/values/${mine.id}`)).status).toBe(404);
    expect((await bea.client.put('/api/values/order', { ids: [mine.id] })).status).toBe(400);
    expect((await bea.client.get('/api/values')).body.items).toEqual([]);
  });

  it('records the onboarding choice on the account', async () => {
    const { client } = await signedInClient(server);
    expect((await client.get('/api/me')).body.onboarding).toBe('pending');
    expect((await client.patch('/api/me', { onboarding: 'skipped' })).body.onboarding).toBe(
      'skipped',
    );
    expect((await client.patch('/api/me', { onboarding: 'pending' })).status).toBe(400);
  });
});
