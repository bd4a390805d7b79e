import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../../contracts/notifications';
import { databaseKinds } from '../../../../test-support/databases';
import { startTestServer, signedInClient, type TestServer } from '../../../../test-support/server';
import { signUpByMail, withMailServer } from '../../../../test-support/mail-people';
import type { TestSmtp } from '../../../../test-support/smtp';
import { mailContextOf } from '../../mail/context';
import { localHour, sendDigests } from '../../mail/digest';
import { queueNotificationMail } from '../../mail/notifications';

describe.each(databaseKinds())('notification mail on %s', (kind) => {
  let server: TestServer;
  let smtp: TestSmtp;
  withMailServer(kind, (started, mailbox) => {
    [server, smtp] = [started, mailbox];
  });

  it('keeps choices per kind and a digest hour, every kind at once by default', async () => {
    const { client } = await signUpByMail(server, smtp);
    const first = await client.get('/api/me/notifications');
    expect(first.status).toBe(200);
    expect(Object.keys(first.body.kinds)).toEqual([...NOTIFICATION_KINDS]);
    expect(first.body).toMatchObject({ digestHour: 8, mail: true });
    expect(Object.values(first.body.kinds).every((v) => v === 'instant')).toBe(true);
    const changed = await client.put('/api/me/notifications', {
      kinds: { shared_with_me: 'digest', invitation: 'off' },
      digestHour: 18,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.kinds).toMatchObject({
      shared_with_me: 'digest',
      invitation: 'off',
      feedback_requested: 'instant',
    });
    expect((await client.get('/api/me/notifications')).body).toEqual(changed.body);
    const bad = await client.put('/api/me/notifications', {
      kinds: { nope: 'off' },
      digestHour: 24,
    });
    expect(bad.status).toBe(400);
    expect((await server.client().get('/api/me/notifications')).status).toBe(401);
  });

  it('mails an instant notification once per key, retried when the server refuses', async () => {
    const { user } = await signUpByMail(server, smtp, 'Gus');
    smtp.refuseNext(1);
    const first = await queueNotificationMail(server.database.db, {
      personId: user.id,
      kind: 'feedback_requested',
      title: 'Ana asked you for feedback <b>',
      url: '/feedback/asked-of-me/01ABC',
      key: 'inbox-item-1',
    });
    expect(first).toBe('instant');
    await queueNotificationMail(server.database.db, {
      personId: user.id,
      kind: 'feedback_requested',
      title: 'Ana asked you for feedback <b>',
      url: '/feedback/asked-of-me/01ABC',
      key: 'inbox-item-1',
    });
    const mails = await smtp.mailsTo(user.email, 2);
    const mail = mails[1]!;
    expect(mail.subject).toBe('Ana asked you for feedback <b>');
    expect(mail.html).toContain('Ana asked you for feedback &lt;b&gt;');
    expect(mail.text).toContain('http://127.0.0.1/feedback/asked-of-me/01ABC');
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(smtp.received.filter((m) => m.to.includes(user.email))).toHaveLength(2);
  });

  it('turns a kind off by one click from its mail', async () => {
    const { client, user } = await signUpByMail(server, smtp, 'Hal');
    await queueNotificationMail(server.database.db, {
      personId: user.id,
      kind: 'invitation',
      title: 'Bo invited you to Acme',
      url: '/organizations',
    });
    const mails = await smtp.mailsTo(user.email, 2);
    const url = /<http:\/\/127\.0\.0\.1([^>]+)>/.exec(mails[1]!.header('List-Unsubscribe')!)![1]!;
    const done = await server.client().post(url);
    expect(done.body).toEqual({ kind: 'invitation', done: true });
    expect((await client.get('/api/me/notifications')).body.kinds.invitation).toBe('off');
    const again = await queueNotificationMail(server.database.db, {
      personId: user.id,
      kind: 'invitation',
      title: 'Bo invited you to Acme',
      url: '/organizations',
    });
    expect(again).toBe('off');
  });

  it('gathers digest kinds into one mail at the person’s local hour', async () => {
    const { client, user } = await signUpByMail(server, smtp, 'Ivy');
    await client.patch('/api/me', { timeZone: 'Asia/Tokyo' });
    await client.put('/api/me/notifications', {
      kinds: { shared_with_me: 'digest', delegation_turn: 'digest' },
      digestHour: 7,
    });
    for (const [k, title] of [
      ['shared_with_me', 'Bo shared an aspiration with you'],
      ['delegation_turn', 'Your turn in delegation poker with Bo'],
    ] as const) {
      expect(
        await queueNotificationMail(server.database.db, {
          personId: user.id,
          kind: k,
          title,
          url: '/shared',
        }),
      ).toBe('digest');
    }
    const { mail } = mailContextOf(server.database.db);
    // 21:00 UTC is 06:00 in Tokyo: not yet. 22:00 UTC is 07:00: the digest goes, once.
    expect(await sendDigests(server.database.db, mail!, new Date('2026-12-03T21:00:00Z'))).toBe(0);
    const at = new Date('2026-12-03T22:00:00Z');
    expect(localHour(at, 'Asia/Tokyo')).toBe(7);
    const [a, b] = await Promise.all([
      sendDigests(server.database.db, mail!, at),
      sendDigests(server.database.db, mail!, at),
    ]);
    expect(a! + b!).toBe(1);
    const mails = await smtp.mailsTo(user.email, 2);
    expect(mails[1]!.subject).toBe('Your day in Praxis: 2 new items');
    expect(mails[1]!.text).toContain('Bo shared an aspiration with you');
    expect(mails[1]!.text).toContain('Your turn in delegation poker with Bo');
    expect(await sendDigests(server.database.db, mail!, new Date('2026-12-04T22:00:00Z'))).toBe(0);
  });
});

describe.each(databaseKinds())('notification choices without mail on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('keeps choices, says mail is off, and queues nothing', async () => {
    const { client, user } = await signedInClient(server);
    expect((await client.get('/api/me/notifications')).body.mail).toBe(false);
    expect(
      await queueNotificationMail(server.database.db, {
        personId: user.id,
        kind: 'invitation',
        title: 'x',
        url: '/',
      }),
    ).toBe('off');
  });
});
