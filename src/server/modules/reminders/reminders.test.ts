import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { signUpByMail, withMailServer } from '../../../../test-support/mail-people';
import type { TestServer } from '../../../../test-support/server';
import type { TestSmtp } from '../../../../test-support/smtp';
import { isoWeekday, localDate } from '../../../core/calendar';
import { localTimeAt } from '../../../core/reminders';
import { newId } from '../../lib/ids';
import { reminderScheduler } from '../../reminders/scheduler';

describe.each(databaseKinds())('reminders on %s', (kind) => {
  let server: TestServer;
  let smtp: TestSmtp;
  withMailServer(kind, (started, mailbox) => {
    [server, smtp] = [started, mailbox];
  });

  /** A person in a time zone, with a scheduler on the server's database and a movable clock. */
  async function personIn(timeZone: string, name = 'Ana') {
    const person = await signUpByMail(server, smtp, name);
    expect((await person.client.patch('/api/me', { timeZone })).status).toBe(200);
    let now = new Date('2027-01-01T00:00:00Z');
    const scheduler = reminderScheduler(server.database.db, { clock: () => now });
    const at = async (iso: string) => {
      now = new Date(iso);
      return scheduler.tick();
    };
    return { ...person, at };
  }

  async function practice(
    client: TestServer['client'] extends () => infer C ? C : never,
    schedule: object,
  ) {
    const made = await client.post('/api/practices', { name: 'Morning pages', schedule });
    expect(made.status).toBe(201);
    return made.body.id as string;
  }

  const inbox = async (client: Parameters<typeof practice>[0]) =>
    (await client.get('/api/inbox')).body.items as { kind: string; title: string; url: string }[];

  it('sets, reads and removes reminders; refuses bad times and others’ practices', async () => {
    const ana = await personIn('Europe/Berlin');
    const bea = await signUpByMail(server, smtp, 'Bea');
    const id = await practice(ana.client, { type: 'daily' });
    expect((await ana.client.put(`/api/practices/${id}/reminder`, { time: '7:30' })).status).toBe(
      400,
    );
    expect((await ana.client.put(`/api/practices/${id}/reminder`, { time: '24:00' })).status).toBe(
      400,
    );
    const set = await ana.client.put(`/api/practices/${id}/reminder`, { time: '07:30' });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ practiceId: id, time: '07:30' });
    const mine = await ana.client.put('/api/me/reminders', {
      dailyReflection: '21:00',
      weeklyReview: { day: 7, time: '18:00' },
    });
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      dailyReflection: '21:00',
      weeklyReview: { day: 7, time: '18:00' },
      practices: [{ practiceId: id, time: '07:30' }],
      timeZone: 'Europe/Berlin',
    });
    expect(
      (await ana.client.put('/api/me/reminders', { weeklyReview: { day: 8, time: '18:00' } }))
        .status,
    ).toBe(400);
    // Another person: 404 on the practice's reminder, and their own list stays empty.
    for (const response of [
      await bea.client.put(`/api/practices/${id}/reminder`, { time: '08:00' }),
      await bea.client.delete(`/api/practices/${id}/reminder`),
    ]) {
      expect(response.status).toBe(404);
    }
    expect((await bea.client.get('/api/me/reminders')).body.practices).toEqual([]);
    // Signed out: 401.
    expect((await server.client().get('/api/me/reminders')).status).toBe(401);
    expect(
      (await server.client().put(`/api/practices/${id}/reminder`, { time: '08:00' })).status,
    ).toBe(401);
    expect((await ana.client.delete(`/api/practices/${id}/reminder`)).status).toBe(204);
    const cleared = await ana.client.put('/api/me/reminders', {
      dailyReflection: null,
      weeklyReview: null,
    });
    expect(cleared.body).toMatchObject({
      dailyReflection: null,
      weeklyReview: null,
      practices: [],
    });
  });

  it('fires a practice reminder on its scheduled days at the local time, once, by inbox and mail', async () => {
    const ana = await personIn('America/New_York');
    // Mondays and Wednesdays.
    const id = await practice(ana.client, { type: 'weekdays', days: [1, 3] });
    await ana.client.put(`/api/practices/${id}/reminder`, { time: '07:00' });
    // Tuesday 2027-03-16 noon in New York: nothing due until Wednesday 07:00 EDT (11:00 UTC).
    expect(await ana.at('2027-03-16T16:00:00Z')).toBe(0);
    expect(await ana.at('2027-03-17T10:59:00Z')).toBe(0);
    expect(await ana.at('2027-03-17T11:00:00Z')).toBe(1);
    expect(await ana.at('2027-03-17T11:01:00Z')).toBe(0);
    // Thursday 07:00 is not a scheduled day.
    expect(await ana.at('2027-03-18T11:00:00Z')).toBe(0);
    const items = await inbox(ana.client);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'practice_reminder',
        title: 'Time for your practice',
        url: `/practices/${id}`,
      }),
    ]);
    const mail = (await smtp.mailsTo(ana.person.email, 2)).at(-1)!;
    expect(mail.subject).toBe('Time for your practice');
    expect(mail.text).toContain(`/practices/${id}`);
    // No personal text in the mail: the practice's name stays in Praxis.
    expect(mail.text).not.toContain('Morning pages');
    expect(mail.html).not.toContain('Morning pages');
  });

  it('is correct across daylight saving: a skipped time fires at the jump, a repeated one once', async () => {
    const ana = await personIn('Europe/Berlin');
    const id = await practice(ana.client, { type: 'daily' });
    await ana.client.put(`/api/practices/${id}/reminder`, { time: '02:30' });
    // 2027-03-28: 02:00 CET becomes 03:00 CEST (01:00 UTC); 02:30 never happens.
    expect(await ana.at('2027-03-27T12:00:00Z')).toBe(0);
    expect(await ana.at('2027-03-28T00:59:59Z')).toBe(0);
    expect(await ana.at('2027-03-28T01:00:00Z')).toBe(1);
    // The next day at 02:30 CEST (00:30 UTC).
    expect(await ana.at('2027-03-29T00:29:00Z')).toBe(0);
    expect(await ana.at('2027-03-29T00:30:00Z')).toBe(1);
    // 2027-10-31: 03:00 CEST goes back to 02:00 CET; 02:30 happens at 00:30 and 01:30 UTC.
    expect(await ana.at('2027-10-30T12:00:00Z')).toBe(0);
    expect(await ana.at('2027-10-31T00:30:00Z')).toBe(1);
    expect(await ana.at('2027-10-31T01:30:00Z')).toBe(0);
    expect(await ana.at('2027-11-01T01:30:00Z')).toBe(1);
    expect((await inbox(ana.client)).length).toBe(4);
  });

  it('is skipped when already done that day, and follows a new time zone', async () => {
    const ana = await personIn('UTC');
    const db = server.database.db;
    const id = await practice(ana.client, { type: 'daily' });
    await ana.client.put(`/api/practices/${id}/reminder`, { time: '08:00' });
    await ana.client.put('/api/me/reminders', {
      dailyReflection: '20:00',
      weeklyReview: { day: 5, time: '17:00' },
    });
    const stamp = '2027-05-01T00:00:00.000Z';
    // Done on Friday 2027-05-07: the practice checked in, a reflection written, the review of
    // that week made.
    await db
      .insertInto('practiceCheckins')
      .values({
        id: newId(),
        practiceId: id,
        date: '2027-05-07',
        status: 'done',
        note: null,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
    await db
      .insertInto('reflections')
      .values({
        id: newId(),
        userId: ana.user.id,
        kind: 'quick',
        title: '',
        body: 'A written day',
        emotions: '[]',
        tags: '[]',
        at: '2027-05-07T12:00:00.000Z',
        date: '2027-05-07',
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
    await db
      .insertInto('weeklyReviews')
      .values({
        id: newId(),
        userId: ana.user.id,
        week: '2027-W18',
        wentWell: '',
        learned: '',
        focus: '',
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
    expect(await ana.at('2027-05-06T21:00:00Z')).toBe(0);
    expect(await ana.at('2027-05-07T08:00:00Z')).toBe(0);
    expect(await ana.at('2027-05-07T17:00:00Z')).toBe(0);
    expect(await ana.at('2027-05-07T20:00:00Z')).toBe(0);
    // Saturday: nothing done yet, so the practice and the reflection remind.
    expect(await ana.at('2027-05-08T08:00:00Z')).toBe(1);
    expect(await ana.at('2027-05-08T20:00:00Z')).toBe(1);
    const kinds = (await inbox(ana.client)).map((item) => item.kind).sort();
    expect(kinds).toEqual(['practice_reminder', 'reflection_reminder']);
    // Moving to Tokyo (UTC+9): 08:00 there is 23:00 UTC the day before.
    await ana.client.patch('/api/me', { timeZone: 'Asia/Tokyo' });
    expect(await ana.at('2027-05-08T22:00:00Z')).toBe(0);
    expect(await ana.at('2027-05-08T23:00:00Z')).toBe(1);
  });

  it('moves the next instants when the time zone or schedule changes; a tick reads only what is due', async () => {
    const ana = await personIn('UTC');
    const db = server.database.db;
    const id = await practice(ana.client, { type: 'daily' });
    await ana.client.put(`/api/practices/${id}/reminder`, { time: '08:00' });
    await ana.client.put('/api/me/reminders', { dailyReflection: '21:00' });
    const rows = () =>
      db
        .selectFrom('reminders')
        .select(['target', 'nextFireAt', 'zone', 'schedule'])
        .where('userId', '=', ana.user.id)
        .orderBy('target')
        .execute();
    const localTimes = async (zone: string) =>
      (await rows()).map((r) => [r.zone, localTimeAt(Date.parse(r.nextFireAt!), zone)]);
    expect(await localTimes('UTC')).toEqual([
      ['UTC', '08:00'],
      ['UTC', '21:00'],
    ]);
    // Changed in the profile: both next instants are at the same local times in Tokyo, at once,
    // with no tick of the scheduler between.
    const before = Date.now();
    expect((await ana.client.patch('/api/me', { timeZone: 'Asia/Tokyo' })).status).toBe(200);
    expect(await localTimes('Asia/Tokyo')).toEqual([
      ['Asia/Tokyo', '08:00'],
      ['Asia/Tokyo', '21:00'],
    ]);
    for (const row of await rows()) {
      const next = Date.parse(row.nextFireAt!);
      expect(next).toBeGreaterThan(before);
      expect(next - before).toBeLessThanOrEqual(24 * 60 * 60 * 1000);
    }
    // A new schedule (Wednesdays only) moves the practice's next instant to a Wednesday.
    await ana.client.patch(`/api/practices/${id}`, { schedule: { type: 'weekdays', days: [3] } });
    const [practiceRow] = (await rows()).filter((r) => r.target !== 'reflection');
    expect(isoWeekday(localDate(practiceRow!.nextFireAt!, 'Asia/Tokyo'))).toBe(3);
    expect(JSON.parse(practiceRow!.schedule!)).toEqual({ type: 'weekdays', days: [3] });
    // A row the scheduler has no reason to read (not due) is left alone, even if its facts look
    // stale: the scheduler reads by `next_fire_at` only.
    await db
      .updateTable('reminders')
      .set({ zone: 'Europe/Berlin' })
      .where('userId', '=', ana.user.id)
      .where('target', '=', 'reflection')
      .execute();
    const untouched = await rows();
    expect(await ana.at(new Date(before).toISOString())).toBe(0);
    expect(await rows()).toEqual(untouched);
  });

  it('mails nothing for reminders turned off, but still puts them in the inbox', async () => {
    const ana = await personIn('UTC');
    await ana.client.put('/api/me/notifications', { kinds: { reminder: 'off' }, digestHour: 8 });
    await ana.client.put('/api/me/reminders', { dailyReflection: '06:00' });
    expect(await ana.at('2027-06-01T00:00:00Z')).toBe(0);
    expect(await ana.at('2027-06-01T06:00:00Z')).toBe(1);
    expect((await inbox(ana.client)).map((item) => item.title)).toEqual([
      'Time for your daily reflection',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const toAna = smtp.received.filter((m) => m.to.includes(ana.person.email));
    expect(toAna.map((m) => m.subject)).toEqual(['Confirm your address for Praxis']);
  });
});
