import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import type { HttpClient } from '../../../../test-support/http-client';
import { joinOrg, orgMatrix, type OrgMatrix, type Who } from '../../../../test-support/org-matrix';
import { signedInClient, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('joining and leaving teams by consent on %s', (kind) => {
  let server: TestServer;
  let m: OrgMatrix;
  withTestServer(kind, orgMatrix, (started, made) => {
    [server, m] = [started, made];
  });

  const idOf = (who: Who) => (who === 'anonymous' ? 'nobody' : m.people[who].user.id);

  /** A closed team "Quiet" created by the admin, who is not in it, led by the author alone. */
  async function quietTeam() {
    const created = await m.people.admin.client.post(`/api/orgs/${m.orgId}/teams`, {
      name: 'Quiet',
    });
    expect(created.body).toMatchObject({ openToJoin: false, myRole: null, members: [] });
    const teamId: string = created.body.id;
    const led = await m.people.admin.client.put(`/api/teams/${teamId}/members/${idOf('author')}`, {
      role: 'leader',
    });
    expect(led.status).toBe(200);
    return teamId;
  }

  /** Each caller's status and error code for a request. */
  async function answers(request: (client: HttpClient, who: Who) => Promise<any>) {
    const result = {} as Record<Who, string>;
    for (const who of Object.keys(m.only([])) as Who[]) {
      const response = await request(m.clientOf(who), who);
      result[who] =
        `${response.status}${response.body?.error ? ` ${response.body.error.code}` : ''}`;
    }
    return result;
  }

  async function history(teamId: string, who: Who = 'author') {
    const response = await m.clientOf(who).get(`/api/teams/${teamId}/history`);
    expect(response.status).toBe(200);
    return (response.body.items as any[])
      .map((e) => [e.change, e.person.name, e.by?.name ?? null, e.role])
      .reverse();
  }

  it('lets no role — admin, facilitator, leader of another team — put its holder in a closed team', async () => {
    const teamId = await quietTeam();
    const selfJoin = (c: HttpClient, who: Who) =>
      c.put(`/api/teams/${teamId}/members/${idOf(who)}`, { role: 'member' });
    expect(await answers(selfJoin)).toEqual({
      author: '200',
      orgMember: '403 consent_required',
      teammate: '403 consent_required',
      leader: '403 consent_required',
      facilitator: '403 consent_required',
      admin: '403 consent_required',
      outsider: '404 not_found',
      anonymous: '401 unauthenticated',
    });
    const asLeader = await m.people.admin.client.put(
      `/api/teams/${teamId}/members/${idOf('admin')}`,
      { role: 'leader' },
    );
    expect(asLeader.status).toBe(403);
    expect(asLeader.body.error.code).toBe('consent_required');
    // Nor can the admin open the team to walk in: opening it is the team's consent.
    const open = await m.people.admin.client.patch(`/api/teams/${teamId}`, { openToJoin: true });
    expect(open.status).toBe(403);
    expect(open.body.error.code).toBe('leaders_only');
    expect((await m.people.admin.client.get(`/api/teams/${teamId}/vision`)).status).toBe(404);

    const team = await m.people.author.client.get(`/api/teams/${teamId}`);
    expect(team.body.members.map((p: any) => p.name)).toEqual(['Author']);
    // The author stepped down to member by their own PUT; nobody else came in.
    expect(await history(teamId)).toEqual([
      ['added', 'Author', 'Admin', 'leader'],
      ['role_changed', 'Author', 'Author', 'member'],
    ]);
  });

  it('lets anyone in the organization join an open team as a member, and no one else', async () => {
    const teamId = await quietTeam();
    const opened = await m.people.author.client.patch(`/api/teams/${teamId}`, {
      openToJoin: true,
    });
    expect(opened.body.openToJoin).toBe(true);
    const asLeader = await m.people.facilitator.client.put(
      `/api/teams/${teamId}/members/${idOf('facilitator')}`,
      { role: 'leader' },
    );
    expect(asLeader.status).toBe(403);
    expect(asLeader.body.error.code).toBe('consent_required');
    const joined = await m.people.admin.client.put(
      `/api/teams/${teamId}/members/${idOf('admin')}`,
      { role: 'member' },
    );
    expect(joined.status).toBe(200);
    expect(joined.body.myRole).toBe('member');
    expect(
      (
        await m.people.outsider.client.put(`/api/teams/${teamId}/members/${idOf('outsider')}`, {
          role: 'member',
        })
      ).status,
    ).toBe(404);
    expect(
      (await m.people.author.client.patch(`/api/teams/${teamId}`, { openToJoin: false })).status,
    ).toBe(200);
    expect(await history(teamId, 'admin')).toEqual([
      ['added', 'Author', 'Admin', 'leader'],
      ['opened', 'Author', 'Author', null],
      ['joined', 'Admin', 'Admin', 'member'],
      ['closed', 'Author', 'Author', null],
    ]);
  });

  it('takes a leader of that team to approve a request to join; an org admin outside it cannot', async () => {
    const teamId = await quietTeam();
    const asked = await m.people.orgMember.client.post(`/api/teams/${teamId}/join-requests`);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      myRole: null,
      myJoinRequestAt: expect.any(String),
      joinRequests: [],
    });
    expect(
      (await m.people.orgMember.client.post(`/api/teams/${teamId}/join-requests`)).body.error.code,
    ).toBe('already_requested');
    expect(
      (await m.people.author.client.post(`/api/teams/${teamId}/join-requests`)).body.error.code,
    ).toBe('already_in_team');
    expect((await m.people.outsider.client.post(`/api/teams/${teamId}/join-requests`)).status).toBe(
      404,
    );
    // Only the team's leaders see the requests.
    expect((await m.people.admin.client.get(`/api/teams/${teamId}`)).body.joinRequests).toEqual([]);
    const requests = (await m.people.author.client.get(`/api/teams/${teamId}`)).body.joinRequests;
    expect(requests.map((r: any) => r.name)).toEqual(['Member']);
    const approve = (c: HttpClient) =>
      c.post(`/api/teams/${teamId}/join-requests/${requests[0].id}/approve`);
    expect(await answers(approve)).toEqual({
      author: '200',
      orgMember: '403 leaders_only',
      teammate: '403 leaders_only',
      leader: '403 leaders_only',
      facilitator: '403 leaders_only',
      admin: '403 leaders_only',
      outsider: '404 not_found',
      anonymous: '401 unauthenticated',
    });
    expect((await m.people.orgMember.client.get(`/api/teams/${teamId}`)).body).toMatchObject({
      myRole: 'member',
      myJoinRequestAt: null,
    });
    expect((await approve(m.people.author.client)).status).toBe(404);

    await m.people.facilitator.client.post(`/api/teams/${teamId}/join-requests`);
    const [request] = (await m.people.author.client.get(`/api/teams/${teamId}`)).body.joinRequests;
    const declined = await m.people.author.client.post(
      `/api/teams/${teamId}/join-requests/${request.id}/decline`,
    );
    expect(declined.status).toBe(200);
    expect(declined.body.joinRequests).toEqual([]);
    expect((await m.people.facilitator.client.get(`/api/teams/${teamId}`)).body).toMatchObject({
      myRole: null,
      myJoinRequestAt: null,
    });
    expect(await history(teamId, 'orgMember')).toEqual([
      ['added', 'Author', 'Admin', 'leader'],
      ['requested', 'Member', 'Member', null],
      ['approved', 'Member', 'Author', 'member'],
      ['requested', 'Facil', 'Facil', null],
      ['declined', 'Facil', 'Author', null],
    ]);
  });

  it('shows the membership history — who, by whom, when — to the team’s members only', async () => {
    const read = (c: HttpClient) => c.get(`/api/teams/${m.teamId}/history`);
    expect(await m.statuses(read)).toEqual(m.only(['author', 'teammate', 'leader']));
    const { items, nextCursor } = (await read(m.people.teammate.client)).body;
    expect(nextCursor).toBeNull();
    expect(items.at(-1)).toEqual({
      id: expect.any(String),
      change: 'added',
      person: { id: idOf('author'), name: 'Author' },
      by: { id: idOf('admin'), name: 'Admin' },
      role: 'member',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const page = await m.people.teammate.client.get(`/api/teams/${m.teamId}/history?limit=1`);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    expect(
      (await m.people.teammate.client.get(`/api/teams/${m.teamId}/history?limit=0`)).status,
    ).toBe(400);
  });

  /** A person who joins the organization and the team, and an aspiration of theirs. */
  async function newcomer(teamId: string) {
    const ana = await signedInClient(server, 'Ana');
    await joinOrg(m.people.admin, m.orgId, ana);
    await m.people.admin.client.put(`/api/teams/${teamId}/members/${ana.user.id}`, {
      role: 'member',
    });
    const aspiration = await ana.client.post('/api/aspirations', {
      title: 'Steady hands',
      domain: 'career',
      vision: 'Calm under pressure.',
      visionLevel: 8,
    });
    expect(aspiration.status).toBe(201);
    const id: string = aspiration.body.id;
    const share = (target: object) =>
      ana.client.post('/api/shares', { itemType: 'aspiration', itemId: id, with: target });
    const read = (c: HttpClient) => c.get(`/api/shared/aspiration/${id}`);
    return { ana, id, share, read };
  }

  it('ends the author’s shares with a team, and their alignments, the moment they leave it', async () => {
    const teamId = await m.newTeam('Leaving');
    const { ana, id, share, read } = await newcomer(teamId);
    expect((await share({ teamId })).status).toBe(201);
    const outcome = await m.people.leader.client.post(`/api/teams/${teamId}/outcomes`, {
      title: 'Calm launches',
    });
    expect(
      (await ana.client.put(`/api/teams/${teamId}/outcomes/${outcome.body.id}/aspirations/${id}`))
        .status,
    ).toBe(204);
    expect(await m.statuses(read)).toEqual(m.only(['author', 'teammate', 'leader']));

    expect((await ana.client.delete(`/api/teams/${teamId}/members/${ana.user.id}`)).status).toBe(
      204,
    );
    expect(await m.statuses(read)).toEqual(m.only([]));
    expect(
      (await ana.client.get(`/api/shares?itemType=aspiration&itemId=${id}`)).body.items,
    ).toEqual([]);
    const links = await server.database.db
      .selectFrom('teamOutcomeLinks')
      .select('aspirationId')
      .where('aspirationId', '=', id)
      .execute();
    expect(links).toEqual([]);
    // Coming back does not bring the share back.
    await m.people.leader.client.put(`/api/teams/${teamId}/members/${ana.user.id}`, {
      role: 'member',
    });
    expect(await m.statuses(read)).toEqual(m.only([]));
    expect(
      (await m.people.leader.client.delete(`/api/teams/${teamId}/members/${ana.user.id}`)).status,
    ).toBe(204);
    expect((await history(teamId, 'teammate')).slice(-4)).toEqual([
      ['added', 'Ana', 'Admin', 'member'],
      ['left', 'Ana', 'Ana', null],
      ['added', 'Ana', 'Leader', 'member'],
      ['removed', 'Ana', 'Leader', null],
    ]);
  });

  it('ends the author’s shares with the organization and its teams when they leave it; shares with a person stay', async () => {
    const teamId = await m.newTeam('Org leavers');
    const { ana, share, read } = await newcomer(teamId);
    await share({ teamId });
    await share({ orgId: m.orgId });
    await share({ userId: idOf('orgMember') });
    expect(await m.statuses(read)).toEqual(
      m.only(['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin']),
    );
    expect((await ana.client.delete(`/api/orgs/${m.orgId}/members/${ana.user.id}`)).status).toBe(
      204,
    );
    expect(await m.statuses(read)).toEqual(m.only(['orgMember']));
    const shares = await server.database.db
      .selectFrom('shares')
      .select('targetType')
      .where('ownerId', '=', ana.user.id)
      .execute();
    expect(shares).toEqual([{ targetType: 'user' }]);
    expect((await history(teamId, 'teammate')).at(-1)).toEqual(['left', 'Ana', 'Ana', null]);
  });

  it('ends the shares of someone an admin removes from the organization', async () => {
    const teamId = await m.newTeam('Removed');
    const { ana, share, read } = await newcomer(teamId);
    await share({ teamId });
    expect((await read(m.people.teammate.client)).status).toBe(200);
    expect(
      (await m.people.admin.client.delete(`/api/orgs/${m.orgId}/members/${ana.user.id}`)).status,
    ).toBe(204);
    expect((await read(m.people.teammate.client)).status).toBe(404);
    expect((await history(teamId, 'teammate')).at(-1)).toEqual(['removed', 'Ana', 'Admin', null]);
  });

  it('lets an admin or facilitator who creates a team lead it from the start, and only then', async () => {
    const created = await m.people.facilitator.client.post(`/api/orgs/${m.orgId}/teams`, {
      name: 'Founders',
      lead: true,
      openToJoin: false,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ myRole: 'leader', openToJoin: false });
    expect(await history(created.body.id, 'facilitator')).toEqual([
      ['joined', 'Facil', 'Facil', 'leader'],
    ]);
    expect(
      (await m.people.admin.client.post(`/api/orgs/${m.orgId}/teams`, { name: 'X', lead: 'yes' }))
        .status,
    ).toBe(400);
  });
});

describe.each(databaseKinds())('invitations bound to the invited email on %s', (kind) => {
  let server: TestServer;
  withTestServer(
    kind,
    async () => undefined,
    (started) => {
      server = started;
    },
  );

  it('is accepted only by the account with the invited email — an admin invitation above all', async () => {
    const admin = await signedInClient(server, 'Admin');
    const invited = await signedInClient(server, 'Ivy');
    const other = await signedInClient(server, 'Oz');
    const orgId = (await admin.client.post('/api/orgs', { name: 'Lab' })).body.id;
    for (const role of ['admin', 'member'] as const) {
      const { token } = (
        await admin.client.post(`/api/orgs/${orgId}/invitations`, {
          email: invited.person.email.toUpperCase(),
          role,
        })
      ).body;
      for (const someoneElse of [other, admin]) {
        const taken = await someoneElse.client.post(`/api/invitations/${token}/accept`);
        expect(taken.status, role).toBe(403);
        expect(taken.body.error.code).toBe('invitation_email_mismatch');
        expect(taken.body.error.message).not.toContain(invited.person.email);
      }
      expect((await other.client.get(`/api/invitations/${token}`)).body).toMatchObject({
        forMe: false,
      });
      expect((await other.client.get(`/api/orgs/${orgId}`)).status).toBe(404);
      // Still unused: the invited person accepts it.
      const accepted = await invited.client.post(`/api/invitations/${token}/accept`);
      expect(accepted.status).toBe(200);
      expect(accepted.body.role).toBe('admin');
    }
    const members = (await admin.client.get(`/api/orgs/${orgId}`)).body.members;
    expect(members.map((p: any) => [p.name, p.role])).toEqual([
      ['Admin', 'admin'],
      ['Ivy', 'admin'],
    ]);
  });
});
