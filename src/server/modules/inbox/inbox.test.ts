import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { openEventStream } from '../../../../test-support/event-stream';
import { withTestServer } from '../../../../test-support/fixtures';
import type { HttpClient } from '../../../../test-support/http-client';
import { orgCast } from '../../../../test-support/org-matrix';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import type { TestServer } from '../../../../test-support/server';

type Cast = Awaited<ReturnType<typeof orgCast>>;

describe.each(databaseKinds())('inbox on %s', (kind) => {
  let server: TestServer;
  let cast: Cast;
  withTestServer(kind, orgCast, (started, made) => {
    [server, cast] = [started, made];
  });
  const person = (who: keyof Cast['people']) => cast.people[who];

  async function inbox(client: HttpClient, query = '') {
    const response = await client.get(`/api/inbox${query}`);
    expect(response.status).toBe(200);
    return response.body.items as { id: string; kind: string; title: string; url: string }[];
  }
  /** My items about one subject (by the path they link to). */
  const about = async (client: HttpClient, url: string) =>
    (await inbox(client)).filter((item) => item.url === url);
  const rowsAbout = (url: string) =>
    server.database.db.selectFrom('inboxItems').select('id').where('url', '=', url).execute();

  async function askFeedback(from: HttpClient, ...userIds: string[]) {
    const created = await from.post('/api/feedback/requests', {
      question: 'What should I stop doing?',
      anonymousAllowed: true,
      recipients: userIds.map((userId) => ({ userId })),
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  it('tells a colleague asked for feedback, by name and kind only, until the request closes', async () => {
    const id = await askFeedback(person('leader').client, person('member').user.id);
    const url = `/feedback/asked/${id}`;
    const [item] = await about(person('member').client, url);
    expect(item).toMatchObject({
      kind: 'feedback_requested',
      title: 'Lea asked you for feedback',
      readAt: null,
    });
    expect(JSON.stringify(item)).not.toContain('stop doing');
    expect(await about(person('leader').client, url)).toEqual([]);
    expect((await person('leader').client.post(`/api/feedback/requests/${id}/close`)).status).toBe(
      200,
    );
    expect(await about(person('member').client, url)).toEqual([]);
    expect(await rowsAbout(url)).toEqual([]);
  });

  it('tells the people an item is shared with; unsharing takes it away', async () => {
    const author = person('orgMember').client;
    const aspiration = await author.post('/api/aspirations', {
      title: 'Coach, not fix',
      domain: 'career',
      vision: 'Ask first.',
      visionLevel: 8,
    });
    const url = `/shared/aspiration/${aspiration.body.id}`;
    const share = (target: object) =>
      author.post('/api/shares', {
        itemType: 'aspiration',
        itemId: aspiration.body.id,
        with: target,
      });
    const toLea = await share({ userId: person('leader').user.id });
    await share({ teamId: cast.teamId });
    expect(await about(person('leader').client, url)).toMatchObject([
      { kind: 'shared_with_me', title: 'Olga shared something with you' },
    ]);
    expect(await about(person('member').client, url)).toHaveLength(1);
    expect(await about(person('teamLeader').client, url)).toHaveLength(1);
    expect(await about(person('admin').client, url)).toEqual([]);

    expect((await author.delete(`/api/shares/${toLea.body.id}`)).status).toBe(204);
    expect(await about(person('leader').client, url)).toEqual([]);
  });

  it('tells the other party of a round of poker and of a proposal to confirm', async () => {
    const created = await person('leader').client.post('/api/delegation', {
      orgId: cast.orgId,
      colleagueId: person('member').user.id,
      myRole: 'leader',
      areas: [{ title: 'Hiring' }],
    });
    expect(created.status).toBe(201);
    const base = `/api/delegation/${created.body.id}/areas/${created.body.areas[0].id}`;
    const url = `/delegation/${created.body.id}`;
    // A new area opens with a round of poker.
    expect(await about(person('member').client, url)).toMatchObject([
      { kind: 'delegation_turn', title: 'Lea started delegation poker: your turn to choose' },
    ]);
    await person('leader').client.put(`${base}/poker/choice`, { level: 4 });
    await person('member').client.put(`${base}/poker/choice`, { level: 5 });
    expect(
      (await person('member').client.post(`${base}/proposal`, { level: 5 })).status,
    ).toBeLessThan(300);
    expect(await about(person('leader').client, url)).toMatchObject([
      { kind: 'delegation_proposal', title: 'Mo proposed a delegation level for you to confirm' },
    ]);
    await person('leader').client.post(`/api/delegation/${created.body.id}/archive`);
    expect(await about(person('leader').client, url)).toEqual([]);
    expect(await about(person('member').client, url)).toEqual([]);
  });

  it('tells the other person of a new topic or action in a 1:1, and an action item owner', async () => {
    const space = await person('member').client.post('/api/one-on-ones', {
      orgId: cast.orgId,
      colleagueId: person('leader').user.id,
      title: 'Weekly',
    });
    const base = `/api/one-on-ones/${space.body.id}`;
    const url = `/one-on-ones/${space.body.id}`;
    await person('member').client.post(`${base}/topics`, { title: 'A private worry' });
    await person('leader').client.post(`${base}/actions`, {
      text: 'Send the plan',
      ownerId: person('member').user.id,
    });
    expect(await about(person('leader').client, url)).toMatchObject([
      { kind: 'one_on_one_topic', title: 'Mo added a topic to your 1:1' },
    ]);
    expect(await about(person('member').client, url)).toMatchObject([
      { kind: 'one_on_one_action', title: 'Lea added an action to your 1:1' },
    ]);
    expect(JSON.stringify(await inbox(person('leader').client))).not.toContain('worry');

    const review = await person('teamLeader').client.post(`/api/teams/${cast.teamId}/aars`, {
      title: 'Release',
      date: '2025-03-02',
      actionItems: [{ text: 'Fix the pipeline', ownerId: person('member').user.id }],
    });
    expect(review.status, JSON.stringify(review.body)).toBe(201);
    const reviewUrl = `/aars/${review.body.id}`;
    expect(await about(person('member').client, reviewUrl)).toMatchObject([
      { kind: 'aar_action_item', title: 'Tess gave you an action item in an after-action review' },
    ]);
    expect((await person('teamLeader').client.delete(`/api/aars/${review.body.id}`)).status).toBe(
      204,
    );
    expect(await about(person('member').client, reviewUrl)).toEqual([]);
    expect(await rowsAbout(reviewUrl)).toEqual([]);
  });

  it('tells the first on the waitlist that a seat is theirs, and an invited account', async () => {
    const program = await person('admin').client.post(`/api/orgs/${cast.orgId}/programs`, {
      title: 'Foundations',
      description: 'Eight weeks.',
      startDate: '2026-03-02',
      endDate: '2026-04-26',
      seats: 1,
      sessions: [],
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    const pid = program.body.id;
    await person('leader').client.post(`/api/programs/${pid}/enrollments`);
    await person('orgMember').client.post(`/api/programs/${pid}/enrollments`);
    expect(await about(person('orgMember').client, `/programs/${pid}`)).toEqual([]);
    await person('leader').client.delete(`/api/programs/${pid}/enrollments/me`);
    expect(await about(person('orgMember').client, `/programs/${pid}`)).toMatchObject([
      { kind: 'program_seat', title: 'A seat in a program freed up: it is yours now' },
    ]);

    const invited = await person('admin').client.post(`/api/orgs/${cast.orgId}/invitations`, {
      email: person('outsider').user.email,
    });
    expect(invited.status).toBe(201);
    const items = (await inbox(person('outsider').client)).filter(
      (i) => i.kind === 'org_invitation',
    );
    expect(items).toMatchObject([{ title: 'Admin invited you to an organization' }]);
    await person('admin').client.delete(`/api/orgs/${cast.orgId}/invitations/${invited.body.id}`);
    expect(
      (await inbox(person('outsider').client)).filter((i) => i.kind === 'org_invitation'),
    ).toEqual([]);
  });

  it('pages, counts, marks read one by one or all, and only ever my own items', async () => {
    const me = person('teamLeader');
    for (let n = 0; n < 5; n += 1) await askFeedback(person('orgMember').client, me.user.id);
    await expectPagedLikeWhole(me.client, '/api/inbox', 2);
    const unread = await inbox(me.client, '?unread=true');
    expect(unread.length).toBeGreaterThanOrEqual(5);
    expect((await me.client.get('/api/inbox/count')).body).toEqual({ unread: unread.length });

    const first = unread[0]!;
    expect((await person('orgMember').client.post(`/api/inbox/${first.id}/read`)).status).toBe(404);
    expect((await cast.anonymous.post(`/api/inbox/${first.id}/read`)).status).toBe(401);
    expect((await me.client.post(`/api/inbox/${first.id}/read`)).status).toBe(204);
    expect((await me.client.post(`/api/inbox/${first.id}/read`)).status).toBe(204);
    expect((await me.client.get('/api/inbox/count')).body).toEqual({ unread: unread.length - 1 });
    expect((await inbox(me.client, '?unread=true')).map((i) => i.id)).not.toContain(first.id);
    expect((await me.client.get('/api/inbox?cursor=nonsense')).status).toBe(400);

    expect((await me.client.post('/api/inbox/read-all')).status).toBe(204);
    expect((await me.client.get('/api/inbox/count')).body).toEqual({ unread: 0 });
    expect(await inbox(me.client, '?unread=true')).toEqual([]);
    expect((await inbox(me.client)).length).toBeGreaterThanOrEqual(5);
  });

  it('streams events to the people concerned, and only to them', async () => {
    const mine = await openEventStream(person('member').client);
    const theirs = await openEventStream(person('orgMember').client);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toContain('text/event-stream');
    await Promise.all([mine.listening(), theirs.listening()]);
    await askFeedback(person('leader').client, person('member').user.id);
    const event = await mine.next((e) => e.type === 'inbox');
    const [newest] = await inbox(person('member').client);
    expect(event).toMatchObject({ type: 'inbox', id: newest!.id });

    const space = await person('member').client.post('/api/one-on-ones', {
      orgId: cast.orgId,
      colleagueId: person('orgMember').user.id,
      title: 'Pairing',
    });
    await person('orgMember').client.post(`/api/one-on-ones/${space.body.id}/topics`, {
      title: 'x',
    });
    expect(space.status).toBe(201);
    await mine.next((e) => e.type === 'pair-space' && e.id === space.body.id);
    // The writer is not told of their own write (their page has its answer); the other one is.
    await person('member').client.post(`/api/one-on-ones/${space.body.id}/topics`, { title: 'y' });
    await theirs.next((e) => e.type === 'pair-space' && e.id === space.body.id);

    const vision = await person('teamLeader').client.put(`/api/teams/${cast.teamId}/vision`, {
      vision: 'Calm',
    });
    expect(vision.status).toBe(200);
    await mine.next((e) => e.type === 'team' && e.id === cast.teamId);
    expect(theirs.events.filter((e) => e.type === 'team')).toEqual([]);
    mine.close();
    theirs.close();

    const anonymous = await fetch(`${server.baseUrl}/api/events`);
    expect(anonymous.status).toBe(401);
  });

  it('hides an item whose subject I may no longer read, though its row stays', async () => {
    const author = person('orgMember').client;
    const aspiration = await author.post('/api/aspirations', {
      title: 'Listen more',
      domain: 'career',
      vision: 'Ask first.',
      visionLevel: 7,
    });
    const url = `/shared/aspiration/${aspiration.body.id}`;
    await author.post('/api/shares', {
      itemType: 'aspiration',
      itemId: aspiration.body.id,
      with: { teamId: cast.teamId },
    });
    expect(await about(person('member').client, url)).toHaveLength(1);
    const left = await person('member').client.delete(
      `/api/teams/${cast.teamId}/members/${person('member').user.id}`,
    );
    expect(left.status).toBe(204);
    expect(await about(person('member').client, url)).toEqual([]);
    expect(await about(person('teamLeader').client, url)).toHaveLength(1);
    expect(await rowsAbout(url)).toHaveLength(2);
  });
});
