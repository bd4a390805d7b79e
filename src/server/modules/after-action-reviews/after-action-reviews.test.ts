import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import type { HttpClient } from '../../../../test-support/http-client';
import { orgMatrix, type OrgMatrix, type Who } from '../../../../test-support/org-matrix';

describe.each(databaseKinds())('after-action reviews on %s', (kind) => {
  let m: OrgMatrix;
  withTestServer(kind, orgMatrix, (_server, made) => {
    m = made;
  });

  const MEMBERS: Who[] = ['author', 'teammate', 'leader'];
  const id = (who: Exclude<Who, 'anonymous'>) => m.people[who].user.id;

  async function newReview(
    teamId: string,
    body: Record<string, unknown>,
    who: Exclude<Who, 'anonymous'> = 'author',
  ) {
    const created = await m.people[who].client.post(`/api/teams/${teamId}/aars`, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  it('keeps a team’s reviews to its members now, whatever anyone’s role in the organization', async () => {
    const teamId = await m.newTeam();
    const create = (c: HttpClient, who: Who) =>
      c.post(`/api/teams/${teamId}/aars`, {
        title: `Launch, seen by ${who}`,
        date: '2025-03-01',
        expected: 'A quiet launch.',
      });
    expect(await m.statuses(create)).toEqual(m.only(MEMBERS, 201));
    const review = await newReview(teamId, {
      title: 'Release 4.2',
      date: '2025-03-02',
      expected: 'Ship on Friday.',
      happened: 'Shipped on Monday.',
      whyDifferent: 'The *migration* was slow.',
      nextTime: 'Rehearse the migration.',
      actionItems: [{ text: 'Write the runbook', ownerId: id('teammate') }],
    });
    expect(review).toMatchObject({
      teamId,
      title: 'Release 4.2',
      date: '2025-03-02',
      whyDifferent: 'The *migration* was slow.',
      createdBy: { id: id('author'), name: 'Author' },
      canDelete: true,
      actionItems: [
        { text: 'Write the runbook', owner: { id: id('teammate'), name: 'Mate' }, done: false },
      ],
      carriedForward: [],
    });

    const reads = [
      (c: HttpClient) => c.get(`/api/teams/${teamId}/aars`),
      (c: HttpClient) => c.get(`/api/teams/${teamId}/action-items`),
      (c: HttpClient) => c.get(`/api/aars/${review.id}`),
      (c: HttpClient) => c.patch(`/api/aars/${review.id}`, { nextTime: 'Rehearse it twice.' }),
    ];
    for (const read of reads) expect(await m.statuses(read)).toEqual(m.only(MEMBERS));
    const items = await m.statuses((c, who) =>
      c.post(`/api/aars/${review.id}/action-items`, { text: `By ${who}`, ownerId: id('leader') }),
    );
    expect(items).toEqual(m.only(MEMBERS, 201));
    const itemId = review.actionItems[0].id;
    expect(
      await m.statuses((c) =>
        c.patch(`/api/aars/${review.id}/action-items/${itemId}`, { done: true }),
      ),
    ).toEqual(m.only(MEMBERS));
    // Removing an item: any member of the team; each caller tries their own fresh item.
    const removals = await m.statuses(async (c) => {
      const item = await m.people.leader.client.post(`/api/aars/${review.id}/action-items`, {
        text: 'To remove',
        ownerId: id('leader'),
      });
      return c.delete(`/api/aars/${review.id}/action-items/${item.body.id}`);
    });
    expect(removals).toEqual(m.only(MEMBERS, 204));
    const leftover = await m.people.leader.client.get(`/api/aars/${review.id}`);
    expect(leftover.body.actionItems.filter((i: any) => i.text === 'To remove')).toHaveLength(5);
    const list = await m.people.leader.client.get(`/api/teams/${teamId}/aars`);
    // Latest date first; the three written the same day, latest written first.
    expect(
      list.body.items.map((r: any) => [r.title, r.actionItemCount, r.openActionItemCount]),
    ).toEqual([
      ['Release 4.2', 9, 8],
      ['Launch, seen by leader', 0, 0],
      ['Launch, seen by teammate', 0, 0],
      ['Launch, seen by author', 0, 0],
    ]);
    const paged = await m.people.leader.client.get(`/api/teams/${teamId}/aars?limit=3`);
    expect(paged.body.items).toHaveLength(3);
    const rest = await m.people.leader.client.get(
      `/api/teams/${teamId}/aars?limit=3&cursor=${paged.body.nextCursor}`,
    );
    expect(rest.body).toEqual({
      items: [expect.objectContaining({ title: 'Launch, seen by author' })],
      nextCursor: null,
    });
    // Nothing of it reaches anyone outside the team: not the org admin, not the facilitator.
    for (const who of ['orgMember', 'facilitator', 'admin', 'outsider'] as const) {
      const answers = await Promise.all(reads.slice(0, 3).map((r) => r(m.people[who].client)));
      expect(JSON.stringify(answers.map((a) => a.body)), who).not.toContain('Release 4.2');
    }
  });

  it('lets its writer and the team’s leaders delete a review, and no one else', async () => {
    const teamId = await m.newTeam();
    // A fresh review by the author for each caller to try.
    const deletes = await m.statuses(async (c) => {
      const review = await newReview(teamId, { title: 'By the author', date: '2025-04-01' });
      return c.delete(`/api/aars/${review.id}`);
    });
    expect(deletes).toEqual({ ...m.only(['author', 'leader'], 204), teammate: 403 });
    const second = await newReview(teamId, { title: 'Also by the author', date: '2025-04-02' });
    expect((await m.people.teammate.client.get(`/api/aars/${second.id}`)).body.canDelete).toBe(
      false,
    );
    expect((await m.people.leader.client.get(`/api/aars/${second.id}`)).body.canDelete).toBe(true);
    expect((await m.people.teammate.client.delete(`/api/aars/${second.id}`)).status).toBe(403);
    expect((await m.people.leader.client.delete(`/api/aars/${second.id}`)).status).toBe(204);
    expect((await m.people.author.client.get(`/api/aars/${second.id}`)).status).toBe(404);
  });

  it('carries open action items into every later review of the team until they are done', async () => {
    const teamId = await m.newTeam();
    const otherTeam = await m.newTeam('Other');
    await newReview(otherTeam, {
      title: 'Elsewhere',
      date: '2025-01-01',
      actionItems: [{ text: 'Not ours', ownerId: id('author') }],
    });
    const first = await newReview(teamId, {
      title: 'Sprint 1',
      date: '2025-05-02',
      actionItems: [
        { text: 'Fix the flaky test', ownerId: id('author') },
        { text: 'Invite support to the demo', ownerId: id('leader') },
      ],
    });
    const [flaky, invite] = first.actionItems;
    await m.people.leader.client.patch(`/api/aars/${first.id}/action-items/${invite.id}`, {
      done: true,
    });

    const second = await newReview(
      teamId,
      {
        title: 'Sprint 2',
        date: '2025-05-16',
        actionItems: [{ text: 'Pair on the release', ownerId: id('teammate') }],
      },
      'teammate',
    );
    expect(second.carriedForward).toEqual([
      expect.objectContaining({
        id: flaky.id,
        text: 'Fix the flaky test',
        done: false,
        owner: { id: id('author'), name: 'Author' },
        review: { id: first.id, title: 'Sprint 1', date: '2025-05-02' },
      }),
    ]);
    const third = await newReview(teamId, { title: 'Sprint 3', date: '2025-05-30' }, 'leader');
    expect(third.carriedForward.map((i: any) => [i.text, i.review.title])).toEqual([
      ['Fix the flaky test', 'Sprint 1'],
      ['Pair on the release', 'Sprint 2'],
    ]);
    expect(
      (await m.people.author.client.get(`/api/teams/${teamId}/action-items`)).body.items.map(
        (i: any) => i.text,
      ),
    ).toEqual(['Fix the flaky test', 'Pair on the release']);
    expect(
      (
        await m.people.author.client.get(
          `/api/teams/${teamId}/action-items?ownerId=${id('teammate')}`,
        )
      ).body.items.map((i: any) => i.text),
    ).toEqual(['Pair on the release']);

    // Marked done where it was written, it stops travelling — in every later review at once.
    const done = await m.people.author.client.patch(
      `/api/aars/${first.id}/action-items/${flaky.id}`,
      { done: true },
    );
    expect(done.body).toMatchObject({ done: true, doneAt: expect.any(String) });
    const view = async (reviewId: string) =>
      (await m.people.author.client.get(`/api/aars/${reviewId}`)).body.carriedForward.map(
        (i: any) => i.text,
      );
    expect(await view(second.id)).toEqual([]);
    expect(await view(third.id)).toEqual(['Pair on the release']);
    // Opened again, it comes back.
    await m.people.author.client.patch(`/api/aars/${first.id}/action-items/${flaky.id}`, {
      done: false,
    });
    expect(await view(third.id)).toEqual(['Fix the flaky test', 'Pair on the release']);
    expect(await view(first.id)).toEqual([]);

    // A review of an earlier day, written later, carries only what came before it.
    const backfill = await newReview(teamId, {
      title: 'Kick-off',
      date: '2025-04-20',
      actionItems: [{ text: 'Agree on the goal', ownerId: id('leader') }],
    });
    expect(backfill.carriedForward).toEqual([]);
    expect(await view(first.id)).toEqual(['Agree on the goal']);

    // An item of one review is not reached through another.
    expect(
      (
        await m.people.author.client.patch(`/api/aars/${second.id}/action-items/${flaky.id}`, {
          done: true,
        })
      ).status,
    ).toBe(404);
  });

  it('refuses owners outside the team, future dates and oversized answers with 400', async () => {
    const teamId = await m.newTeam();
    for (const owner of ['orgMember', 'admin', 'outsider'] as const) {
      const bad = await m.people.author.client.post(`/api/teams/${teamId}/aars`, {
        title: 'Review',
        date: '2025-06-01',
        actionItems: [
          { text: 'Fine', ownerId: id('leader') },
          { text: 'Not ours', ownerId: id(owner) },
        ],
      });
      expect(bad.status, owner).toBe(400);
      expect(bad.body.error).toMatchObject({
        code: 'not_team_member',
        details: { issues: [{ path: ['actionItems', 1, 'ownerId'] }] },
      });
    }
    expect((await m.people.leader.client.get(`/api/teams/${teamId}/aars`)).body.items).toEqual([]);
    const review = await newReview(teamId, { title: 'Review', date: '2025-06-01' });
    expect(
      (
        await m.people.author.client.post(`/api/aars/${review.id}/action-items`, {
          text: 'x',
          ownerId: 'nobody',
        })
      ).status,
    ).toBe(400);
    for (const body of [
      { title: 'Tomorrow', date: '2999-01-01' },
      { title: 'Not a day', date: '2025-02-30' },
      { title: '', date: '2025-06-01' },
      { title: 'x'.repeat(201), date: '2025-06-01' },
      { title: 'Long', date: '2025-06-01', happened: 'x'.repeat(10_001) },
      {
        title: 'Empty item',
        date: '2025-06-01',
        actionItems: [{ text: ' ', ownerId: id('leader') }],
      },
    ]) {
      const bad = await m.people.author.client.post(`/api/teams/${teamId}/aars`, body);
      expect(bad.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
    expect((await m.people.author.client.patch(`/api/aars/${review.id}`, {})).status).toBe(400);
    expect(
      (await m.people.author.client.patch(`/api/aars/${review.id}`, { date: '2999-01-01' })).status,
    ).toBe(400);
    expect((await m.people.author.client.get('/api/teams/nope/aars')).status).toBe(404);
  });

  it('ends a member’s access to the team’s reviews the moment they leave the team', async () => {
    const teamId = await m.newTeam();
    const review = await newReview(teamId, {
      title: 'Outage',
      date: '2025-07-01',
      actionItems: [{ text: 'Add an alert', ownerId: id('teammate') }],
    });
    const itemId = review.actionItems[0].id;
    const routes = [
      (c: HttpClient) => c.get(`/api/teams/${teamId}/aars`),
      (c: HttpClient) => c.get(`/api/aars/${review.id}`),
      (c: HttpClient) => c.patch(`/api/aars/${review.id}`, { title: 'Mine now' }),
      (c: HttpClient) => c.patch(`/api/aars/${review.id}/action-items/${itemId}`, { done: true }),
      (c: HttpClient) => c.post(`/api/teams/${teamId}/aars`, { title: 'x', date: '2025-07-02' }),
    ];
    expect(
      (await m.people.leader.client.delete(`/api/teams/${teamId}/members/${id('teammate')}`))
        .status,
    ).toBe(204);
    for (const [route, ok] of routes.map((r, index) => [r, index === 4 ? 201 : 200] as const)) {
      expect(await m.statuses(route)).toEqual(m.only(['author', 'leader'], ok));
    }
    // Their open item stays with their name on it, but nothing new can be given to them.
    const seen = await m.people.leader.client.get(`/api/aars/${review.id}`);
    expect(seen.body.actionItems[0]).toMatchObject({ owner: { name: 'Mate' } });
    const reassign = await m.people.leader.client.post(`/api/aars/${review.id}/action-items`, {
      text: 'Follow up',
      ownerId: id('teammate'),
    });
    expect(reassign.status).toBe(400);
    expect(reassign.body.error.code).toBe('not_team_member');
  });

  it('pages the team’s open action items with a cursor, by review date, review, then item', async () => {
    const teamId = await m.newTeam();
    const items = (n: number) =>
      Array.from({ length: 2 }, (_, i) => ({ text: `Item ${n}.${i}`, ownerId: id('teammate') }));
    // Two reviews on one date: the cursor tells them apart by id.
    for (const [n, date] of ['2025-04-02', '2025-04-01', '2025-04-01'].entries()) {
      await newReview(teamId, { title: `Review ${n}`, date, expected: 'x', actionItems: items(n) });
    }
    const path = `/api/teams/${teamId}/action-items`;
    const open = await expectPagedLikeWhole(m.people.author.client, path, 2);
    expect(open).toHaveLength(6);
    expect(open.map((i: any) => i.review.date)).toEqual([
      '2025-04-01',
      '2025-04-01',
      '2025-04-01',
      '2025-04-01',
      '2025-04-02',
      '2025-04-02',
    ]);
    await expectPagedLikeWhole(m.people.author.client, `${path}?ownerId=${id('teammate')}`, 4);
    expect((await m.people.author.client.get(`${path}?cursor=x`)).status).toBe(400);
  });
});
