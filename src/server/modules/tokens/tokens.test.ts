import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('personal access tokens on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('creates a token shown once and stored only hashed; it works on every route without CSRF', async () => {
    const { client, user } = await signedInClient(server);
    const created = await client.post('/api/tokens', { name: 'CLI on my laptop' });
    expect(created.status).toBe(201);
    const { token, id, prefix } = created.body;
    expect(token).toMatch(/^prx_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);

    const stored = await server.database.db
      .selectFrom('accessTokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));

    const script = server.client();
    script.bearer = token;
    expect((await script.get('/api/me')).body.id).toBe(user.id);
    const write = await script.patch('/api/me', { name: 'Scripted' });
    expect(write.status).toBe(200);

    const listed = await client.get('/api/tokens');
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toEqual({
      id,
      name: 'CLI on my laptop',
      prefix,
      createdAt: expect.any(String),
      lastUsedAt: expect.any(String),
    });
    expect(listed.body).not.toHaveProperty('items.0.token');
  });

  it('revokes a token at once; nobody else can revoke or see it', async () => {
    const ana = await signedInClient(server);
    const bea = await signedInClient(server, 'Bea');
    const { id, token } = (await ana.client.post('/api/tokens', { name: 'to revoke' })).body;
    expect((await bea.client.delete(`/api/tokens/${id}`)).status).toBe(404);
    expect((await bea.client.get('/api/tokens')).body.items).toEqual([]);
    expect((await ana.client.delete(`/api/tokens/${id}`)).status).toBe(204);
    const script = server.client();
    script.bearer = token;
    const refused = await script.get('/api/me');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('invalid_token');
    expect((await ana.client.delete(`/api/tokens/${id}`)).status).toBe(404);
  });

  it('pages through tokens with a cursor, newest first', async () => {
    const { client } = await signedInClient(server);
    for (let i = 1; i <= 5; i += 1) await client.post('/api/tokens', { name: `t${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await client.get(`/api/tokens${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((t: { name: string }) => t.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['t5', 't4', 't3', 't2', 't1']);
    expect((await client.get('/api/tokens?limit=0')).status).toBe(400);
    expect((await client.get('/api/tokens?limit=101')).status).toBe(400);
    expect((await client.get('/api/tokens?cursor=%%%')).status).toBe(400);
  });

  it('refuses malformed bearer headers and empty names', async () => {
    const { client } = await signedInClient(server);
    expect((await client.post('/api/tokens', { name: '   ' })).status).toBe(400);
    expect((await client.post('/api/tokens', { name: 'x'.repeat(101) })).status).toBe(400);
    const anon = server.client();
    expect(
      (await anon.get('/api/me', { headers: { authorization: 'Bearer prx_madeup' } })).status,
    ).toBe(401);
    expect((await anon.get('/api/me', { headers: { authorization: 'Basic abc' } })).status).toBe(
      401,
    );
  });
});
