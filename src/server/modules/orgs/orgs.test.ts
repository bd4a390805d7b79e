import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

describe.each(databaseKinds())('organizations and teams on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  /** An org with Ana as admin and Bea joined as a member through an invitation. */
  async function orgWithTwo() {
    const ana = await signedInClient(server, 'Ana');
    const bea = await signedInClient(server, 'Bea');
    const org = await ana.client.post('/api/orgs', { name: 'Learning Lab' });
    const invite = await ana.client.post(`/api/orgs/${org.body.id}/invitations`, {
      email: bea.person.email,
      role: 'member',
    });
    expect((await bea.client.post(`/api/invitations/${invite.body.token}/accept`)).status).toBe(
      200,
    );
    return { ana, bea, orgId: org.body.id as string };
  }

  it('creates an organization whose creator is admin', async () => {
    const { client } = await signedInClient(server);
    const created = await client.post('/api/orgs', { name: '  Learning Lab ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      name: 'Learning Lab',
      role: 'admin',
      minGroupSize: 5,
    });
    expect((await client.get('/api/orgs')).body.items.map((o: any) => o.role)).toEqual(['admin']);
    expect((await client.post('/api/orgs', { name: '' })).status).toBe(400);
  });

  it('pages my organizations and the pending invitations without gaps or repeats', async () => {
    const { ana, orgId } = await orgWithTwo();
    for (const name of ['Second', 'Third']) await ana.client.post('/api/orgs', { name });
    const orgs = await expectPagedLikeWhole(ana.client, '/api/orgs', 2);
    expect(orgs.map((o) => o.name)).toEqual(['Learning Lab', 'Second', 'Third']);
    for (const n of [1, 2, 3]) {
      await ana.client.post(`/api/orgs/${orgId}/invitations`, { email: `guest${n}@example.com` });
    }
    const invitations = await expectPagedLikeWhole(ana.client, `/api/orgs/${orgId}/invitations`, 2);
    expect(invitations.map((i) => i.email)).toEqual([3, 2, 1].map((n) => `guest${n}@example.com`));
  });

  it('invites by a single-use link that expires', async () => {
    const ana = await signedInClient(server, 'Ana');
    const bea = await signedInClient(server, 'Bea');
    const cai = await signedInClient(server, 'Cai');
    const { id: orgId } = (await ana.client.post('/api/orgs', { name: 'Lab' })).body;
    const invite = await ana.client.post(`/api/orgs/${orgId}/invitations`, {
      email: ` ${bea.person.email.toUpperCase()}`,
      role: 'facilitator',
    });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({
      email: bea.person.email,
      role: 'facilitator',
      url: expect.stringContaining(`/invitations/${invite.body.token}`),
    });
    expect(
      JSON.stringify(await server.database.db.selectFrom('invitations').selectAll().execute()),
    ).not.toContain(invite.body.token);
    expect((await bea.client.get(`/api/invitations/${invite.body.token}`)).body).toMatchObject({
      orgName: 'Lab',
      role: 'facilitator',
      forMe: true,
    });
    expect((await cai.client.get(`/api/invitations/${invite.body.token}`)).body.forMe).toBe(false);
    // The link's holder, signed out, learns whom it is from and for what — nothing more.
    const signedOut = await server.client().get(`/api/invitations/${invite.body.token}`);
    expect(signedOut.status).toBe(200);
    expect(signedOut.body).toEqual({
      orgName: 'Lab',
      role: 'facilitator',
      expiresAt: expect.any(String),
      forMe: false,
      invitedBy: ana.person.name,
    });
    expect((await server.client().get('/api/invitations/not-a-token')).status).toBe(404);
    expect((await bea.client.post(`/api/invitations/${invite.body.token}/accept`)).body).toEqual({
      orgId,
      role: 'facilitator',
    });
    const reused = await cai.client.post(`/api/invitations/${invite.body.token}/accept`);
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('invitation_used');
    expect((await cai.client.post('/api/invitations/not-a-token/accept')).status).toBe(404);

    const old = await ana.client.post(`/api/orgs/${orgId}/invitations`, {
      email: cai.person.email,
    });
    await server.database.db
      .updateTable('invitations')
      .set({ expiresAt: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', old.body.id)
      .execute();
    const expired = await cai.client.post(`/api/invitations/${old.body.token}/accept`);
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('invitation_expired');
    expect(
      (await server.client().post(`/api/invitations/${invite.body.token}/accept`)).status,
    ).toBe(401);
  });

  it('lets admins manage membership and settings; members see names, not emails; others see nothing', async () => {
    const { ana, bea, orgId } = await orgWithTwo();
    const outsider = await signedInClient(server, 'Dan');
    const asAdmin = await ana.client.get(`/api/orgs/${orgId}`);
    expect(asAdmin.body.members.map((m: any) => [m.name, m.role, m.email !== null])).toEqual([
      ['Ana', 'admin', true],
      ['Bea', 'member', true],
    ]);
    const asMember = await bea.client.get(`/api/orgs/${orgId}`);
    expect(asMember.body.members.every((m: any) => m.email === null)).toBe(true);
    expect((await outsider.client.get(`/api/orgs/${orgId}`)).status).toBe(404);

    for (const response of [
      await bea.client.patch(`/api/orgs/${orgId}`, { name: 'Mine' }),
      await bea.client.post(`/api/orgs/${orgId}/invitations`, { email: 'x@example.com' }),
      await bea.client.get(`/api/orgs/${orgId}/invitations`),
      await bea.client.patch(`/api/orgs/${orgId}/members/${ana.user.id}`, { role: 'member' }),
      await bea.client.delete(`/api/orgs/${orgId}/members/${ana.user.id}`),
    ]) {
      expect(response.status).toBe(403);
    }
    expect((await outsider.client.patch(`/api/orgs/${orgId}`, { name: 'Mine' })).status).toBe(404);
    expect((await ana.client.patch(`/api/orgs/${orgId}`, { minGroupSize: 2 })).status).toBe(400);
    expect(
      (await ana.client.patch(`/api/orgs/${orgId}`, { minGroupSize: 7 })).body.minGroupSize,
    ).toBe(7);
  });

  it('always keeps an admin', async () => {
    const { ana, bea, orgId } = await orgWithTwo();
    const demote = await ana.client.patch(`/api/orgs/${orgId}/members/${ana.user.id}`, {
      role: 'member',
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('last_admin');
    expect((await ana.client.delete(`/api/orgs/${orgId}/members/${ana.user.id}`)).status).toBe(409);
    await ana.client.patch(`/api/orgs/${orgId}/members/${bea.user.id}`, { role: 'admin' });
    expect((await ana.client.delete(`/api/orgs/${orgId}/members/${ana.user.id}`)).status).toBe(204);
    expect((await ana.client.get(`/api/orgs/${orgId}`)).status).toBe(404);
  });

  it('runs teams: admins and facilitators create them, leaders and admins manage them', async () => {
    const { ana, bea, orgId } = await orgWithTwo();
    const cai = await signedInClient(server, 'Cai');
    expect((await bea.client.post(`/api/orgs/${orgId}/teams`, { name: 'Ops' })).status).toBe(403);
    const team = await ana.client.post(`/api/orgs/${orgId}/teams`, { name: 'Ops' });
    expect(team.status).toBe(201);
    expect(team.body).toMatchObject({
      name: 'Ops',
      orgId,
      myRole: null,
      membersMayEditVision: false,
      members: [],
    });
    const teamId = team.body.id;

    const notMember = await ana.client.put(`/api/teams/${teamId}/members/${cai.user.id}`, {
      role: 'member',
    });
    expect(notMember.status).toBe(400);
    expect(notMember.body.error.code).toBe('not_org_member');
    const added = await ana.client.put(`/api/teams/${teamId}/members/${bea.user.id}`, {
      role: 'leader',
    });
    expect(added.body.members.map((m: any) => [m.name, m.role])).toEqual([['Bea', 'leader']]);
    const settings = await bea.client.patch(`/api/teams/${teamId}`, {
      name: 'Operations',
      membersMayEditVision: true,
    });
    expect(settings.body).toMatchObject({ name: 'Operations', membersMayEditVision: true });
    expect((await bea.client.patch(`/api/teams/${teamId}`, { vision: 'Ours.' })).status).toBe(400);
    expect(
      (await bea.client.put(`/api/teams/${teamId}/members/${ana.user.id}`, { role: 'member' }))
        .status,
    ).toBe(200);
    expect((await ana.client.get(`/api/teams/${teamId}`)).body.myRole).toBe('member');
    expect((await cai.client.get(`/api/teams/${teamId}`)).status).toBe(404);
    expect((await ana.client.get(`/api/orgs/${orgId}`)).body.teams).toEqual([
      { id: teamId, name: 'Operations', memberCount: 2, openToJoin: false, myRole: 'member' },
    ]);
    expect(
      (await bea.client.put(`/api/teams/${teamId}/members/${bea.user.id}`, { role: 'boss' }))
        .status,
    ).toBe(400);
  });

  it('lists each team with whether it is open and my place in it', async () => {
    const { ana, bea, orgId } = await orgWithTwo();
    const team = await ana.client.post(`/api/orgs/${orgId}/teams`, {
      name: 'Open circle',
      lead: true,
      openToJoin: true,
    });
    const listed = (client: typeof ana.client) =>
      client.get(`/api/orgs/${orgId}`).then((answer) => answer.body.teams);
    expect(await listed(ana.client)).toEqual([
      { id: team.body.id, name: 'Open circle', memberCount: 1, openToJoin: true, myRole: 'leader' },
    ]);
    expect((await listed(bea.client))[0]).toMatchObject({ memberCount: 1, myRole: null });
    await bea.client.put(`/api/teams/${team.body.id}/members/${bea.user.id}`, { role: 'member' });
    expect((await listed(bea.client))[0]).toMatchObject({ memberCount: 2, myRole: 'member' });
  });

  it('removing a person from the organization removes them from its teams at once', async () => {
    const { ana, bea, orgId } = await orgWithTwo();
    const teamId = (await ana.client.post(`/api/orgs/${orgId}/teams`, { name: 'Ops' })).body.id;
    await ana.client.put(`/api/teams/${teamId}/members/${bea.user.id}`, { role: 'member' });
    expect((await bea.client.get(`/api/teams/${teamId}`)).status).toBe(200);
    expect((await ana.client.delete(`/api/orgs/${orgId}/members/${bea.user.id}`)).status).toBe(204);
    expect((await bea.client.get(`/api/teams/${teamId}`)).status).toBe(404);
    expect((await ana.client.get(`/api/teams/${teamId}`)).body.members).toEqual([]);
    const rows = await server.database.db
      .selectFrom('teamMembers')
      .select('userId')
      .where('userId', '=', bea.user.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('lets a member leave a team and an organization', async () => {
    const { ana, bea, orgId } = await orgWithTwo();
    const teamId = (await ana.client.post(`/api/orgs/${orgId}/teams`, { name: 'Ops' })).body.id;
    await ana.client.put(`/api/teams/${teamId}/members/${bea.user.id}`, { role: 'member' });
    expect((await bea.client.delete(`/api/teams/${teamId}/members/${bea.user.id}`)).status).toBe(
      204,
    );
    expect((await bea.client.delete(`/api/orgs/${orgId}/members/${bea.user.id}`)).status).toBe(204);
    expect((await bea.client.get('/api/orgs')).body.items).toEqual([]);
  });
});
