import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import type { HttpClient } from '../../../test-support/http-client';
import {
  anyText,
  controlText,
  type GeneratedRequest,
  type OpenApiDocument,
  requestsTo,
  type Route,
  routesOf,
} from '../../../test-support/openapi-requests';
import {
  newPerson,
  signedInClient,
  startTestServer,
  type TestServer,
} from '../../../test-support/server';
import { controlCharacterPath } from '../../core/text';

/** The sweeps send hundreds of requests; a machine busy with other work needs the time. */
const SWEEP_TIMEOUT_MS = 300_000;

/** Routes the signed-in sweeps leave out: signing out would end the sweep's own session. */
const ENDS_THE_SESSION = new Set(['POST /api/auth/logout']);

const send = (client: HttpClient, request: GeneratedRequest) =>
  client.request<any>(
    request.method,
    request.url,
    request.body === undefined ? {} : { body: request.body },
  );

const raw = (text: string) => Buffer.from(text).toString('base64url');

describe.each(databaseKinds())('input that no route answers with 500, on %s', (kind) => {
  let server: TestServer;
  let doc: OpenApiDocument;
  let routes: Route[];
  beforeAll(async () => {
    server = await startTestServer(kind);
    doc = (await server.client().get('/api/openapi.json')).body;
    routes = routesOf(doc).filter((r) => !ENDS_THE_SESSION.has(`${r.method} ${r.path}`));
  });
  afterAll(() => server.close());

  it('refuses the search cursors of the issue with 400, and still pages a search', async () => {
    const { client } = await signedInClient(server);
    for (const n of [1, 2, 3])
      await client.post('/api/reflections', { kind: 'free', body: `walk ${n}` });
    for (const text of ['o:1.5', 'o:1e308', 'o:-1', `o:${'9'.repeat(150)}`, 'o:NaN', 'o:0x1']) {
      const response = await client.get(`/api/reflections?q=walk&cursor=${raw(text)}`);
      expect(response.status, text).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details.issues[0].path).toEqual(['cursor']);
    }
    const first = await client.get('/api/reflections?q=walk&limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await client.get(
      `/api/reflections?q=walk&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toMatchObject({ items: [{}], nextCursor: null });
    // A search's cursor does not page the plain list, nor the other way round.
    expect((await client.get(`/api/reflections?cursor=${first.body.nextCursor}`)).status).toBe(400);
    const list = await client.get('/api/reflections?limit=2');
    expect(
      (await client.get(`/api/reflections?q=walk&cursor=${list.body.nextCursor}`)).status,
    ).toBe(400);
  });

  it(
    'answers any cursor on every list that takes one with its page or 400, never 500',
    async () => {
      const { client } = await signedInClient(server);
      const { body: team } = await client.post('/api/orgs', { name: 'Cursor org' });
      const { body: made } = await client.post(`/api/orgs/${team.id}/teams`, {
        name: 'Cursor team',
      });
      const lists = routes.filter(
        (r) => r.method === 'GET' && r.params.some((p) => p.name === 'cursor'),
      );
      expect(lists.length).toBeGreaterThanOrEqual(10);
      const cursors = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 250 }),
        fc.string({ unit: fc.constantFrom(...'o:-+.e0123456789 |WTZ'), maxLength: 40 }).map(raw),
        fc.oneof(fc.double(), fc.bigInt()).map((n) => raw(`o:${n}`)),
      );
      for (const list of lists) {
        const path = list.path.replace('{id}', made.id ?? 'none');
        await fc.assert(
          fc.asyncProperty(cursors, fc.boolean(), async (cursor, search) => {
            const query = new URLSearchParams({ cursor, ...(search ? { q: 'walk' } : {}) });
            const response = await client.get(`${path}?${query}`);
            expect([200, 400], `${path} ${JSON.stringify(cursor)}`).toContain(response.status);
          }),
          { numRuns: 25, endOnFailure: true },
        );
      }
    },
    SWEEP_TIMEOUT_MS,
  );

  it('answers 400 to a NUL byte in a signed-out sign-in, sign-up and answer link', async () => {
    const client = server.client();
    const person = newPerson();
    for (const [path, body] of [
      ['/api/auth/login', { email: 'a\u0000@example.com', password: 'whatever it is' }],
      ['/api/auth/login', { email: 'a@example.com', password: 'pass\u0000word' }],
      ['/api/auth/register', { ...person, email: `\u0000${person.email}` }],
      ['/api/auth/register', { ...person, name: 'Ana\u0000' }],
    ] as const) {
      const response = await client.post(path, body);
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'validation_failed',
        details: { in: 'body' },
      });
    }
    expect((await client.get('/api/feedback/answers/%00')).status).toBe(400);
    // Cookies are read only to be hashed, so a NUL in one is just a session that does not exist.
    const cookieJar = server.client();
    cookieJar.setCookie('praxis_session', '%00');
    expect((await cookieJar.get('/api/me')).status).toBe(401);
    const { client: signedIn } = await signedInClient(server);
    expect((await signedIn.get('/api/invitations/x%00y')).status).toBe(400);
    const nested = await client.post('/api/auth/login', {
      email: 'a@example.com',
      deep: [{ 'k\u0000': 1 }],
    });
    expect(nested.body.error.details.issues[0].path).toEqual(['deep', 0, 'k\u0000']);
  });

  it(
    'answers 400 to control characters in any text of any route, signed in',
    async () => {
      const { client } = await signedInClient(server);
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(requestsTo(route, doc, controlText), async (request) => {
            // An undeclared parameter is checked too: the guard does not depend on the schema.
            const carrier = request.sent.some((v) => controlCharacterPath(v) !== null)
              ? request
              : { ...request, url: `${request.url}${request.url.includes('?') ? '&' : '?'}x=%00` };
            const response = await send(client, carrier);
            expect(response.status, `${carrier.method} ${carrier.url}`).toBe(400);
            expect(response.body.error.code).toBe('validation_failed');
          }),
          { numRuns: 3, endOnFailure: true },
        );
      }
    },
    SWEEP_TIMEOUT_MS,
  );

  it(
    'answers any value of each route’s shape with 2xx or 4xx, never 500, signed in',
    async () => {
      const { client } = await signedInClient(server);
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(requestsTo(route, doc, anyText), async (request) => {
            const response = await send(client, request);
            expect(
              response.status,
              `${request.method} ${request.url} ${JSON.stringify(request.body)}`,
            ).toBeLessThan(500);
          }),
          { numRuns: Number(process.env.SWEEP_RUNS ?? 8), endOnFailure: true },
        );
      }
    },
    SWEEP_TIMEOUT_MS,
  );
});
