import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { newPerson, startTestServer, type TestServer } from '../../../../test-support/server';
import { linkIn, type TestSmtp } from '../../../../test-support/smtp';
import type { HttpClient } from '../../../../test-support/http-client';
import { signUpByMail, withMailServer } from '../../../../test-support/mail-people';

const tokenOf = (link: string) => link.split('/').pop()!;

describe.each(databaseKinds())('account mail on %s', (kind) => {
  let server: TestServer;
  let smtp: TestSmtp;
  withMailServer(kind, (started, mailbox) => {
    [server, smtp] = [started, mailbox];
  });

  it('says mail is on', async () => {
    const config = await server.client().get('/api/auth/config');
    expect(config.body).toEqual({ mail: true });
  });

  it('answers a sign-up with 202 for a new and a taken address alike, and mails each', async () => {
    const { person } = await signUpByMail(server, smtp);
    const [verification] = smtp.received.filter((m) => m.to.includes(person.email));
    expect(verification!.subject).toBe('Confirm your address for Praxis');
    expect(verification!.html).toContain('/verify-email/');
    expect(verification!.text).toContain('/verify-email/');

    const again = await server
      .client()
      .post('/api/auth/register', { ...newPerson('Mallory'), email: person.email });
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ status: 'check_your_mail' });
    const mails = await smtp.mailsTo(person.email, 2);
    expect(mails[1]!.subject).toBe('Someone tried to sign up to Praxis with your address');
    expect(mails[1]!.text).not.toContain('/verify-email/');
    expect(mails[1]!.text).not.toContain('Mallory');
  });

  it('makes the account only once per confirmation link, and signs in through it', async () => {
    const client = server.client();
    const person = newPerson('Bea');
    await client.post('/api/auth/register', person);
    expect((await server.client().post('/api/auth/login', person)).status).toBe(401);
    const [mail] = await smtp.mailsTo(person.email);
    const token = tokenOf(linkIn(mail!, '/verify-email/'));
    const verified = await client.post(`/api/auth/verify-email/${token}`);
    expect(verified.status).toBe(200);
    expect(verified.body.user.email).toBe(person.email);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await server.client().post(`/api/auth/verify-email/${token}`)).status).toBe(410);
    expect((await server.client().post('/api/auth/verify-email/not-a-token')).status).toBe(404);
    expect((await server.client().post('/api/auth/login', person)).status).toBe(200);
  });

  it('resets a forgotten password from the mail: once, signing every session out', async () => {
    const { client, person } = await signUpByMail(server, smtp, 'Cy');
    const other = server.client();
    expect((await other.post('/api/auth/login', person)).status).toBe(200);

    const asked = await server.client().post('/api/auth/password-reset', { email: person.email });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ status: 'check_your_mail' });
    const mails = await smtp.mailsTo(person.email, 2);
    const reset = mails[1]!;
    expect(reset.subject).toBe('Reset your Praxis password');
    const token = tokenOf(linkIn(reset, '/reset-password/'));

    const weak = await server.client().post(`/api/auth/password-reset/${token}`, {
      password: 'password1',
    });
    expect(weak.status).toBe(400);
    const newPassword = 'a brand new passphrase 42';
    const done = await server
      .client()
      .post(`/api/auth/password-reset/${token}`, { password: newPassword });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ status: 'password_changed' });
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await server.client().post('/api/auth/login', person)).status).toBe(401);
    const signIn = await server
      .client()
      .post('/api/auth/login', { email: person.email, password: newPassword });
    expect(signIn.status).toBe(200);
    const second = await server
      .client()
      .post(`/api/auth/password-reset/${token}`, { password: 'yet another passphrase 7' });
    expect(second.status).toBe(410);
    expect(second.body.error.code).toBe('link_expired');
  });

  it('answers a reset for an unknown address the same, and mails nobody', async () => {
    const before = smtp.received.length;
    const unknown = newPerson('Nobody').email;
    const asked = await server.client().post('/api/auth/password-reset', { email: unknown });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ status: 'check_your_mail' });
    // A known address asked after it arrives; the unknown one never does.
    const { person } = await signUpByMail(server, smtp, 'Dee');
    await server.client().post('/api/auth/password-reset', { email: person.email });
    await smtp.mailsTo(person.email, 2);
    expect(smtp.received.slice(before).some((m) => m.to.includes(unknown))).toBe(false);
  });

  it('refuses a reset link after an hour', async () => {
    const { person } = await signUpByMail(server, smtp, 'Eve');
    await server.client().post('/api/auth/password-reset', { email: person.email });
    const mails = await smtp.mailsTo(person.email, 2);
    const token = tokenOf(linkIn(mails[1]!, '/reset-password/'));
    await server.database.db
      .updateTable('passwordResets')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const late = await server
      .client()
      .post(`/api/auth/password-reset/${token}`, { password: 'a brand new passphrase 43' });
    expect(late.status).toBe(410);
    const stored = await server.database.db
      .selectFrom('passwordResets')
      .select('tokenHash')
      .execute();
    expect(stored.map((r) => r.tokenHash)).not.toContain(token);
  });

  it('puts List-Unsubscribe with one-click in every mail, and the link works', async () => {
    const { person } = await signUpByMail(server, smtp, 'Flo');
    for (const mail of smtp.received) {
      expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.header('List-Unsubscribe')).toMatch(
        /^<http:\/\/127\.0\.0\.1\/api\/mail\/unsubscribe\/[^>]+>$/,
      );
      expect(mail.text.length).toBeGreaterThan(0);
      expect(mail.html).toContain('<!doctype html>');
    }
    const [mail] = await smtp.mailsTo(person.email);
    const url = /<http:\/\/127\.0\.0\.1([^>]+)>/.exec(mail!.header('List-Unsubscribe')!)![1]!;
    const client: HttpClient = server.client();
    const look = await client.get(url);
    expect(look.body).toEqual({ kind: 'account', done: false });
    const oneClick = await client.post(url, undefined, {
      raw: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);
    expect(oneClick.body).toEqual({ kind: 'account', done: true });
    expect((await client.get(`${url.slice(0, -3)}xyz`)).status).toBe(404);
    // Account mail to that address stops: a reset request sends nothing.
    const count = smtp.received.length;
    await server.client().post('/api/auth/password-reset', { email: person.email });
    await server.client().post('/api/auth/password-reset', { email: 'someone@example.com' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.length).toBe(count);
  });
});

describe.each(databaseKinds())('account mail off on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('says mail is off, registers at once with 201, and has no reset', async () => {
    expect((await server.client().get('/api/auth/config')).body).toEqual({ mail: false });
    const registered = await server.client().post('/api/auth/register', newPerson());
    expect(registered.status).toBe(201);
    const reset = await server.client().post('/api/auth/password-reset', { email: 'a@b.example' });
    expect(reset.status).toBe(404);
    expect(reset.body.error.code).toBe('mail_off');
  });
});
