import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import type { HttpClient } from '../../../../test-support/http-client';
import { occurrences, parseFeed } from '../../../../test-support/icalendar';
import { orgCast } from '../../../../test-support/org-matrix';
import type { TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('1:1 meetings on %s', (kind) => {
  let server: TestServer;
  let cast: Awaited<ReturnType<typeof orgCast>>;
  withTestServer(kind, orgCast, (started, made) => {
    [server, cast] = [started, made];
  });

  const owner = () => cast.people.member.client;
  const colleague = () => cast.people.leader.client;

  /** A new open space of the member (Mo) with the leader (Lea), ending any open one first. */
  async function newSpace() {
    const open = (await owner().get('/api/one-on-ones')).body.items.filter(
      (s: { myRole: string; endedAt: string | null }) => s.myRole === 'owner' && !s.endedAt,
    );
    for (const s of open) await owner().post(`/api/one-on-ones/${s.id}/end`);
    const created = await owner().post('/api/one-on-ones', {
      orgId: cast.orgId,
      colleagueId: cast.people.leader.user.id,
      title: 'Career talk with Lea',
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  /** The events of a person's calendar feed, read as a calendar app would (no cookie). */
  async function feedOf(client: HttpClient) {
    const url = (await client.post('/api/calendar/feed')).body.url as string;
    const response = await fetch(`${server.baseUrl}${new URL(url).pathname}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    return { text, events: parseFeed(text) };
  }

  const meeting = {
    date: '2027-03-22',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    place: 'https://meet.example.com/mo-lea',
    repeatWeeks: 2,
  };

  it('is set by either of the two, shown in the space, and refused to anyone else', async () => {
    const id = await newSpace();
    const base = `/api/one-on-ones/${id}`;
    expect((await owner().get(base)).body.meeting).toBeNull();
    for (const bad of [
      { ...meeting, time: '25:00' },
      { ...meeting, date: '2027-02-30' },
      { ...meeting, timeZone: 'Mars/Olympus' },
      { ...meeting, repeatWeeks: 9 },
      { ...meeting, place: 'x'.repeat(301) },
    ]) {
      const refused = await owner().put(`${base}/meeting`, bad);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBeTruthy();
    }
    const set = await owner().put(`${base}/meeting`, meeting);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ ...meeting, updatedBy: { name: 'Mo' } });
    // The colleague moves it to 11:00, once: the space shows the change to both.
    const moved = await colleague().put(`${base}/meeting`, {
      date: '2027-03-22',
      time: '11:00',
      timeZone: 'Europe/Berlin',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ time: '11:00', repeatWeeks: null, place: '' });
    expect(moved.body.updatedBy.name).toBe('Lea');
    const seen = (await owner().get(base)).body.meeting;
    expect(seen).toMatchObject({ time: '11:00', durationMinutes: 30 });
    // 22 March 2027 is before the change to summer time in Berlin (UTC+1).
    expect(seen.next).toEqual({ date: '2027-03-22', startsAt: '2027-03-22T10:00:00.000Z' });
    // Both lists of spaces show it too, with the same next meeting.
    for (const who of [owner(), colleague()]) {
      const listed = (await who.get('/api/one-on-ones')).body.items.find(
        (s: { id: string }) => s.id === id,
      );
      expect(listed.meeting).toEqual(seen);
    }
    for (const who of ['orgMember', 'teamLeader', 'admin', 'outsider'] as const) {
      const client = cast.people[who].client;
      expect((await client.put(`${base}/meeting`, meeting)).status).toBe(404);
      expect((await client.delete(`${base}/meeting`)).status).toBe(404);
    }
    expect((await cast.anonymous.put(`${base}/meeting`, meeting)).status).toBe(401);
    expect((await colleague().delete(`${base}/meeting`)).status).toBe(204);
    expect((await owner().get(base)).body.meeting).toBeNull();
    const listed = (await owner().get('/api/one-on-ones')).body.items;
    expect(listed.find((s: { id: string }) => s.id === id).meeting).toBeNull();
    expect((await owner().delete(`${base}/meeting`)).status).toBe(404);
    // Ended: read-only to its owner.
    await owner().post(`${base}/end`);
    expect((await owner().put(`${base}/meeting`, meeting)).status).toBe(409);
  });

  it('is in the calendar feed of both, named "1:1 with <name>" only, repeating at its local time', async () => {
    const id = await newSpace();
    expect((await owner().put(`/api/one-on-ones/${id}/meeting`, meeting)).status).toBe(200);
    const mine = await feedOf(owner());
    const theirs = await feedOf(colleague());
    expect(mine.events.map((e) => e.summary)).toEqual(['1:1 with Lea']);
    expect(theirs.events.map((e) => e.summary)).toEqual(['1:1 with Mo']);
    for (const { text } of [mine, theirs]) {
      expect(text).not.toContain('Career talk');
      expect(text).not.toContain('meet.example.com');
      expect(text).toContain('DTSTART;TZID=Europe/Berlin:20270322T100000');
    }
    const event = mine.events[0]!;
    expect(event.duration.toSeconds()).toBe(45 * 60);
    // Every two weeks at 10:00 in Berlin: 09:00 UTC in winter, 08:00 UTC from 28 March.
    expect(occurrences(event, 3)).toEqual([
      '2027-03-22T09:00:00.000Z',
      '2027-04-05T08:00:00.000Z',
      '2027-04-19T08:00:00.000Z',
    ]);
    // Others have none; an ended space leaves both feeds.
    expect((await feedOf(cast.people.orgMember.client)).events).toEqual([]);
    await owner().post(`/api/one-on-ones/${id}/end`);
    expect((await feedOf(owner())).events).toEqual([]);
    expect((await feedOf(colleague())).events).toEqual([]);
  });
});
