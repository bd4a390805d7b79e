import { afterAll, beforeAll, expect } from 'vitest';
import { openDatabase } from '../src/server/db/database';
import type { DatabaseKind, TestDatabase } from './databases';
import { newPerson, startTestServer, type TestServer } from './server';
import { linkIn, startTestSmtp, type TestSmtp } from './smtp';

/** Signs a person up with mail on: register, then the link in the mail that arrived. */
export async function signUpByMail(server: TestServer, smtp: TestSmtp, name = 'Ana') {
  const client = server.client();
  const person = newPerson(name);
  const registered = await client.post('/api/auth/register', person);
  expect(registered.status).toBe(202);
  const [mail] = await smtp.mailsTo(person.email);
  const token = linkIn(mail!, '/verify-email/').split('/').pop()!;
  const verified = await client.post(`/api/auth/verify-email/${token}`);
  expect(verified.status).toBe(200);
  await client.fetchCsrf();
  return { client, person, user: verified.body.user as { id: string; email: string } };
}

/**
 * A test server with mail on through a real SMTP server on localhost, for one describe block:
 * both start before its tests and stop after them; `ready` receives them.
 *
 * @example
 * let server: TestServer; let smtp: TestSmtp;
 * withMailServer(kind, (started, mailbox) => { [server, smtp] = [started, mailbox]; });
 */
export function withMailServer(
  kind: DatabaseKind,
  ready: (server: TestServer, smtp: TestSmtp) => void,
) {
  let server: TestServer | undefined;
  let smtp: TestSmtp | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer(kind, { smtpUrl: smtp.url });
    ready(server, smtp);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });
}

/**
 * Two app instances with mail on, each with its own pool, job queue and scheduler, on one
 * PostgreSQL database and one real SMTP server, for one describe block; `ready` receives them.
 *
 * @example
 * let one: TestServer; let two: TestServer; let smtp: TestSmtp;
 * withTwoMailInstances((a, b, mailbox) => { [one, two, smtp] = [a, b, mailbox]; });
 */
export function withTwoMailInstances(
  ready: (one: TestServer, two: TestServer, smtp: TestSmtp) => void,
) {
  let one: TestServer | undefined;
  let two: TestServer | undefined;
  let second: TestDatabase | undefined;
  let smtp: TestSmtp | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    one = await startTestServer('postgres', { smtpUrl: smtp.url });
    const db = openDatabase({ kind: 'postgres', url: one.database.url!, poolSize: 4 });
    second = { ...one.database, db, destroy: () => db.destroy() };
    two = await startTestServer('postgres', { smtpUrl: smtp.url, database: second });
    ready(one, two, smtp);
  });
  afterAll(async () => {
    await two?.close();
    await second?.destroy();
    await one?.close();
    await smtp?.close();
  });
}
