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
      scope: 'read-write',
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
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

  const DAY = 24 * 60 * 60 * 1000;
  const bearer = (token: string) => {
    const script = server.client();
    script.bearer = token;
    return script;
  };

  it('expires after 90 days unless another lifetime, or explicitly never, is chosen', async () => {
    const { client } = await signedInClient(server);
    const days = (body: { createdAt: string; expiresAt: string | null }) =>
      body.expiresAt === null
        ? null
        : Math.round((Date.parse(body.expiresAt) - Date.parse(body.createdAt)) / DAY);
    const plain = await client.post('/api/tokens', { name: 'default' });
    expect(plain.body).toMatchObject({ scope: 'read-write' });
    expect(days(plain.body)).toBe(90);
    expect(days((await client.post('/api/tokens', { name: 'm', expiresInDays: 30 })).body)).toBe(
      30,
    );
    const never = await client.post('/api/tokens', { name: 'n', expiresInDays: null });
    expect(never.status).toBe(201);
    expect(never.body.expiresAt).toBeNull();
    for (const expiresInDays of [0, -1, 366, 1.5, 'never']) {
      const refused = await client.post('/api/tokens', { name: 'bad', expiresInDays });
      expect(refused.status, String(expiresInDays)).toBe(400);
      expect(refused.body.error.code).toBe('validation_failed');
    }
    expect((await client.post('/api/tokens', { name: 'bad', scope: 'admin' })).status).toBe(400);

    // An expired token is refused like a revoked one.
    await server.database.db
      .updateTable('accessTokens')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', plain.body.id)
      .execute();
    const expired = await bearer(plain.body.token).get('/api/me');
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('invalid_token');
    expect((await bearer(never.body.token).get('/api/me')).status).toBe(200);
  });

  it('notes when a token was last used, at most once a minute', async () => {
    const { client } = await signedInClient(server);
    const { id, token } = (await client.post('/api/tokens', { name: 'used' })).body;
    const lastUsed = async () =>
      (await client.get('/api/tokens')).body.items.find((t: { id: string }) => t.id === id)
        .lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    await bearer(token).get('/api/me');
    const first = await lastUsed();
    expect(Date.parse(first)).toBeGreaterThanOrEqual(before - 1000);
    await bearer(token).get('/api/me');
    expect(await lastUsed()).toBe(first);
  });

  it('lets a read token read and nothing more', async () => {
    const { client } = await signedInClient(server);
    const { token, scope } = (await client.post('/api/tokens', { name: 'r', scope: 'read' })).body;
    expect(scope).toBe('read');
    const reader = bearer(token);
    expect((await reader.get('/api/me')).status).toBe(200);
    for (const write of [
      () => reader.patch('/api/me', { name: 'Changed' }),
      () => reader.post('/api/aspirations', { title: 'x', domain: 'career', vision: 'x' }),
      () => reader.delete('/api/aspirations/01ARZ3NDEKTSV4RRFFQ69G5FAV'),
    ]) {
      const refused = await write();
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('insufficient_scope');
    }
    expect((await client.get('/api/me')).body.name).toBe('Ana');
  });

  it('never lets a token list, create or revoke tokens, change the password or delete the account: only a signed-in session can', async () => {
    const { client, person } = await signedInClient(server);
    const { id, token } = (await client.post('/api/tokens', { name: 'rw' })).body;
    const script = bearer(token);
    for (const attempt of [
      () => script.get('/api/tokens'),
      () => script.post('/api/tokens', { name: 'minted by a token' }),
      () => script.post('/api/tokens', { name: 'forever', expiresInDays: null }),
      () => script.delete(`/api/tokens/${id}`),
      () =>
        script.put('/api/me/password', {
          currentPassword: person.password,
          newPassword: 'taken over by a script',
        }),
      () => script.delete('/api/me', { password: person.password }),
    ]) {
      const refused = await attempt();
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('session_required');
    }
    const listed = (await client.get('/api/tokens')).body.items;
    expect(listed.map((t: { name: string }) => t.name)).toEqual(['rw']);
    expect((await script.get('/api/me')).status).toBe(200);
  });

  it('revokes every token, and signs out every other session, when the password changes', async () => {
    const { client, person } = await signedInClient(server);
    const elsewhere = server.client();
    await elsewhere.post('/api/auth/login', person);
    const tokens = await Promise.all(
      ['one', 'two'].map(async (name) => (await client.post('/api/tokens', { name })).body.token),
    );
    for (const token of tokens) expect((await bearer(token).get('/api/me')).status).toBe(200);

    const changed = await client.put('/api/me/password', {
      currentPassword: person.password,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(204);
    for (const token of tokens) {
      const refused = await bearer(token).get('/api/me');
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('invalid_token');
    }
    expect((await client.get('/api/tokens')).body.items).toEqual([]);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/me')).status).toBe(200);
  });
});
