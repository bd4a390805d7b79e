import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import type { HttpClient } from '../../../../test-support/http-client';
import { orgMatrix, type OrgMatrix, type Who } from '../../../../test-support/org-matrix';
import { signedInClient, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('team vision and opt-in alignment on %s', (kind) => {
  let server: TestServer;
  let m: OrgMatrix;

  withTestServer(kind, orgMatrix, (started, made) => {
    [server, m] = [started, made];
  });

  const TEAM_READERS: Who[] = ['author', 'teammate', 'leader'];

  async function newAspiration(who: Exclude<Who, 'anonymous'>, title: string) {
    const created = await m.people[who].client.post('/api/aspirations', {
      title,
      domain: 'career',
      vision: 'A picture of it.',
      visionLevel: 8,
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  async function newOutcome(teamId: string, title = 'Customers never wait') {
    const created = await m.people.leader.client.post(`/api/teams/${teamId}/outcomes`, { title });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  /** The aspiration titles a person sees on each outcome of the team's vision. */
  async function alignedAs(who: Who, teamId: string) {
    const view = await m.clientOf(who).get(`/api/teams/${teamId}/vision`);
    expect(view.status, who).toBe(200);
    return view.body.outcomes.map((o: any) => o.aspirations.map((a: any) => a.title));
  }

  it('shows the vision to the team’s members only; leaders write it, members once the team allows', async () => {
    const teamId = await m.newTeam();
    const read = (c: HttpClient) => c.get(`/api/teams/${teamId}/vision`);
    expect(await m.statuses(read)).toEqual(m.only(TEAM_READERS));

    const fresh = await m.people.author.client.get(`/api/teams/${teamId}/vision`);
    expect(fresh.body).toEqual({
      teamId,
      teamName: 'Ops',
      vision: '',
      visionUpdatedAt: null,
      visionUpdatedBy: null,
      membersMayEditVision: false,
      myRole: 'member',
      canEdit: false,
      outcomes: [],
    });

    const write = (c: HttpClient, who: Who) =>
      c.put(`/api/teams/${teamId}/vision`, { vision: `We learn in public (${who}).` });
    expect(await m.statuses(write)).toEqual({
      ...m.only(TEAM_READERS),
      author: 403,
      teammate: 403,
    });
    const written = await m.people.leader.client.get(`/api/teams/${teamId}/vision`);
    expect(written.body).toMatchObject({
      vision: 'We learn in public (leader).',
      visionUpdatedBy: { id: m.people.leader.user.id, name: 'Leader' },
      myRole: 'leader',
      canEdit: true,
    });

    // The setting is management: leaders and org admins set it; the admin still cannot read.
    const setting = (c: HttpClient) =>
      c.patch(`/api/teams/${teamId}`, { membersMayEditVision: true });
    const settings = await m.statuses(setting);
    expect(settings).toEqual({
      ...m.only(['leader', 'admin']),
      author: 403,
      teammate: 403,
      // Org members see that the team exists (GET /api/teams/:id), so they are told no.
      orgMember: 403,
      facilitator: 403,
    });
    const team = await m.people.admin.client.get(`/api/teams/${teamId}`);
    expect(team.body.membersMayEditVision).toBe(true);
    expect(JSON.stringify(team.body)).not.toContain('We learn in public');
    expect((await m.people.orgMember.client.get(`/api/teams/${teamId}`)).status).toBe(200);
    expect(
      JSON.stringify((await m.people.orgMember.client.get(`/api/teams/${teamId}`)).body),
    ).not.toContain('We learn in public');

    expect(await m.statuses(write)).toEqual(m.only(TEAM_READERS));
    expect((await read(m.people.teammate.client)).body).toMatchObject({
      vision: 'We learn in public (leader).',
      membersMayEditVision: true,
      canEdit: true,
    });
    expect(await m.statuses(read)).toEqual(m.only(TEAM_READERS));

    const tooLong = await m.people.leader.client.put(`/api/teams/${teamId}/vision`, {
      vision: 'x'.repeat(20_001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.code).toBe('validation_failed');
  });

  it('keeps outcomes in the team’s order; only those who may write the vision change them', async () => {
    const teamId = await m.newTeam();
    const create = (c: HttpClient, who: Who) =>
      c.post(`/api/teams/${teamId}/outcomes`, { title: `Outcome by ${who}` });
    expect(await m.statuses(create)).toEqual({
      ...m.only(['leader'], 201),
      author: 403,
      teammate: 403,
    });
    const second = await m.people.leader.client.post(`/api/teams/${teamId}/outcomes`, {
      title: '  Fewer handovers ',
      description: 'Each *story* has one owner.',
    });
    expect(second.body).toMatchObject({
      title: 'Fewer handovers',
      description: 'Each *story* has one owner.',
      position: 1,
      aspirations: [],
    });
    const third = await newOutcome(teamId, 'Learning reviews every sprint');
    const first = (await m.people.leader.client.get(`/api/teams/${teamId}/vision`)).body.outcomes[0]
      .id;

    const order = await m.people.leader.client.put(`/api/teams/${teamId}/outcomes/order`, {
      outcomeIds: [third, first, second.body.id],
    });
    expect(order.status).toBe(200);
    expect(order.body.outcomes.map((o: any) => [o.title, o.position])).toEqual([
      ['Learning reviews every sprint', 0],
      ['Outcome by leader', 1],
      ['Fewer handovers', 2],
    ]);
    const reorder = (c: HttpClient) =>
      c.put(`/api/teams/${teamId}/outcomes/order`, { outcomeIds: [third, first, second.body.id] });
    expect(await m.statuses(reorder)).toEqual({
      ...m.only(['leader']),
      author: 403,
      teammate: 403,
    });
    for (const outcomeIds of [[third, first], [third, first, second.body.id, 'nope'], []]) {
      const bad = await m.people.leader.client.put(`/api/teams/${teamId}/outcomes/order`, {
        outcomeIds,
      });
      expect(bad.status, JSON.stringify(outcomeIds)).toBe(400);
    }
    expect(
      (
        await m.people.leader.client.put(`/api/teams/${teamId}/outcomes/order`, {
          outcomeIds: [third, third, first],
        })
      ).status,
    ).toBe(400);

    const patch = (c: HttpClient) =>
      c.patch(`/api/teams/${teamId}/outcomes/${first}`, { title: 'Renamed' });
    expect(await m.statuses(patch)).toEqual({
      ...m.only(['leader']),
      author: 403,
      teammate: 403,
    });
    expect(
      (await m.people.leader.client.patch(`/api/teams/${teamId}/outcomes/${first}`, {})).status,
    ).toBe(400);
    expect(
      (
        await m.people.leader.client.post(`/api/teams/${teamId}/outcomes`, {
          title: 'x'.repeat(201),
        })
      ).status,
    ).toBe(400);
    expect(
      (await m.people.leader.client.post(`/api/teams/${teamId}/outcomes`, { title: ' ' })).status,
    ).toBe(400);

    // An outcome of another team is not found through this one.
    const otherTeam = await m.newTeam('Other');
    const foreign = await newOutcome(otherTeam);
    expect(
      (
        await m.people.leader.client.patch(`/api/teams/${teamId}/outcomes/${foreign}`, {
          title: 'x',
        })
      ).status,
    ).toBe(404);

    const remove = (c: HttpClient) => c.delete(`/api/teams/${teamId}/outcomes/${third}`);
    const removed = await m.statuses(remove);
    expect(removed.leader).toBe(204);
    expect({ ...removed, leader: 200 }).toEqual({
      ...m.only(['leader']),
      author: 403,
      teammate: 403,
    });
    const after = await m.people.author.client.get(`/api/teams/${teamId}/vision`);
    expect(after.body.outcomes.map((o: any) => [o.title, o.position])).toEqual([
      ['Renamed', 0],
      ['Fewer handovers', 1],
    ]);
  });

  it('shows a linked aspiration only to those it is shared with, and counts nothing else', async () => {
    const teamId = await m.newTeam();
    const outcomeId = await newOutcome(teamId);
    const aspirationId = await newAspiration('author', 'Coach, not fix');
    const link = `/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${aspirationId}`;
    expect((await m.people.author.client.put(link)).status).toBe(204);
    expect((await m.people.author.client.put(link)).status).toBe(204);

    const seen = async () =>
      Object.fromEntries(
        await Promise.all(
          TEAM_READERS.map(async (who) => [who, (await alignedAs(who, teamId))[0]]),
        ),
      );
    // Not shared: the author sees their own link; teammates see an outcome with nothing on it.
    expect(await seen()).toEqual({ author: ['Coach, not fix'], teammate: [], leader: [] });
    const leaderView = await m.people.leader.client.get(`/api/teams/${teamId}/vision`);
    expect(JSON.stringify(leaderView.body)).not.toContain(aspirationId);
    const own = (await m.people.author.client.get(`/api/teams/${teamId}/vision`)).body;
    expect(own.outcomes[0].aspirations).toEqual([
      {
        id: aspirationId,
        title: 'Coach, not fix',
        owner: { id: m.people.author.user.id, name: 'Author' },
        mine: true,
        linkedAt: expect.any(String),
      },
    ]);

    const share = async (target: object) =>
      (
        await m.people.author.client.post('/api/shares', {
          itemType: 'aspiration',
          itemId: aspirationId,
          with: target,
        })
      ).body.id as string;

    const toMate = await share({ userId: m.people.teammate.user.id });
    expect(await seen()).toEqual({
      author: ['Coach, not fix'],
      teammate: ['Coach, not fix'],
      leader: [],
    });
    const mates = (await m.people.teammate.client.get(`/api/teams/${teamId}/vision`)).body;
    expect(mates.outcomes[0].aspirations[0]).toMatchObject({
      mine: false,
      owner: { name: 'Author' },
    });
    await m.people.author.client.delete(`/api/shares/${toMate}`);

    const toTeam = await share({ teamId });
    expect(await seen()).toEqual({
      author: ['Coach, not fix'],
      teammate: ['Coach, not fix'],
      leader: ['Coach, not fix'],
    });
    await m.people.author.client.delete(`/api/shares/${toTeam}`);

    const toOrg = await share({ orgId: m.orgId });
    expect(await seen()).toEqual({
      author: ['Coach, not fix'],
      teammate: ['Coach, not fix'],
      leader: ['Coach, not fix'],
    });
    // Shared with the whole organization, the team's content is still the team's.
    expect(await m.statuses((c) => c.get(`/api/teams/${teamId}/vision`))).toEqual(
      m.only(TEAM_READERS),
    );
    // The vision lists titles; reading the aspiration itself is logged as usual.
    const logBefore = (await m.people.author.client.get('/api/access-log')).body.items.length;
    await m.people.leader.client.get(`/api/teams/${teamId}/vision`);
    expect((await m.people.author.client.get('/api/access-log')).body.items.length).toBe(logBefore);
    await m.people.author.client.delete(`/api/shares/${toOrg}`);
    expect(await seen()).toEqual({ author: ['Coach, not fix'], teammate: [], leader: [] });

    // Withdrawn by its author, it is gone for everyone.
    await share({ teamId });
    const unlinks = await m.statuses((c) => c.delete(link));
    expect(unlinks.author).toBe(204);
    expect({ ...unlinks, author: 200 }).toEqual(m.only(['author']));
    expect(await seen()).toEqual({ author: [], teammate: [], leader: [] });
  });

  it('lists an aligned aspiration by its title alone: opening it is the read its author sees; the team’s vision and reviews need no log', async () => {
    const teamId = await m.newTeam();
    const outcomeId = await newOutcome(teamId);
    const aspirationId = await newAspiration('author', 'Patient with juniors');
    const author = m.people.author.client;
    expect(
      (await author.put(`/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${aspirationId}`))
        .status,
    ).toBe(204);
    await author.post('/api/shares', {
      itemType: 'aspiration',
      itemId: aspirationId,
      with: { teamId },
    });
    const leader = m.people.leader.client;
    await leader.put(`/api/teams/${teamId}/vision`, { vision: 'We answer within a day.' });
    const aar = await leader.post(`/api/teams/${teamId}/aars`, {
      title: 'The launch',
      date: '2026-01-15',
      happened: 'It slipped a week.',
    });
    expect(aar.status).toBe(201);
    const logOf = async (who: 'author' | 'leader') =>
      (await m.people[who].client.get('/api/access-log')).body.items as any[];
    const before = {
      author: (await logOf('author')).length,
      leader: (await logOf('leader')).length,
    };

    for (const who of ['teammate', 'leader'] as const) {
      const client = m.people[who].client;
      const vision = (await client.get(`/api/teams/${teamId}/vision`)).body;
      const [aligned] = vision.outcomes[0].aspirations;
      // Only what the author chose as a title: no vision text, no levels, no tension.
      expect(Object.keys(aligned).sort(), who).toEqual([
        'id',
        'linkedAt',
        'mine',
        'owner',
        'title',
      ]);
      expect(aligned.title).toBe('Patient with juniors');
      expect(JSON.stringify(vision), who).not.toContain('A picture of it.');
      expect((await client.get(`/api/teams/${teamId}/aars`)).status, who).toBe(200);
      expect((await client.get(`/api/aars/${aar.body.id}`)).status, who).toBe(200);
    }
    // Team-level reads are the team's own: no one's access log grows.
    expect((await logOf('author')).length).toBe(before.author);
    expect((await logOf('leader')).length).toBe(before.leader);

    // Opening the aligned aspiration is the read of personal content, and its author sees who.
    const opened = await m.people.teammate.client.get(`/api/shared/aspiration/${aspirationId}`);
    expect(opened.body.item).toMatchObject({ vision: 'A picture of it.', visionLevel: 8 });
    const mate = (await m.people.teammate.client.get('/api/me')).body;
    const reads = (await logOf('author')).filter((e) => e.itemId === aspirationId);
    expect(reads).toEqual([
      expect.objectContaining({
        reader: { id: m.people.teammate.user.id, name: 'Mate', email: mate.email },
        itemTitle: 'Patient with juniors',
      }),
    ]);
  });

  it('lets members link only their own aspirations, to outcomes of teams they are in', async () => {
    const teamId = await m.newTeam();
    const outcomeId = await newOutcome(teamId);
    const links = await m.statuses(async (c, who) => {
      if (who === 'anonymous') {
        return c.put(`/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/whatever`);
      }
      const aspirationId = await newAspiration(who, `Mine, ${who}`);
      return c.put(`/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${aspirationId}`);
    });
    expect(links).toEqual(m.only(TEAM_READERS, 204));
    expect((await alignedAs('leader', teamId))[0]).toEqual(['Mine, leader']);

    // Someone else's aspiration, or one that does not exist: the same 404.
    const authors = await newAspiration('author', 'Not yours');
    for (const aspirationId of [authors, 'nope']) {
      const attempt = await m.people.teammate.client.put(
        `/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${aspirationId}`,
      );
      expect(attempt.status).toBe(404);
    }
    expect(
      (
        await m.people.author.client.put(
          `/api/teams/${teamId}/outcomes/nope/aspirations/${authors}`,
        )
      ).status,
    ).toBe(404);
    // Nobody withdraws someone else's link.
    const mine = await newAspiration('author', 'Linked by me');
    const path = `/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${mine}`;
    await m.people.author.client.put(path);
    expect((await m.people.leader.client.delete(path)).status).toBe(404);
    expect((await m.people.author.client.get('/api/team-alignments')).body.items).toEqual(
      expect.arrayContaining([
        {
          team: { id: teamId, name: 'Ops' },
          outcome: { id: outcomeId, title: 'Customers never wait' },
          aspiration: { id: mine, title: 'Linked by me' },
          linkedAt: expect.any(String),
        },
      ]),
    );
    const ofOne = await m.people.author.client.get(`/api/team-alignments?aspirationId=${mine}`);
    expect(ofOne.body.items.map((i: any) => i.aspiration.id)).toEqual([mine]);
    expect(
      (await m.people.leader.client.get(`/api/team-alignments?aspirationId=${mine}`)).body.items,
    ).toEqual([]);
    expect((await m.anonymous.get('/api/team-alignments')).status).toBe(401);
  });

  it('revokes at once what came through the team when someone leaves it or is removed', async () => {
    const teamId = await m.newTeam();
    const outcomeId = await newOutcome(teamId);
    const aspirationId = await newAspiration('author', 'Steady hands');
    await m.people.author.client.put(
      `/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${aspirationId}`,
    );
    await m.people.author.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: aspirationId,
      with: { orgId: m.orgId },
    });
    expect((await alignedAs('teammate', teamId))[0]).toEqual(['Steady hands']);

    // The leader removes the teammate: no more vision for them, not even read-only.
    expect(
      (
        await m.people.leader.client.delete(
          `/api/teams/${teamId}/members/${m.people.teammate.user.id}`,
        )
      ).status,
    ).toBe(204);
    expect(await m.statuses((c) => c.get(`/api/teams/${teamId}/vision`))).toEqual(
      m.only(['author', 'leader']),
    );
    expect(
      (await m.people.teammate.client.put(`/api/teams/${teamId}/vision`, { vision: 'x' })).status,
    ).toBe(404);

    // The author leaves: their link no longer shows, though the aspiration is still shared.
    expect(
      (
        await m.people.author.client.delete(
          `/api/teams/${teamId}/members/${m.people.author.user.id}`,
        )
      ).status,
    ).toBe(204);
    expect((await alignedAs('leader', teamId))[0]).toEqual([]);
    expect((await m.people.author.client.get(`/api/teams/${teamId}/vision`)).status).toBe(404);
    expect(
      (await m.people.author.client.get(`/api/team-alignments?aspirationId=${aspirationId}`)).body
        .items,
    ).toEqual([]);
    // The alignment ended when they left: back in the team, they align again if they choose.
    await m.people.leader.client.put(`/api/teams/${teamId}/members/${m.people.author.user.id}`, {
      role: 'member',
    });
    expect((await alignedAs('leader', teamId))[0]).toEqual([]);

    // Removed from the organization: out of its teams in the same transaction.
    const extra = await signedInClient(server, 'Extra');
    const { token } = (
      await m.people.admin.client.post(`/api/orgs/${m.orgId}/invitations`, {
        email: extra.person.email,
      })
    ).body;
    await extra.client.post(`/api/invitations/${token}/accept`);
    await m.people.leader.client.put(`/api/teams/${teamId}/members/${extra.user.id}`, {
      role: 'member',
    });
    const extras = (
      await extra.client.post('/api/aspirations', {
        title: 'Extra mile',
        domain: 'career',
        vision: 'v',
        visionLevel: 6,
      })
    ).body.id;
    await extra.client.put(`/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${extras}`);
    await extra.client.post('/api/shares', {
      itemType: 'aspiration',
      itemId: extras,
      with: { teamId },
    });
    expect((await alignedAs('leader', teamId))[0]).toEqual(['Extra mile']);
    await m.people.admin.client.delete(`/api/orgs/${m.orgId}/members/${extra.user.id}`);
    expect((await alignedAs('leader', teamId))[0]).toEqual([]);
    expect((await extra.client.get(`/api/teams/${teamId}/vision`)).status).toBe(404);
  });

  it('pages my alignments with a cursor', async () => {
    const teamId = await m.newTeam();
    const outcomes = [await newOutcome(teamId, 'First'), await newOutcome(teamId, 'Second')];
    const aspirations = [
      await newAspiration('author', 'One'),
      await newAspiration('author', 'Two'),
      await newAspiration('author', 'Three'),
    ];
    for (const outcomeId of outcomes) {
      for (const aspirationId of aspirations) {
        const linked = await m.people.author.client.put(
          `/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${aspirationId}`,
        );
        expect(linked.status).toBe(204);
      }
    }
    const links = await expectPagedLikeWhole(m.people.author.client, '/api/team-alignments', 2);
    expect(links.filter((l: any) => l.team.id === teamId)).toHaveLength(6);
    const ofOne = `/api/team-alignments?aspirationId=${aspirations[0]}`;
    const paged = (await m.people.author.client.get(`${ofOne}&limit=1`)).body;
    expect(paged.items).toHaveLength(1);
    expect(paged.nextCursor).toEqual(expect.any(String));
    expect((await m.people.author.client.get('/api/team-alignments?cursor=x')).status).toBe(400);
  });
});
