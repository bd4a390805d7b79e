import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { signUpByMail, withMailServer } from '../../../../test-support/mail-people';
import type { TestServer } from '../../../../test-support/server';
import { linkIn, type TestSmtp } from '../../../../test-support/smtp';

const QUESTION = 'What should I stop doing in our design reviews?';
const SBI = {
  situation: 'In the review on Monday',
  behavior: 'You cut people off',
  impact: 'Fewer ideas came up',
};

describe.each(databaseKinds())('feedback links mailed by the server on %s', (kind) => {
  let server: TestServer;
  let smtp: TestSmtp;
  withMailServer(kind, (started, mailbox) => {
    [server, smtp] = [started, mailbox];
  });

  let seq = 0;
  const outsider = () => `outside-${kind}-${Date.now()}-${(seq += 1)}@example.com`;

  async function ask(client: HttpClient, emails: string[], anonymousAllowed: boolean) {
    const created = await client.post('/api/feedback/requests', {
      question: QUESTION,
      anonymousAllowed,
      recipients: emails.map((email) => ({ email })),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: string; links: unknown[]; mailed: { email: string }[] };
  }

  /** The one mail to an address, and its link's token. */
  async function linkMailTo(email: string) {
    const [mail] = await smtp.mailsTo(email);
    return { mail: mail!, token: linkIn(mail!, '/feedback/').split('/').pop()! };
  }

  it('mails each outsider their link once; the requester never sees it, and may get anonymous answers', async () => {
    const ana = await signUpByMail(server, smtp, 'Ana');
    const emails = [outsider(), outsider(), outsider()];
    const created = await ask(ana.client, emails, true);
    expect(created.links).toEqual([]);
    expect(created.mailed).toEqual(emails.map((email) => ({ email })));
    expect(JSON.stringify(created)).not.toContain('/feedback/');

    const tokens: string[] = [];
    for (const email of emails) {
      const { mail, token } = await linkMailTo(email);
      expect(mail.subject).toBe('Ana asked you for feedback');
      expect(mail.html).toContain(`/feedback/${token}`);
      expect(mail.text + mail.html).not.toContain('design reviews');
      expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(JSON.stringify(created)).not.toContain(token);
      tokens.push(token);
    }
    // What the requester can read never holds a link either.
    const mine = await ana.client.get(`/api/feedback/requests/${created.id}`);
    expect(JSON.stringify(mine.body)).not.toMatch(new RegExp(tokens.join('|')));

    const outside = server.client();
    const invitation = await outside.get(`/api/feedback/answers/${tokens[0]}`);
    expect(invitation.body).toMatchObject({
      question: QUESTION,
      requesterName: 'Ana',
      anonymousAllowed: true,
    });
    for (const token of tokens) {
      const answered = await outside.post(`/api/feedback/answers/${token}`, {
        ...SBI,
        anonymous: true,
      });
      expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    }
    const again = await outside.post(`/api/feedback/answers/${tokens[0]}`, {
      ...SBI,
      anonymous: true,
    });
    expect(again.status).toBe(409);

    // Held back until the request closes; then shown without name, time or order of arrival.
    expect((await ana.client.get(`/api/feedback/requests/${created.id}`)).body.answers).toEqual([]);
    const closed = await ana.client.post(`/api/feedback/requests/${created.id}/close`);
    expect(closed.body.answers).toHaveLength(3);
    for (const answer of closed.body.answers) {
      expect(answer).toMatchObject({
        anonymous: true,
        giverName: null,
        via: null,
        answeredAt: null,
      });
    }

    // Exactly once: a second mail never comes.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const email of emails) {
      expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
    }
  });

  it('keeps answers named where the request asks for names, and retries a refused mail once', async () => {
    const ben = await signUpByMail(server, smtp, 'Ben');
    const email = outsider();
    smtp.refuseNext(1);
    await ask(ben.client, [email], false);
    const { mail, token } = await linkMailTo(email);
    expect(mail.text).toContain('Your answer carries the name you type.');
    const outside = server.client();
    expect((await outside.get(`/api/feedback/answers/${token}`)).body.anonymousAllowed).toBe(false);
    const anonymous = await outside.post(`/api/feedback/answers/${token}`, {
      ...SBI,
      anonymous: true,
    });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.error.code).toBe('anonymous_not_allowed');
    const named = await outside.post(`/api/feedback/answers/${token}`, { ...SBI, name: 'Dee' });
    expect(named.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it('sends no more feedback links to an address that unsubscribed in one click', async () => {
    const cy = await signUpByMail(server, smtp, 'Cy');
    const email = outsider();
    await ask(cy.client, [email], true);
    const { mail } = await linkMailTo(email);
    const unsubscribeUrl = /<([^>]+)>/.exec(mail.header('List-Unsubscribe') ?? '')![1]!;
    const path = new URL(unsubscribeUrl).pathname;
    // Opened in a browser: a page that asks to confirm, changing nothing yet.
    const browser = server.client();
    const html = { accept: 'text/html,application/xhtml+xml' };
    const opened = await browser.request('GET', path, { headers: html });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toContain('text/html');
    const page = await (await fetch(`${server.baseUrl}${path}`, { headers: html })).text();
    expect(page).toContain('Unsubscribe from this mail?');
    expect(page).toContain(`<form method="post" action="${path}">`);
    expect(page).toContain('<button type="submit">Unsubscribe</button>');
    expect(page).toContain('href="/mail-page.css"');
    const bad = await fetch(`${server.baseUrl}/api/mail/unsubscribe/forged.token`, {
      headers: html,
    });
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain('This link does not work');
    // The API still reads it as JSON.
    expect((await browser.get(path)).body).toEqual({ kind: 'feedback_link', done: false });
    const done = await server.client().request('POST', path, {
      raw: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ kind: 'feedback_link', done: true });
    // Confirmed from the page (a browser's form post): the page says it is done.
    const confirmed = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('You are unsubscribed');
    await ask(cy.client, [email], true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});
