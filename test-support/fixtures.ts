import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from './databases';
import { startTestServer, type TestServer } from './server';

/**
 * The set-up most HTTP test files share: a test server over a fresh `kind` database, started
 * before the file's tests with `setUp` run once on it (the people a test needs: `orgMatrix`,
 * `orgCast`…), and closed after them. `ready` receives the server and what `setUp` made.
 *
 * @example
 * let server: TestServer;
 * let m: OrgMatrix;
 * withTestServer(kind, orgMatrix, (started, matrix) => {
 *   [server, m] = [started, matrix];
 * });
 */
export function withTestServer<T>(
  kind: DatabaseKind,
  setUp: (server: TestServer) => Promise<T>,
  ready: (server: TestServer, made: T) => void,
) {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(kind);
    ready(server, await setUp(server));
  });
  afterAll(() => server?.close());
}

/**
 * A test server over a fresh `kind` database for a file whose tests make their own people:
 * started before them and closed after. Call the answer inside a test.
 *
 * @example
 * const server = serverFor(kind);
 * it('…', async () => {
 *   const ana = await signedInClient(server(), 'Ana');
 * });
 */
export function serverFor(kind: DatabaseKind): () => TestServer {
  let server: TestServer | undefined;
  withTestServer(
    kind,
    async () => null,
    (started) => {
      server = started;
    },
  );
  return () => {
    if (!server) throw new Error('The test server starts before the tests run.');
    return server;
  };
}
