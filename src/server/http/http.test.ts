import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import { signedInClient, startTestServer, type TestServer } from '../../../test-support/server';
import { BODY_LIMIT_BYTES } from '../app';

/** Helmet's headers as configured in security.ts: built once, the same on every answer. */
const HELMET_HEADERS = {
  'content-security-policy':
    "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';" +
    "connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe.each(databaseKinds())('the HTTP contract on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const expectError = (body: any, code: string) => {
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['code', 'message', 'details']);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
  };

  it('answers unknown /api routes with 404 JSON', async () => {
    const response = await server.client().get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expectError(response.body, 'not_found');
    expect((await server.client().delete('/api/me/nothing')).status).toBe(404);
  });

  it('answers bad bodies with 400/413/415 and details, never 500', async () => {
    const client = server.client();
    const malformed = await client.post('/api/auth/login', undefined, { raw: '{"email":' });
    expect(malformed.status).toBe(400);
    expectError(malformed.body, 'invalid_json');

    const types = await client.post('/api/auth/register', {
      email: 42,
      password: ['x'],
      name: null,
    });
    expect(types.status).toBe(400);
    expectError(types.body, 'validation_failed');
    expect(types.body.error.details.issues.map((i: any) => i.path[0]).sort()).toEqual([
      'email',
      'name',
      'password',
    ]);

    const long = await client.post('/api/auth/register', {
      email: 'a@example.com',
      password: 'p'.repeat(129),
      name: 'n'.repeat(5000),
    });
    expect(long.status).toBe(400);
    expect(long.body.error.details.issues.map((i: any) => i.path[0]).sort()).toEqual([
      'name',
      'password',
    ]);

    const huge = await client.post('/api/auth/login', {
      email: 'a@example.com',
      password: 'x'.repeat(BODY_LIMIT_BYTES),
    });
    expect(huge.status).toBe(413);
    expectError(huge.body, 'payload_too_large');

    const form = await client.post('/api/auth/login', undefined, {
      raw: 'email=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expectError(form.body, 'unsupported_media_type');

    const notObject = await client.post('/api/auth/login', [1, 2]);
    expect(notObject.status).toBe(400);
  });

  it('answers 401 with the error shape for a protected route', async () => {
    const response = await server.client().get('/api/tokens');
    expect(response.status).toBe(401);
    expectError(response.body, 'unauthenticated');
  });

  it('sends a strict CSP, no caching of API answers, request ids, and no HSTS over plain HTTP', async () => {
    const { client } = await signedInClient(server);
    const me = await client.get('/api/me');
    const csp = me.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.headers.get('x-content-type-options')).toBe('nosniff');
    expect(me.headers.get('x-request-id')).toMatch(/^[0-9A-Z]{26}$/);
    expect(me.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends the same helmet headers on every answer: signed in, refused, unknown, a page', async () => {
    const { client } = await signedInClient(server);
    const answers = {
      today: await client.get('/api/today'),
      refused: await server.client().get('/api/today'),
      unknown: await server.client().get('/api/no-such-thing'),
      page: await fetch(`${server.baseUrl}/feedback/anything`, { redirect: 'manual' }),
    };
    for (const [answer, response] of Object.entries(answers)) {
      expect(response.headers.get('x-powered-by'), answer).toBeNull();
      for (const [name, value] of Object.entries(HELMET_HEADERS)) {
        expect(response.headers.get(name), `${answer} ${name}`).toBe(value);
      }
    }
  });

  it('forbids framing in both headers alike and switches off powerful browser features', async () => {
    for (const path of ['/api/me', '/api/health', '/feedback/anything', '/api/docs']) {
      const response = await fetch(`${server.baseUrl}${path}`, { redirect: 'manual' });
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toContain(
        "frame-ancestors 'none'",
      );
      const policy = response.headers.get('permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(policy, path).toContain(`${feature}=()`);
      }
      expect(policy).toMatch(/^[a-z-]+=\(\)(, [a-z-]+=\(\))*$/);
    }
  });

  it('serves the OpenAPI document generated from the schemas, and a docs page', async () => {
    const spec = await server.client().get('/api/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/auth/csrf',
      '/api/auth/register',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/me',
      '/api/me/password',
      '/api/tokens',
      '/api/tokens/{id}',
      '/api/health',
    ]) {
      expect(spec.body.paths, path).toHaveProperty([path]);
    }
    const operations = Object.entries(spec.body.paths).flatMap(([path, methods]: [string, any]) =>
      Object.entries(methods).map(([method, op]: [string, any]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(60);
    for (const { path, method, op } of operations) {
      expect(op.summary, `${method} ${path} summary`).toEqual(expect.any(String));
      expect(op.tags, `${method} ${path} tags`).toHaveLength(1);
    }
    for (const path of [
      '/api/aspirations/{id}',
      '/api/reflections',
      '/api/practices/{id}/checkins/{date}',
      '/api/reviews/weekly',
      '/api/today',
      '/api/language/limiting',
      '/api/learning',
      '/api/reactions',
      '/api/beliefs',
      '/api/values/order',
      '/api/purpose',
    ]) {
      expect(spec.body.paths, path).toHaveProperty([path]);
    }
    const register = spec.body.paths['/api/auth/register'].post;
    expect(register.requestBody.content['application/json'].schema.required).toEqual([
      'email',
      'password',
      'name',
    ]);
    const docs = await fetch(`${server.baseUrl}/api/docs`, { redirect: 'follow' });
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
    const page = await fetch(`${server.baseUrl}/api/docs/static/index.html`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/https:|upgrade-insecure-requests/);
  });

  it('logs structured lines with request ids and no secrets or personal text', async () => {
    const { client, person } = await signedInClient(server);
    const { token } = (await client.post('/api/tokens', { name: 'secret-script' })).body;
    const script = server.client();
    script.bearer = token;
    await script.get('/api/me?q=my+private+thought');
    const text = JSON.stringify(server.logs);
    expect(server.logs.some((line) => typeof line.reqId === 'string')).toBe(true);
    for (const secret of [
      person.password,
      person.email,
      token,
      'secret-script',
      'private thought',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers health 200 while the database answers', async () => {
    const health = await server.client().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'up' });
  });
});

describe.each(databaseKinds())('health without a database on %s', (kind) => {
  it('answers 503 when the database does not answer', async () => {
    const server = await startTestServer(kind);
    await server.database.db.destroy();
    const health = await server.client().get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'unavailable', database: 'down' });
    await server.close().catch(() => {});
  });
});

describe('behind HTTPS', () => {
  it('sends HSTS and Secure cookies', async () => {
    const server = await startTestServer('sqlite', {
      env: { secure: true, baseUrl: 'https://praxis.example' },
    });
    try {
      const client = server.client();
      const response = await client.post('/api/auth/register', {
        email: 'h@example.com',
        password: 'a long passphrase',
        name: 'H',
      });
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.getSetCookie().every((c) => /;\s*Secure/i.test(c))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
