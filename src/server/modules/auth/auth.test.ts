import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import {
  newPerson,
  signedInClient,
  startTestServer,
  type TestServer,
} from '../../../../test-support/server';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../../http/authenticate';

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

  it('binds the CSRF token to the session: one from before sign-in or another session is refused', async () => {
    const client = server.client();
    const before = await client.fetchCsrf();
    expect((await client.post('/api/auth/register', newPerson())).status).toBe(201);
    const stale = await client.patch('/api/me', { name: 'Cai' });
    expect(stale.status).toBe(403);
    expect(stale.body.error.code).toBe('csrf_invalid');
    expect(await client.fetchCsrf()).not.toBe(before);
    expect((await client.patch('/api/me', { name: 'Cai' })).status).toBe(200);

    // A token made for session A, sent by session B (with B's own CSRF cookie), is refused.
    const a = await signedInClient(server);
    const b = await signedInClient(server, 'Bea');
    const fromA = await b.client.patch(
      '/api/me',
      { name: 'Forged' },
      { noCsrf: true, headers: { 'x-csrf-token': a.client.csrfToken! } },
    );
    expect(fromA.status).toBe(403);
    expect(fromA.body.error.code).toBe('csrf_invalid');
    expect((await b.client.patch('/api/me', { name: 'Bea' })).status).toBe(200);
  });

  it('refuses common and easily guessed passwords on sign-up, saying why', async () => {
    for (const password of ['password1234', '123456789012', 'qwertyuiopasdf', 'iloveyou1234']) {
      const response = await server.client().post('/api/auth/register', {
        ...newPerson(),
        password,
      });
      expect(response.status, password).toBe(400);
      expect(response.body.error.code).toBe('weak_password');
      expect(response.body.error.details.issues[0].path).toEqual(['password']);
      expect(response.body.error.message).toMatch(/common|guess/);
    }
    const person = newPerson();
    const ownEmail = await server
      .client()
      .post('/api/auth/register', { ...person, password: person.email });
    expect(ownEmail.status).toBe(400);
    expect(
      (
        await server
          .client()
          .post('/api/auth/register', { ...newPerson(), password: 'correct horse battery staple' })
      ).status,
    ).toBe(201);
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

describe.each(databaseKinds())('the sign-in throttle on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // Delays of a minute, so that a wait cannot run out while a test looks at it; a ceiling of
    // 8 failures per account instead of 100, to reach it quickly.
    server = await startTestServer(kind, {
      throttle: { baseDelayMs: 60_000, accountCeiling: 8 },
      env: { trustProxy: 1 },
    });
  });
  afterAll(() => server.close());

  let address = 0;
  /** A browser that never signed in, behind our one proxy, at an address of its own. */
  function stranger(at = `198.51.100.${(address += 1)}`) {
    const client = server.client();
    const post = client.post;
    client.post = (path, body, options) =>
      post(path, body, { ...options, headers: { 'x-forwarded-for': at, ...options?.headers } });
    return client;
  }
  const login = (client: ReturnType<typeof stranger>, email: string, password: string) =>
    client.post('/api/auth/login', { email, password });

  it('delays an address after five failures on one account, with 429 and Retry-After', async () => {
    const { person } = await signedInClient(server);
    const attacker = stranger();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await login(attacker, person.email, `wrong guess ${i}`);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.body.error.code).toBe('too_many_attempts');
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(50);
        expect(response.body.error.details.retryAfterSeconds).toBeGreaterThan(50);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // The right password waits too from that browser; another address is not held up.
    expect((await login(attacker, person.email, person.password)).status).toBe(429);
    expect((await login(stranger(), person.email, person.password)).status).toBe(200);
  });

  it('answers the same for an email with no account, so answers reveal nothing', async () => {
    const { person } = await signedInClient(server);
    const statuses = async (email: string) => {
      const client = stranger();
      const seen: string[] = [];
      for (let i = 0; i < 7; i += 1) {
        const response = await login(client, email, `wrong guess ${i}`);
        seen.push(`${response.status} ${response.body.error.code}`);
      }
      return seen;
    };
    expect(await statuses(`nobody.${Date.now()}@example.com`)).toEqual(
      await statuses(person.email),
    );
  });

  it('keeps at most the ceiling of failures per account per hour, from any number of addresses, but never locks out a remembered device', async () => {
    // The owner signs in once from their browser, which is remembered from then on.
    const owner = stranger();
    const person = newPerson();
    expect((await owner.post('/api/auth/register', person)).status).toBe(201);
    expect(owner.cookie(DEVICE_COOKIE)).toBeDefined();

    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      statuses.push((await login(stranger(), person.email, `spray ${i}`)).status);
    }
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401));
    expect(statuses.slice(8)).toEqual([429, 429]);
    const newcomer = await login(stranger(), person.email, person.password);
    expect(newcomer.status).toBe(429);
    expect(Number(newcomer.headers.get('retry-after'))).toBeGreaterThan(3000);

    // The owner's browser is not held up at all.
    const back = await login(owner, person.email, person.password);
    expect(back.status).toBe(200);
    // Its own mistakes cost it a few seconds at most.
    for (let i = 0; i < 5; i += 1) {
      expect((await login(owner, person.email, `a slip of the finger ${i}`)).status).toBe(401);
    }
    const slip = await login(owner, person.email, person.password);
    expect(slip.status).toBe(429);
    expect(Number(slip.headers.get('retry-after'))).toBeLessThanOrEqual(3);

    // A device cookie with a forged signature, or for another account, is no remembered device.
    const forger = stranger();
    forger.setCookie(DEVICE_COOKIE, `${owner.cookie(DEVICE_COOKIE)!.split('.')[0]}.forged`);
    expect((await login(forger, person.email, person.password)).status).toBe(429);
  });

  it('takes the client address from the proxy hop, never from the left-most X-Forwarded-For', async () => {
    const { person } = await signedInClient(server);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      // The attacker writes a new left-most value each time; our proxy appends what it saw.
      const attacker = stranger(`203.0.113.${i}, 192.0.2.77`);
      statuses.push((await login(attacker, person.email, `guess ${i}`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('throttles the password check of a password change and of an account deletion', async () => {
    const { client, person } = await signedInClient(server);
    // A browser without a remembered device: five tries, then a minute's wait.
    client.setCookie(DEVICE_COOKIE, 'none');
    const change = (currentPassword: string) =>
      client.put('/api/me/password', { currentPassword, newPassword: 'a brand new passphrase' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await change(`wrong ${i}`)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const waited = await change(person.password);
    expect(waited.status).toBe(429);
    expect(waited.body.error.code).toBe('too_many_attempts');
    expect(Number(waited.headers.get('retry-after'))).toBeGreaterThan(50);
    const deletion = await client.delete('/api/me', { password: person.password });
    expect(deletion.status).toBe(429);
    expect((await client.get('/api/me')).status).toBe(200);
    // Sign-in to that account from the same address waits too: one throttle, one account.
    expect((await server.client().post('/api/auth/login', person)).status).toBe(429);
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
