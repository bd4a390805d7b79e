import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import type { HttpClient } from '../../../../test-support/http-client';
import { joinOrg, only, orgCast } from '../../../../test-support/org-matrix';
import { signedInClient, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('1:1 spaces on %s', (kind) => {
  let server: TestServer;
  let cast: Awaited<ReturnType<typeof orgCast>>;
  withTestServer(kind, orgCast, (started, made) => {
    [server, cast] = [started, made];
  });

  // The member owns the space; the leader is the chosen colleague.
  const owner = () => cast.people.member.client;
  const colleague = () => cast.people.leader.client;
  const outsiders = ['orgMember', 'teamLeader', 'admin', 'outsider', 'anonymous'] as const;

  /** A new open space of the member with the leader (ending any open one first). */
  async function newSpace(title = 'Weekly with Lea') {
    const open = (await owner().get('/api/one-on-ones')).body.items.filter(
      (s: any) => s.myRole === 'owner' && !s.endedAt,
    );
    for (const s of open) await owner().post(`/api/one-on-ones/${s.id}/end`);
    const created = await owner().post('/api/one-on-ones', {
      orgId: cast.orgId,
      colleagueId: cast.people.leader.user.id,
      title,
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  /** The writes anyone might try on a space, with ids of things in it. */
  function writesOn(id: string, ids: { topicId: string; noteId: string; actionId: string }) {
    const base = `/api/one-on-ones/${id}`;
    return [
      (c: HttpClient) => c.post(`${base}/topics`, { title: 'Theirs' }),
      (c: HttpClient) => c.patch(`${base}/topics/${ids.topicId}`, { discussed: true }),
      (c: HttpClient) => c.put(`${base}/topics/order`, { topicIds: [ids.topicId] }),
      (c: HttpClient) => c.delete(`${base}/topics/${ids.topicId}`),
      (c: HttpClient) => c.post(`${base}/notes`, { body: 'Theirs' }),
      (c: HttpClient) => c.patch(`${base}/notes/${ids.noteId}`, { body: 'Theirs' }),
      (c: HttpClient) => c.delete(`${base}/notes/${ids.noteId}`),
      (c: HttpClient) =>
        c.post(`${base}/actions`, { text: 'Theirs', ownerId: cast.people.member.user.id }),
      (c: HttpClient) => c.patch(`${base}/actions/${ids.actionId}`, { done: true }),
      (c: HttpClient) => c.delete(`${base}/actions/${ids.actionId}`),
      (c: HttpClient) => c.post(`${base}/end`),
    ];
  }

  async function fill(id: string) {
    const base = `/api/one-on-ones/${id}`;
    const topic = await colleague().post(`${base}/topics`, {
      title: 'Promotion path',
      notes: '**What** is next?',
    });
    const note = await owner().post(`${base}/notes`, { body: 'We agreed to meet weekly.' });
    const action = await colleague().post(`${base}/actions`, {
      text: 'Share the career ladder',
      ownerId: cast.people.leader.user.id,
      dueOn: '2031-05-01',
    });
    expect([topic.status, note.status, action.status]).toEqual([201, 201, 201]);
    return { topicId: topic.body.id, noteId: note.body.id, actionId: action.body.id };
  }

  it('is seen and changed by its owner and colleague only: 404 to org members, team leaders and admins', async () => {
    const space = await newSpace();
    expect(space).toMatchObject({
      org: { id: cast.orgId, name: 'Lab' },
      owner: { id: cast.people.member.user.id, name: 'Mo' },
      colleague: { id: cast.people.leader.user.id, name: 'Lea' },
      myRole: 'owner',
      title: 'Weekly with Lea',
      canWrite: true,
      endedAt: null,
      topics: [],
      notes: [],
      actions: [],
    });
    const ids = await fill(space.id);
    expect(await cast.statuses((c) => c.get(`/api/one-on-ones/${space.id}`))).toEqual(
      only(['leader', 'member']),
    );
    const listed = await cast.statuses(async (c) => {
      const response = await c.get('/api/one-on-ones');
      if (response.status !== 200) return response;
      return { status: response.body.items.some((s: any) => s.id === space.id) ? 200 : 404 };
    });
    expect(listed).toEqual(only(['leader', 'member']));
    expect((await colleague().get(`/api/one-on-ones/${space.id}`)).body.myRole).toBe('colleague');

    for (const write of writesOn(space.id, ids)) {
      for (const who of outsiders) {
        const response = await write(cast.clientOf(who));
        expect(response.status, who).toBe(who === 'anonymous' ? 401 : 404);
      }
    }
    const after = (await owner().get(`/api/one-on-ones/${space.id}`)).body;
    expect(after.topics.map((t: any) => [t.title, t.discussed])).toEqual([
      ['Promotion path', false],
    ]);
    expect(after.notes.map((n: any) => n.body)).toEqual(['We agreed to meet weekly.']);
    expect(after.actions.map((a: any) => [a.text, a.done])).toEqual([
      ['Share the career ladder', false],
    ]);
    expect(after.endedAt).toBeNull();
  });

  it('keeps a shared agenda: topics in order, discussed or not, notes by their authors, action items for one of the two', async () => {
    const space = await newSpace();
    const base = `/api/one-on-ones/${space.id}`;
    const first = (await colleague().post(`${base}/topics`, { title: '  Feedback on the demo  ' }))
      .body;
    expect(first).toMatchObject({
      title: 'Feedback on the demo',
      notes: '',
      position: 0,
      discussed: false,
      discussedAt: null,
      author: { name: 'Lea' },
    });
    const second = (
      await owner().post(`${base}/topics`, { title: 'Conference budget', notes: '- travel' })
    ).body;
    expect(second.position).toBe(1);
    const reordered = await owner().put(`${base}/topics/order`, {
      topicIds: [second.id, first.id],
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((t: any) => [t.title, t.position])).toEqual([
      ['Conference budget', 0],
      ['Feedback on the demo', 1],
    ]);
    for (const topicIds of [[second.id], [second.id, second.id], [second.id, first.id, 'x'], []]) {
      const response = await owner().put(`${base}/topics/order`, { topicIds });
      expect(response.status, JSON.stringify(topicIds)).toBe(400);
      expect(response.body.error.code).toBe('order_mismatch');
    }
    const discussed = await colleague().patch(`${base}/topics/${first.id}`, {
      discussed: true,
      notes: 'Went **well**.',
    });
    expect(discussed.body).toMatchObject({
      discussed: true,
      discussedAt: expect.any(String),
      notes: 'Went **well**.',
      title: 'Feedback on the demo',
    });
    const reopened = await owner().patch(`${base}/topics/${first.id}`, { discussed: false });
    expect(reopened.body).toMatchObject({ discussed: false, discussedAt: null });
    expect((await owner().delete(`${base}/topics/${second.id}`)).status).toBe(204);
    expect((await owner().delete(`${base}/topics/${second.id}`)).status).toBe(404);

    // Notes: written by either, changed only by their author.
    const note = (await colleague().post(`${base}/notes`, { body: 'Ask HR about *budgets*.' }))
      .body;
    expect(note).toMatchObject({ author: { name: 'Lea' }, mine: true });
    const theirs = await owner().patch(`${base}/notes/${note.id}`, { body: 'Mine now' });
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.code).toBe('author_only');
    expect((await owner().delete(`${base}/notes/${note.id}`)).status).toBe(403);
    expect(
      (await colleague().patch(`${base}/notes/${note.id}`, { body: 'Ask HR.' })).body,
    ).toMatchObject({ body: 'Ask HR.', mine: true });
    const seenByOwner = (await owner().get(base)).body.notes[0];
    expect(seenByOwner).toMatchObject({ body: 'Ask HR.', mine: false });

    // Action items: owned by one of the two, optionally due, ticked done.
    const action = (
      await owner().post(`${base}/actions`, {
        text: 'Draft the talk proposal',
        ownerId: cast.people.member.user.id,
      })
    ).body;
    expect(action).toMatchObject({
      owner: { id: cast.people.member.user.id, name: 'Mo' },
      dueOn: null,
      done: false,
      author: { name: 'Mo' },
    });
    const changed = await colleague().patch(`${base}/actions/${action.id}`, {
      ownerId: cast.people.leader.user.id,
      dueOn: '2031-03-01',
      done: true,
    });
    expect(changed.body).toMatchObject({
      owner: { name: 'Lea' },
      dueOn: '2031-03-01',
      done: true,
      doneAt: expect.any(String),
    });
    expect(
      (await owner().patch(`${base}/actions/${action.id}`, { dueOn: null, done: false })).body,
    ).toMatchObject({ dueOn: null, done: false, doneAt: null, owner: { name: 'Lea' } });
    for (const ownerId of [cast.people.orgMember.user.id, cast.people.outsider.user.id, 'x']) {
      const response = await owner().post(`${base}/actions`, { text: 'x', ownerId });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('unknown_owner');
      expect(
        (await owner().patch(`${base}/actions/${action.id}`, { ownerId })).body.error.code,
      ).toBe('unknown_owner');
    }
    const summary = (await colleague().get('/api/one-on-ones')).body.items.find(
      (s: any) => s.id === space.id,
    );
    expect(summary).toMatchObject({ openTopics: 1, openActions: 1, myRole: 'colleague' });
    expect((await owner().delete(`${base}/actions/${action.id}`)).status).toBe(204);
  });

  it('refuses bad input with 400', async () => {
    const space = await newSpace();
    const base = `/api/one-on-ones/${space.id}`;
    const { topicId, noteId, actionId } = await fill(space.id);
    for (const [path, method, body] of [
      [`${base}/topics`, 'post', { title: '' }],
      [`${base}/topics`, 'post', { title: '   ' }],
      [`${base}/topics`, 'post', { title: 't'.repeat(201) }],
      [`${base}/topics`, 'post', { title: 't', notes: 'n'.repeat(10_001) }],
      [`${base}/topics/${topicId}`, 'patch', {}],
      [`${base}/topics/${topicId}`, 'patch', { discussed: 'yes' }],
      [`${base}/topics/order`, 'put', { topicIds: 'all' }],
      [`${base}/notes`, 'post', { body: '' }],
      [`${base}/notes`, 'post', { body: 'n'.repeat(10_001) }],
      [`${base}/notes/${noteId}`, 'patch', { body: '  ' }],
      [`${base}/actions`, 'post', { text: 'x' }],
      [`${base}/actions`, 'post', { text: '', ownerId: cast.people.leader.user.id }],
      [`${base}/actions`, 'post', { text: 'x'.repeat(501), ownerId: cast.people.leader.user.id }],
      [
        `${base}/actions`,
        'post',
        { text: 'x', ownerId: cast.people.leader.user.id, dueOn: 'soon' },
      ],
      [`${base}/actions/${actionId}`, 'patch', { dueOn: '2031-02-30' }],
      [`${base}/actions/${actionId}`, 'patch', {}],
      ['/api/one-on-ones', 'post', { orgId: cast.orgId }],
      [
        '/api/one-on-ones',
        'post',
        { orgId: cast.orgId, colleagueId: cast.people.leader.user.id, title: 't'.repeat(121) },
      ],
    ] as const) {
      const response = await (owner() as any)[method](path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    for (const [body, path] of [
      [{ orgId: cast.orgId, colleagueId: cast.people.outsider.user.id }, 'colleagueId'],
      [{ orgId: cast.orgId, colleagueId: cast.people.member.user.id }, 'colleagueId'],
      [{ orgId: 'nope', colleagueId: cast.people.leader.user.id }, 'orgId'],
    ] as const) {
      const response = await owner().post('/api/one-on-ones', body);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'unknown_colleague',
        details: { issues: [{ path: [path] }] },
      });
    }
    const twice = await owner().post('/api/one-on-ones', {
      orgId: cast.orgId,
      colleagueId: cast.people.leader.user.id,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({
      code: 'one_on_one_exists',
      details: { id: space.id },
    });
  });

  it('ends by its owner only: the colleague gets 404 at once, the owner keeps it read-only', async () => {
    const space = await newSpace();
    const ids = await fill(space.id);
    const base = `/api/one-on-ones/${space.id}`;
    const notYours = await colleague().post(`${base}/end`);
    expect(notYours.status).toBe(403);
    expect(notYours.body.error.code).toBe('owner_only');

    const ended = await owner().post(`${base}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ endedAt: expect.any(String), canWrite: false });
    expect(ended.body.topics).toHaveLength(1);

    expect(await cast.statuses((c) => c.get(base))).toEqual(only(['member']));
    expect(
      (await colleague().get('/api/one-on-ones')).body.items.some((s: any) => s.id === space.id),
    ).toBe(false);
    const owned = (await owner().get('/api/one-on-ones')).body.items.find(
      (s: any) => s.id === space.id,
    );
    expect(owned).toMatchObject({ canWrite: false, endedAt: expect.any(String) });
    for (const write of writesOn(space.id, ids)) {
      const byColleague = await write(colleague());
      expect(byColleague.status).toBe(404);
      const byOwner = await write(owner());
      expect(byOwner.status).toBe(409);
      expect(byOwner.body.error.code).toBe('one_on_one_ended');
    }
    // A new space with the same colleague can start after the old one ended.
    expect(
      (
        await owner().post('/api/one-on-ones', {
          orgId: cast.orgId,
          colleagueId: cast.people.leader.user.id,
        })
      ).status,
    ).toBe(201);
  });

  it('closes to the colleague when either leaves the organization, and goes with a deleted account', async () => {
    const admin = cast.people.admin;
    const ada = await signedInClient(server, 'Ada');
    const ben = await signedInClient(server, 'Ben');
    await joinOrg(admin, cast.orgId, ada);
    await joinOrg(admin, cast.orgId, ben);
    const space = (
      await ada.client.post('/api/one-on-ones', { orgId: cast.orgId, colleagueId: ben.user.id })
    ).body;
    const base = `/api/one-on-ones/${space.id}`;
    await ben.client.post(`${base}/topics`, { title: 'Onboarding' });
    await admin.client.delete(`/api/orgs/${cast.orgId}/members/${ben.user.id}`);
    expect((await ben.client.get(base)).status).toBe(404);
    const kept = await ada.client.get(base);
    expect(kept.body).toMatchObject({ canWrite: false, endedAt: null });
    expect(kept.body.topics.map((t: any) => t.title)).toEqual(['Onboarding']);
    const write = await ada.client.post(`${base}/topics`, { title: 'More' });
    expect(write.status).toBe(409);
    expect(write.body.error.code).toBe('pair_apart');

    expect((await ada.client.delete('/api/me', { password: ada.person.password })).status).toBe(
      204,
    );
    expect(
      await server.database.db
        .selectFrom('oneOnOneTopics')
        .select('id')
        .where('spaceId', '=', space.id)
        .execute(),
    ).toEqual([]);
  });

  it('pages my spaces with a cursor: full pages, the ended ones to their owner only', async () => {
    for (let i = 0; i < 4; i++) await newSpace(`Weekly ${i}`);
    const mine = await expectPagedLikeWhole(owner(), '/api/one-on-ones', 2);
    expect(mine.filter((s: any) => s.endedAt).length).toBeGreaterThanOrEqual(3);
    // The colleague sees only the open one, whatever the page size.
    const theirs = (await colleague().get('/api/one-on-ones?limit=1')).body;
    expect(theirs.items.map((s: any) => s.endedAt)).toEqual([null]);
    expect((await owner().get('/api/one-on-ones?cursor=nonsense')).status).toBe(400);
  });
});
