import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import { signUpByMail, withMailServer } from '../../../test-support/mail-people';
import type { TestServer } from '../../../test-support/server';
import type { TestSmtp } from '../../../test-support/smtp';
import { raiseInboxItem } from '../db/inbox';
import { addMs, nowIso } from '../lib/time';
import { mailInboxItems } from './inbox-mail';

describe.each(databaseKinds())('inbox items by mail on %s', (kind) => {
  let server: TestServer;
  let smtp: TestSmtp;
  withMailServer(kind, (started, mailbox) => {
    [server, smtp] = [started, mailbox];
  });

  const raise = (to: string, actorId: string, id: string) =>
    raiseInboxItem(server.database.db, {
      to: [to],
      kind: 'feedback_requested',
      actorId,
      subject: { type: 'feedback_request', id },
      url: `/feedback/asked/${id}`,
    });

  it('mails a new item once, after the next write, titled by kind and name only', async () => {
    const ana = await signUpByMail(server, smtp, 'Ana');
    const ben = await signUpByMail(server, smtp, 'Ben');
    await raise(ben.user.id, ana.user.id, 'R1');
    // Any write hands new items to mail: here Ben choosing his digest hour.
    const put = await ben.client.put('/api/me/notifications', { kinds: {}, digestHour: 9 });
    expect(put.status).toBe(200);
    const mail = (await smtp.mailsTo(ben.person.email, 2)).at(-1);
    expect(mail!.subject).toBe('Ana asked you for feedback');
    expect(mail!.text).toContain('/feedback/asked/R1');
    expect(mail!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // Handed over once: nothing is left for a second run.
    expect(await mailInboxItems(server.database.db)).toBe(0);
  });

  it('mails nothing of a kind turned off, nor of items older than a day', async () => {
    const ana = await signUpByMail(server, smtp, 'Ana');
    const cy = await signUpByMail(server, smtp, 'Cy');
    await raise(cy.user.id, ana.user.id, 'OLD');
    await server.database.db
      .updateTable('inboxItems')
      .set({ createdAt: addMs(nowIso(), -2 * 24 * 60 * 60 * 1000) })
      .where('url', '=', '/feedback/asked/OLD')
      .execute();
    const off = await cy.client.put('/api/me/notifications', {
      kinds: { feedback_requested: 'off' },
      digestHour: 8,
    });
    expect(off.status).toBe(200);
    await raise(cy.user.id, ana.user.id, 'R2');
    const handed = await mailInboxItems(server.database.db);
    expect(handed).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const toCy = smtp.received.filter((m) => m.to.includes(cy.person.email));
    expect(toCy.map((m) => m.subject)).toEqual(['Confirm your address for Praxis']);
  });
});
