import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { type AppOptions, buildApp } from '../src/server/app';
import { DEFAULT_THROTTLE_POLICY, type ThrottlePolicy } from '../src/core/sign-in-throttle';
import type { RateLimits } from '../src/server/http/types';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases';
import { HttpClient } from './http-client';
import { pgBossQueue } from '../src/server/jobs/pg-boss';

export type TestServer = {
  kind: DatabaseKind;
  baseUrl: string;
  database: TestDatabase;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  client: () => HttpClient;
  close: () => Promise<void>;
};

/**
 * Praxis listening on a random local port over a fresh database of the given kind, as real as
 * production but for generous rate limits (unless a test sets its own) and captured logs.
 */
export async function startTestServer(
  kind: DatabaseKind,
  options: {
    rateLimits?: RateLimits;
    /** Changes to the production sign-in throttle (which is what a test gets otherwise). */
    throttle?: Partial<ThrottlePolicy>;
    env?: Partial<AppOptions['env']>;
    /** Mail through this SMTP URL (with a pg-boss queue on PostgreSQL); off when not given. */
    smtpUrl?: string;
    /** A database already made (a second instance on the same PostgreSQL); kept on close. */
    database?: TestDatabase;
    /** Background jobs through pg-boss on PostgreSQL (as in production), even without mail. */
    pgBoss?: boolean;
  } = {},
): Promise<TestServer> {
  const shared = options.database;
  const database = shared ?? (await createTestDatabase(kind));
  const logs: Record<string, unknown>[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const app = await buildApp({
    db: database.db,
    env: {
      secure: false,
      baseUrl: 'http://127.0.0.1',
      sessionSecret: 'a test secret that is long enough to sign cookies',
      rateLimit: true,
      trustProxy: 0,
      webDir: '/nonexistent',
      logLevel: 'info',
      ...options.env,
    },
    rateLimits: options.rateLimits ?? { perAddress: 1000, perAccount: 1000, windowMs: 60_000 },
    throttlePolicy: { ...DEFAULT_THROTTLE_POLICY, ...options.throttle },
    logStream,
    ...(options.smtpUrl && {
      mail: { smtpUrl: options.smtpUrl, from: 'Praxis <praxis@example.test>' },
      ...(database.url && { jobs: pgBossQueue(database.url, { pollingIntervalSeconds: 0.5 }) }),
    }),
    ...(options.pgBoss &&
      database.url && { jobs: pgBossQueue(database.url, { pollingIntervalSeconds: 0.5 }) }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    kind,
    baseUrl,
    database,
    logs,
    client: () => new HttpClient(baseUrl),
    close: async () => {
      await app.close();
      if (!shared) await database.destroy();
    },
  };
}

let counter = 0;

/** A unique, valid sign-up for tests. */
export function newPerson(name = 'Ana') {
  counter += 1;
  const email = `${name.toLowerCase()}.${Date.now()}.${counter}@example.com`;
  return { email, password: `a long passphrase ${counter}`, name };
}

/** Registers a person and returns a client signed in as them, with a CSRF token. */
export async function signedInClient(server: TestServer, name = 'Ana') {
  const client = server.client();
  const person = newPerson(name);
  const response = await client.post('/api/auth/register', person);
  if (response.status !== 201) throw new Error(`register answered ${response.status}`);
  await client.fetchCsrf();
  return { client, person, user: response.body.user as { id: string; email: string } };
}
