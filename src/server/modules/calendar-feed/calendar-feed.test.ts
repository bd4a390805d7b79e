import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import { occurrences, parseFeed as parse } from '../../../../test-support/icalendar';
import { type OrgMatrix, orgMatrix } from '../../../../test-support/org-matrix';
import { signedInClient, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('calendar feed on %s', (kind) => {
  let server: TestServer;
  let m: OrgMatrix;
  withTestServer(kind, orgMatrix, (started, matrix) => {
    [server, m] = [started, matrix];
  });

  const pathOf = (url: string) => new URL(url).pathname;
  /** The feed read as a calendar app would: no cookie, the secret in the address. */
  const read = async (url: string) => {
    const response = await fetch(`${server.baseUrl}${pathOf(url)}`);
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  it('holds my reminders as repeating events at the local time, with their zone', async () => {
    const ana = await signedInClient(server);
    await ana.client.patch('/api/me', { timeZone: 'Europe/Berlin' });
    const made = await ana.client.post('/api/practices', {
      name: 'Morning pages',
      schedule: { type: 'weekdays', days: [1, 3] },
    });
    await ana.client.put(`/api/practices/${made.body.id}/reminder`, { time: '07:30' });
    await ana.client.put('/api/me/reminders', {
      dailyReflection: '21:00',
      weeklyReview: { day: 7, time: '18:00' },
    });
    // Reminders set long ago, so that the feed's occurrences cross the next DST changes.
    await server.database.db
      .updateTable('reminders')
      .set({ createdAt: '2027-03-01T12:00:00.000Z' })
      .where('userId', '=', ana.user.id)
      .execute();
    const created = await ana.client.post('/api/calendar/feed');
    expect(created.status).toBe(201);
    const feed = await read(created.body.url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text = feed.text;
    // RFC 5545: CRLF lines of at most 75 octets; no personal text.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('Morning pages');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:');
    const events = parse(text);
    expect(events.map((e) => e.summary).sort()).toEqual([
      'Praxis: time for your daily reflection',
      'Praxis: time for your practice',
      'Praxis: time for your weekly review',
    ]);
    const practice = events.find((e) => e.summary === 'Praxis: time for your practice')!;
    expect(practice.startDate.zone.tzid).toBe('Europe/Berlin');
    // Mondays and Wednesdays at 07:30 Berlin: 06:30 UTC in winter, 05:30 UTC in summer.
    expect(occurrences(practice, 4)).toEqual([
      '2027-03-01T06:30:00.000Z',
      '2027-03-03T06:30:00.000Z',
      '2027-03-08T06:30:00.000Z',
      '2027-03-10T06:30:00.000Z',
    ]);
    const reflection = events.find((e) => e.summary === 'Praxis: time for your daily reflection')!;
    const march = occurrences(reflection, 30);
    expect(march).toContain('2027-03-27T20:00:00.000Z');
    expect(march).toContain('2027-03-28T19:00:00.000Z');
    const review = events.find((e) => e.summary === 'Praxis: time for your weekly review')!;
    expect(occurrences(review, 1)).toEqual(['2027-03-07T17:00:00.000Z']);
    // No cookie needed, and none given.
    expect(feed.headers.get('set-cookie')).toBeNull();
    // The secret is not in the log.
    const secret = pathOf(created.body.url).split('/').pop()!.replace('.ics', '');
    expect(JSON.stringify(server.logs)).not.toContain(secret);
  });

  it('holds the sessions of programs I hold a seat in', async () => {
    const admin = m.people.admin;
    const program = await admin.client.post(`/api/orgs/${m.orgId}/programs`, {
      title: 'Leading well',
      startDate: '2027-04-05',
      endDate: '2027-05-31',
      seats: 5,
      sessions: [{ date: '2027-04-06', time: '09:30', timeZone: 'America/New_York' }],
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    const member = m.people.orgMember;
    const enrolled = await member.client.post(`/api/programs/${program.body.id}/enrollments`);
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    const created = await member.client.post('/api/calendar/feed');
    const events = parse((await read(created.body.url)).text);
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['Leading well — session 1', '2027-04-06T13:30:00.000Z'],
    ]);
  });

  it('makes a new secret each time; the old one and a revoked one answer 404', async () => {
    const ana = await signedInClient(server);
    expect((await ana.client.get('/api/calendar/feed')).body).toEqual({
      active: false,
      createdAt: null,
    });
    const first = (await ana.client.post('/api/calendar/feed')).body.url as string;
    const second = (await ana.client.post('/api/calendar/feed')).body.url as string;
    expect(first).not.toBe(second);
    expect((await read(first)).status).toBe(404);
    const empty = await read(second);
    expect(empty.status).toBe(200);
    expect(parse(empty.text)).toEqual([]);
    expect((await ana.client.get('/api/calendar/feed')).body.active).toBe(true);
    expect((await ana.client.delete('/api/calendar/feed')).status).toBe(204);
    expect((await read(second)).status).toBe(404);
    expect((await read(`${server.baseUrl}/calendar/nothing`)).status).toBe(404);
    // Only the hash is stored.
    const rows = await server.database.db.selectFrom('calendarFeeds').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(pathOf(second).split('/').pop()!.slice(0, -4));
    // Signed out: 401 on the API.
    expect((await server.client().post('/api/calendar/feed')).status).toBe(401);
    expect((await server.client().get('/api/calendar/feed')).status).toBe(401);
  });
});
