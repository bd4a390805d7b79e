import { afterAll, bench, describe } from 'vitest';
import { databaseKinds } from '../test-support/databases';
import { signedInClient, startTestServer } from '../test-support/server';

// The hottest path of every page: resolving the caller and reading the person. Run with
// `npm run bench`; both databases and both ways of signing in are measured side by side.
const setups = await Promise.all(
  databaseKinds().map(async (kind) => {
    const server = await startTestServer(kind, { env: { logLevel: 'warn' } });
    const cookieClient = (await signedInClient(server)).client;
    const tokenClient = server.client();
    tokenClient.bearer = (await cookieClient.post('/api/tokens', { name: 'bench' })).body.token;
    return { kind, server, cookieClient, tokenClient };
  }),
);

afterAll(async () => {
  await Promise.all(setups.map(({ server }) => server.close()));
});

describe('GET /api/me', () => {
  for (const { kind, cookieClient, tokenClient } of setups) {
    for (const [how, client] of [
      ['session cookie', cookieClient],
      ['bearer token', tokenClient],
    ] as const) {
      bench(`${kind}, ${how}`, async () => {
        const response = await client.get('/api/me');
        if (response.status !== 200) throw new Error(`status ${response.status}`);
      });
    }
  }
});
