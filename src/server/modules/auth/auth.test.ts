import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import {
  newPerson,
  signedInClient,
  startTestServer,
  type TestServer,
} from '../../../../test-support/server';
import { SESSION_COOKIE } from '../../http/authenticate';

describe.each(databaseKinds())('auth on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('registers, signs the person in, and answers /api/me', async () => {
    const client = server.client();
    const person = newPerson();
    const registered = await client.post('/api/auth/register', {
      ...person,
      email: person.email.toUpperCase(),
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({
      email: person.email,
      name: 'Ana',
      timeZone: 'UTC',
    });
    const cookie = registered.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(Object.keys(me.body).sort()).toEqual([
      'createdAt',
      'email',
      'id',
      'name',
      'onboarding',
      'timeZone',
    ]);
    expect(me.body.id).toBe(registered.body.user.id);
  });

  it('answers 401 without a session, and 409 for an email already taken (any case)', async () => {
    expect((await server.client().get('/api/me')).status).toBe(401);
    const { person } = await signedInClient(server);
    const again = await server
      .client()
      .post('/api/auth/register', { ...person, email: ` ${person.email.toUpperCase()} ` });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
  });

  it('signs in with the right password only, and rotates the session', async () => {
    const { client, person } = await signedInClient(server);
    const before = client.cookie(SESSION_COOKIE);
    const wrong = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const unknown = await server
      .client()
      .post('/api/auth/login', { email: 'nobody@example.com', password: 'whatever it is' });
    expect(unknown.status).toBe(401);

    const login = await client.post('/api/auth/login', {
      email: person.email,
      password: person.password,
    });
    expect(login.status).toBe(200);
    expect(login.body.user.email).toBe(person.email);
    const after = client.cookie(SESSION_COOKIE);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const stale = server.client();
    stale.setCookie(SESSION_COOKIE, before!);
    expect((await stale.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('never truncates a password and accepts any Unicode', async () => {
    const client = server.client();
    const person = { ...newPerson(), password: 'ŝtelo 🌱 '.repeat(12) };
    expect((await client.post('/api/auth/register', person)).status).toBe(201);
    const prefix = person.password.slice(0, -1);
    const shorter = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: prefix });
    expect(shorter.status).toBe(401);
    const exact = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: person.password });
    expect(exact.status).toBe(200);
  });

  it('stores passwords as argon2id hashes', async () => {
    const { user } = await signedInClient(server);
    const row = await server.database.db
      .selectFrom('users')
      .select('passwordHash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const { client } = await signedInClient(server);
    const missing = await client.patch('/api/me', { name: 'Bea' }, { noCsrf: true });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_invalid');
    const wrong = await client.patch(
      '/api/me',
      { name: 'Bea' },
      { noCsrf: true, headers: { 'x-csrf-token': 'forged' } },
    );
    expect(wrong.status).toBe(403);
    const right = await client.patch('/api/me', { name: 'Bea' });
    expect(right.status).toBe(200);
  });

  it('keeps a CSRF token fetched before sign-in valid after it', async () => {
    const client = server.client();
    await client.fetchCsrf();
    expect((await client.post('/api/auth/register', newPerson())).status).toBe(201);
    expect((await client.patch('/api/me', { name: 'Cai' })).status).toBe(200);
  });

  it('signs out: the session ends on the server, not only in the browser', async () => {
    const { client } = await signedInClient(server);
    const token = client.cookie(SESSION_COOKIE)!;
    expect((await client.post('/api/auth/logout', undefined, { noCsrf: true })).status).toBe(403);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(client.cookie(SESSION_COOKIE)).toBeUndefined();
    const replay = server.client();
    replay.setCookie(SESSION_COOKIE, token);
    expect((await replay.get('/api/me')).status).toBe(401);
  });
});

describe.each(databaseKinds())('rate limits on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, {
      rateLimits: { perAddress: 8, perAccount: 4, windowMs: 60_000 },
    });
  });
  afterAll(() => server.close());

  it('answers 429 with Retry-After under a burst of bad sign-ins to one account', async () => {
    const { person } = await signedInClient(server);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i += 1) {
      const response = await server
        .client()
        .post('/api/auth/login', { email: person.email, password: `wrong guess ${i}` });
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        expect(response.body.error.code).toBe('rate_limited');
        expect(response.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // The right password is refused too while the account is limited.
    const right = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: person.password });
    expect(right.status).toBe(429);
  });

  it('limits one address across many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const response = await server
        .client()
        .post('/api/auth/login', { email: `spray${i}@example.com`, password: 'a guess at it' });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(8);
  });
});

describe('rate limiting switched off', () => {
  it('lets a burst through when PRAXIS_RATE_LIMIT=off', async () => {
    const server = await startTestServer('sqlite', {
      env: { rateLimit: false },
      rateLimits: { perAddress: 1, perAccount: 1, windowMs: 60_000 },
    });
    try {
      for (let i = 0; i < 4; i += 1) {
        const response = await server
          .client()
          .post('/api/auth/login', { email: 'x@example.com', password: 'a guess at it' });
        expect(response.status).toBe(401);
      }
    } finally {
      await server.close();
    }
  });
});
