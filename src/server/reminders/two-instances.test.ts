import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases';
import { signUpByMail, withTwoMailInstances } from '../../../test-support/mail-people';
import type { TestServer } from '../../../test-support/server';
import type { TestSmtp } from '../../../test-support/smtp';
import { reminderScheduler } from './scheduler';

const onPostgres = databaseKinds().includes('postgres') ? describe : describe.skip;

/** Two app instances, each with its own pool, pg-boss and scheduler, on one PostgreSQL. */
onPostgres('reminders with two instances on one PostgreSQL', () => {
  let one: TestServer;
  let two: TestServer;
  let smtp: TestSmtp;
  withTwoMailInstances((a, b, mailbox) => {
    [one, two, smtp] = [a, b, mailbox];
  });

  it('mails a reminder once, though both instances look at the same moment', async () => {
    const ana = await signUpByMail(one, smtp, 'Ana');
    await ana.client.patch('/api/me', { timeZone: 'Australia/Lord_Howe' });
    const made = await ana.client.post('/api/practices', {
      name: 'Walk',
      schedule: { type: 'daily' },
    });
    await ana.client.put(`/api/practices/${made.body.id}/reminder`, { time: '06:15' });
    await ana.client.put('/api/me/reminders', { dailyReflection: '06:15' });
    let now = new Date('2027-06-01T00:00:00Z');
    const schedulers = [one.database.db, two.database.db].map((db) =>
      reminderScheduler(db, { clock: () => now }),
    );
    const both = async () =>
      (await Promise.all(schedulers.map((s) => s.tick()))).reduce((a, b) => a + b);
    expect(await both()).toBe(0);
    // 06:15 at Lord Howe in June (+10:30) is 19:45 UTC the day before.
    now = new Date('2027-06-01T19:45:00Z');
    expect(await both()).toBe(2);
    expect(await both()).toBe(0);
    const items = (await ana.client.get('/api/inbox')).body.items as { title: string }[];
    expect(items.map((item) => item.title).sort()).toEqual([
      'Time for your daily reflection',
      'Time for your practice',
    ]);
    await smtp.mailsTo(ana.person.email, 3);
    // Long enough for both instances' workers to poll several times.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const subjects = smtp.received
      .filter((m) => m.to.includes(ana.person.email))
      .map((m) => m.subject)
      .sort();
    expect(subjects).toEqual([
      'Confirm your address for Praxis',
      'Time for your daily reflection',
      'Time for your practice',
    ]);
  });
});
