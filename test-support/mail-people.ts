import { expect } from 'vitest';
import { newPerson, type TestServer } from './server';
import { linkIn, type TestSmtp } from './smtp';

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
