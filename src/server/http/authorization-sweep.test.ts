import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import {
  type OpenApiDocument,
  plausibleText,
  requestsTo,
  type Route,
  routesOf,
} from '../../../test-support/openapi-requests';
import { startTestServer, type TestServer } from '../../../test-support/server';

/**
 * The routes anyone may call signed out, each with the reason. Every other route of the OpenAPI
 * document must answer 401 to a caller without a session or token — so a route added without
 * thought about who may call it fails here until it is listed with its reason.
 */
const PUBLIC: Record<string, string> = {
  'GET /api/health': 'the load balancer asks',
  'POST /api/auth/register': 'signing up',
  'POST /api/auth/login': 'signing in',
  'POST /api/auth/logout': 'signing out answers the same either way',
  'POST /api/auth/password-reset': 'a forgotten password',
  'POST /api/auth/password-reset/{token}': 'the link in the mail is the key',
  'POST /api/auth/verify-email/{token}': 'the link in the mail is the key',
  'GET /api/auth/config': 'whether mail is on, for the sign-in page',
  'GET /api/mail/unsubscribe/{token}': 'the unsubscribe link in a mail is the key',
  'POST /api/mail/unsubscribe/{token}': 'one-click unsubscribe (RFC 8058): the link is the key',
  'GET /api/auth/csrf': 'the token a sign-in form sends',
  'GET /api/feedback/answers/{token}': 'the single-use link is the key',
  'POST /api/feedback/answers/{token}': 'the single-use link is the key',
  'GET /api/invitations/{token}': 'the invitation link is the key',
  'GET /calendar/{file}': 'a calendar feed: the secret in its address is the key',
};

/** The document's routes outside the interactive docs themselves. */
const documented = (doc: OpenApiDocument) =>
  routesOf(doc).filter((r) => !r.path.startsWith('/api/docs'));

const key = (route: Route) => `${route.method} ${route.path}`;

describe.each(databaseKinds())('who may call each route, route by route, on %s', (kind) => {
  let server: TestServer;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    server = await startTestServer(kind);
    doc = (await server.client().get('/api/openapi.json')).body;
  });
  afterAll(() => server.close());

  it('lists no public route the application does not have', () => {
    const keys = new Set(documented(doc).map(key));
    const stale = Object.keys(PUBLIC).filter((k) => !keys.has(k));
    // A listed route that is gone would keep a stale exception; only ones the app has may stay.
    expect(stale.filter((k) => !OPTIONAL_PUBLIC.has(k))).toEqual([]);
  });

  it('answers 401 signed out on every route not listed as public', async () => {
    const protectedRoutes = documented(doc).filter((r) => !(key(r) in PUBLIC));
    expect(protectedRoutes.length).toBeGreaterThan(100);
    const answers: string[] = [];
    for (const route of protectedRoutes) {
      const [request] = fc.sample(requestsTo(route, doc, plausibleText), { numRuns: 1, seed: 7 });
      const response = await server
        .client()
        .request<any>(
          request!.method,
          request!.url,
          request!.body === undefined ? {} : { body: request!.body },
        );
      if (response.status !== 401) answers.push(`${key(route)} → ${response.status}`);
      else expect(response.body.error.code, key(route)).toMatch(/^(unauthenticated|.*)$/);
    }
    expect(answers).toEqual([]);
  });
});

/** Public routes that exist only in some configurations (mail on) and may be absent. */
const OPTIONAL_PUBLIC = new Set<string>([]);
