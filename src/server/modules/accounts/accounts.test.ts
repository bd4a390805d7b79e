import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { SESSION_COOKIE } from '../../http/authenticate';

describe.each(databaseKinds())('account on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('changes display name and time zone, and refuses unknown zones', async () => {
    const { client } = await signedInClient(server);
    const changed = await client.patch('/api/me', {
      name: '  Ana María ',
      timeZone: 'America/Bogota',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Ana María', timeZone: 'America/Bogota' });
    const bad = await client.patch('/api/me', { timeZone: 'Atlantis/Central' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toEqual(['timeZone']);
    expect((await client.get('/api/me')).body.timeZone).toBe('America/Bogota');
  });

  it('changes the password: checks the current one, signs out other sessions, keeps this one', async () => {
    const { client, person } = await signedInClient(server);
    const laptop = server.client();
    await laptop.post('/api/auth/login', { email: person.email, password: person.password });
    expect((await laptop.get('/api/me')).status).toBe(200);

    const wrong = await client.put('/api/me/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('wrong_password');
    expect(wrong.body.error.details.issues[0].path).toEqual(['currentPassword']);

    const weak = await client.put('/api/me/password', {
      currentPassword: person.password,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.issues[0].path).toEqual(['newPassword']);

    const changed = await client.put('/api/me/password', {
      currentPassword: person.password,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await laptop.get('/api/me')).status).toBe(401);
    const old = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: person.password });
    expect(old.status).toBe(401);
    const fresh = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: 'a brand new passphrase' });
    expect(fresh.status).toBe(200);
  });

  it('deletes the account and everything in it, after the password', async () => {
    const { client, person, user } = await signedInClient(server);
    const other = await signedInClient(server, 'Bea');
    await client.post('/api/tokens', { name: 'script' });
    const db = server.database.db;

    const wrong = await client.delete('/api/me', { password: 'not my password' });
    expect(wrong.status).toBe(400);
    expect((await client.get('/api/me')).status).toBe(200);

    const deleted = await client.delete('/api/me', { password: person.password });
    expect(deleted.status).toBe(204);
    expect(client.cookie(SESSION_COOKIE)).toBeUndefined();
    for (const table of ['users', 'sessions', 'accessTokens'] as const) {
      const column = table === 'users' ? 'id' : 'userId';
      const rows = await db.selectFrom(table).select('id').where(column, '=', user.id).execute();
      expect(rows, table).toHaveLength(0);
    }
    const login = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: person.password });
    expect(login.status).toBe(401);
    expect((await other.client.get('/api/me')).status).toBe(200);
  });
});
