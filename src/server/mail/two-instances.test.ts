import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import type { TestServer } from '../../../test-support/server';
import { signUpByMail, withTwoMailInstances } from '../../../test-support/mail-people';
import type { TestSmtp } from '../../../test-support/smtp';
import { queueNotificationMail } from './notifications';

const onPostgres = databaseKinds().includes('postgres') ? describe : describe.skip;

/** Two app instances, each with its own pool and its own pg-boss, on one PostgreSQL database. */
onPostgres('mail with two instances on one PostgreSQL', () => {
  let one: TestServer;
  let two: TestServer;
  let smtp: TestSmtp;
  withTwoMailInstances((a, b, mailbox) => {
    [one, two, smtp] = [a, b, mailbox];
  });

  it('sends every mail exactly once, whichever instance queued it', async () => {
    const people = [];
    for (const [i, name] of ['Ana', 'Bo', 'Cy', 'Dee'].entries()) {
      people.push(await signUpByMail(i % 2 === 0 ? one : two, smtp, name));
    }
    // Each asks for a reset on one instance; either instance's worker may send it.
    for (const [i, { person }] of people.entries()) {
      const through = i % 2 === 0 ? two : one;
      const asked = await through
        .client()
        .post('/api/auth/password-reset', { email: person.email });
      expect(asked.status).toBe(202);
    }
    // The same inbox item told from both instances at once is one mail.
    const target = people[0]!.user;
    const item = {
      personId: target.id,
      kind: 'shared_with_me' as const,
      title: 'Bo shared an aspiration with you',
      url: '/shared',
      key: 'inbox-item-42',
    };
    await Promise.all([
      queueNotificationMail(one.database.db, item),
      queueNotificationMail(two.database.db, item),
    ]);
    for (const { person } of people) await smtp.mailsTo(person.email, 2);
    await smtp.mailsTo(target.email, 3);
    // Long enough for both instances' workers to poll several times.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    for (const { person } of people) {
      const subjects = smtp.received
        .filter((m) => m.to.includes(person.email))
        .map((m) => m.subject);
      const expected = ['Confirm your address for Praxis', 'Reset your Praxis password'];
      if (person.email === target.email) expected.push(item.title);
      expect(subjects.sort()).toEqual(expected.sort());
    }
  });
});
