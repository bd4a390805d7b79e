import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { withTestServer } from '../../../../test-support/fixtures';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import type { HttpClient } from '../../../../test-support/http-client';
import { joinOrg, only, orgCast } from '../../../../test-support/org-matrix';
import { signedInClient, type TestServer } from '../../../../test-support/server';

/** A calendar date `days` from today (UTC; far enough from any time zone's today). */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(databaseKinds())('delegation agreements on %s', (kind) => {
  let server: TestServer;
  let cast: Awaited<ReturnType<typeof orgCast>>;
  withTestServer(kind, orgCast, (started, made) => {
    [server, cast] = [started, made];
  });

  const leader = () => cast.people.leader.client;
  const member = () => cast.people.member.client;

  /** A new agreement between the leader and the member (archiving any open one first). */
  async function newAgreement(areas: { title: string; note?: string }[] = [{ title: 'Hiring' }]) {
    const existing = (await leader().get('/api/delegation')).body.items.filter(
      (a: any) => !a.archivedAt,
    );
    for (const a of existing) await leader().post(`/api/delegation/${a.id}/archive`);
    const created = await leader().post('/api/delegation', {
      orgId: cast.orgId,
      colleagueId: cast.people.member.user.id,
      myRole: 'leader',
      areas,
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  const areaOf = (agreement: any, index = 0) => agreement.areas[index];

  it('is seen and changed by its two parties only: 404 to org members, team leaders and admins', async () => {
    const agreement = await newAgreement([
      { title: 'Hiring', note: 'Who joins the team' },
      { title: 'Budget up to 5k' },
    ]);
    expect(agreement).toMatchObject({
      org: { id: cast.orgId, name: 'Lab' },
      leader: { id: cast.people.leader.user.id, name: 'Lea' },
      member: { id: cast.people.member.user.id, name: 'Mo' },
      myRole: 'leader',
      canAct: true,
      archivedAt: null,
      areas: [
        { title: 'Hiring', note: 'Who joins the team', position: 0, level: null },
        { title: 'Budget up to 5k', note: '', position: 1, level: null },
      ],
    });
    const { id } = agreement;
    const areaId = areaOf(agreement).id;
    const base = `/api/delegation/${id}`;

    expect(await cast.statuses((c) => c.get(base))).toEqual(only(['leader', 'member']));
    expect((await member().get(base)).body.myRole).toBe('member');
    // In the lists: present for the two (200), absent for everyone else (404 here).
    const listed = await cast.statuses(async (c) => {
      const response = await c.get('/api/delegation');
      if (response.status !== 200) return response;
      const ids = response.body.items.map((a: any) => a.id);
      return { status: ids.includes(id) ? 200 : 404 };
    });
    expect(listed).toEqual(only(['leader', 'member']));

    // Every change, by anyone else: 404 (401 without a session), and nothing changes.
    const outsiders = ['orgMember', 'teamLeader', 'admin', 'outsider', 'anonymous'] as const;
    const writes: ((c: HttpClient) => Promise<{ status: number }>)[] = [
      (c) => c.post(`${base}/areas`, { title: 'Theirs' }),
      (c) => c.patch(`${base}/areas/${areaId}`, { title: 'Theirs' }),
      (c) => c.put(`${base}/areas/${areaId}/poker/choice`, { level: 7 }),
      (c) => c.post(`${base}/areas/${areaId}/poker`),
      (c) => c.post(`${base}/areas/${areaId}/proposal`, { level: 7 }),
      (c) => c.post(`${base}/areas/${areaId}/proposal/confirm`, { level: 7 }),
      (c) => c.delete(`${base}/areas/${areaId}/proposal`),
      (c) => c.post(`${base}/areas/${areaId}/transitions`, { toLevel: 7, dueOn: inDays(30) }),
      (c) => c.delete(`${base}/areas/${areaId}/transitions/nope`),
      (c) => c.post(`${base}/archive`),
    ];
    for (const write of writes) {
      for (const who of outsiders) {
        const response = await write(cast.clientOf(who));
        expect(response.status, who).toBe(who === 'anonymous' ? 401 : 404);
      }
    }
    const after = (await leader().get(base)).body;
    expect(after.areas.map((a: any) => a.title)).toEqual(['Hiring', 'Budget up to 5k']);
    expect(after.archivedAt).toBeNull();
    expect(areaOf(after).poker).toMatchObject({ myChoice: null, otherHasChosen: false });
  });

  it('hides each private choice from the other, even through the API, until both chose; then reveals both', async () => {
    const agreement = await newAgreement();
    const base = `/api/delegation/${agreement.id}/areas/${areaOf(agreement).id}`;
    const roundId = areaOf(agreement).poker.roundId;

    const chose = await leader().put(`${base}/poker/choice`, { level: 6 });
    expect(chose.status).toBe(200);
    expect(areaOf(chose.body).poker).toEqual({
      roundId,
      startedAt: expect.any(String),
      myChoice: 6,
      otherHasChosen: false,
      revealedAt: null,
      revealed: null,
    });
    // The member sees that the leader chose — never what.
    const seen = (await member().get(`/api/delegation/${agreement.id}`)).body;
    expect(areaOf(seen).poker).toEqual({
      roundId,
      startedAt: expect.any(String),
      myChoice: null,
      otherHasChosen: true,
      revealedAt: null,
      revealed: null,
    });
    expect(areaOf(seen).history.map((e: any) => e.kind)).toEqual(['area_added']);
    expect(JSON.stringify(areaOf(seen).history)).not.toMatch(/"(leader|member)Level":\d/);
    const listed = (await member().get('/api/delegation')).body.items[0];
    expect(listed).toMatchObject({ id: agreement.id, waitingForMe: 1 });
    expect(listed).not.toHaveProperty('areas');

    // A choice can change until the reveal; the other still sees nothing of it.
    await leader().put(`${base}/poker/choice`, { level: 5 });
    expect(
      areaOf((await member().get(`/api/delegation/${agreement.id}`)).body).poker.myChoice,
    ).toBe(null);

    // The member chooses: both are revealed together, to both.
    const revealed = await member().put(`${base}/poker/choice`, { level: 3 });
    expect(revealed.status).toBe(200);
    const memberView = areaOf(revealed.body);
    const leaderView = areaOf((await leader().get(`/api/delegation/${agreement.id}`)).body);
    expect(memberView.poker).toMatchObject({
      myChoice: 3,
      otherHasChosen: true,
      revealed: { leader: 5, member: 3 },
      revealedAt: expect.any(String),
    });
    expect(leaderView.poker).toMatchObject({ myChoice: 5, revealed: { leader: 5, member: 3 } });
    expect(leaderView.poker.revealedAt).toBe(memberView.poker.revealedAt);
    expect(memberView.level).toBeNull();

    // Revealed choices are final for this round.
    const late = await leader().put(`${base}/poker/choice`, { level: 3 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('no_poker_round');

    // They differ: they talk, one proposes, the other confirms.
    const proposed = await member().post(`${base}/proposal`, { level: 4 });
    expect(areaOf(proposed.body).proposal).toMatchObject({
      level: 4,
      by: { name: 'Mo' },
      mine: true,
    });
    expect(
      areaOf((await leader().get(`/api/delegation/${agreement.id}`)).body).proposal,
    ).toMatchObject({ level: 4, mine: false });
    const own = await member().post(`${base}/proposal/confirm`, { level: 4 });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('own_proposal');
    const stale = await leader().post(`${base}/proposal/confirm`, { level: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('proposal_changed');
    const agreed = await leader().post(`${base}/proposal/confirm`, { level: 4 });
    expect(agreed.status).toBe(200);
    const area = areaOf(agreed.body);
    expect(area).toMatchObject({ level: 4, proposal: null });
    expect(
      area.history.map((e: any) => [e.kind, e.by?.name ?? null, e.level, e.fromLevel]),
    ).toEqual([
      ['area_added', 'Lea', null, null],
      ['revealed', null, null, null],
      ['proposed', 'Mo', 4, null],
      ['agreed', 'Lea', 4, null],
    ]);
    expect(area.history[1]).toMatchObject({ leaderLevel: 5, memberLevel: 3 });
    const none = await leader().post(`${base}/proposal/confirm`, { level: 4 });
    expect(none.body.error.code).toBe('no_proposal');
  });

  it('reveals exactly once when both choose at the same moment', async () => {
    const agreement = await newAgreement([{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
    for (const area of agreement.areas) {
      const base = `/api/delegation/${agreement.id}/areas/${area.id}`;
      const [a, b] = await Promise.all([
        leader().put(`${base}/poker/choice`, { level: 2 }),
        member().put(`${base}/poker/choice`, { level: 6 }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
    }
    const seen = (await member().get(`/api/delegation/${agreement.id}`)).body;
    for (const area of seen.areas) {
      expect(area.poker.revealed).toEqual({ leader: 2, member: 6 });
      expect(area.history.filter((e: any) => e.kind === 'revealed')).toHaveLength(1);
    }
  });

  it('re-runs poker, agrees at once when both choose the same card, and refuses proposals mid-round', async () => {
    const agreement = await newAgreement();
    const id = agreement.id;
    const base = `/api/delegation/${id}/areas/${areaOf(agreement).id}`;
    const busy = await leader().post(`${base}/proposal`, { level: 2 });
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('poker_in_progress');
    expect((await leader().post(`${base}/poker`)).body.error.code).toBe('poker_in_progress');

    await leader().put(`${base}/poker/choice`, { level: 2 });
    await member().put(`${base}/poker/choice`, { level: 4 });
    await leader().post(`${base}/proposal`, { level: 3 });
    // Re-running poker sets the proposal aside.
    const rerun = await member().post(`${base}/poker`);
    expect(rerun.status).toBe(200);
    expect(areaOf(rerun.body)).toMatchObject({
      proposal: null,
      poker: { myChoice: null, otherHasChosen: false, revealed: null },
    });
    await leader().put(`${base}/poker/choice`, { level: 4 });
    const same = await member().put(`${base}/poker/choice`, { level: 4 });
    expect(areaOf(same.body)).toMatchObject({
      level: 4,
      poker: { revealed: { leader: 4, member: 4 } },
    });
    expect(areaOf(same.body).history.map((e: any) => e.kind)).toEqual([
      'area_added',
      'revealed',
      'proposed',
      'proposal_withdrawn',
      'poker_started',
      'revealed',
      'agreed',
    ]);
    expect(areaOf(same.body).history.at(-1)).toMatchObject({ kind: 'agreed', by: null, level: 4 });
    const sameLevel = await member().post(`${base}/proposal`, { level: 4 });
    expect(sameLevel.status).toBe(400);
    expect(sameLevel.body.error.code).toBe('same_level');

    // Withdrawing a proposal, and declining the other's.
    await member().post(`${base}/proposal`, { level: 5 });
    const declined = await leader().delete(`${base}/proposal`);
    expect(areaOf(declined.body).proposal).toBeNull();
    expect((await leader().delete(`${base}/proposal`)).status).toBe(409);
  });

  it('plans transitions from the agreed level, marks them reached, cancels them, and refuses bad plans', async () => {
    const agreement = await newAgreement([{ title: 'Hiring' }, { title: 'Tools' }]);
    const id = agreement.id;
    const base = `/api/delegation/${id}/areas/${areaOf(agreement).id}`;
    const tools = `/api/delegation/${id}/areas/${areaOf(agreement, 1).id}`;

    const early = await leader().post(`${tools}/transitions`, { toLevel: 5, dueOn: inDays(60) });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('no_agreed_level');

    await leader().put(`${base}/poker/choice`, { level: 4 });
    await member().put(`${base}/poker/choice`, { level: 4 });
    const due = inDays(90);
    const planned = await member().post(`${base}/transitions`, { toLevel: 5, dueOn: due });
    expect(planned.status).toBe(201);
    expect(areaOf(planned.body).transitions).toEqual([
      expect.objectContaining({
        fromLevel: 4,
        toLevel: 5,
        dueOn: due,
        status: 'planned',
        createdBy: { id: cast.people.member.user.id, name: 'Mo' },
      }),
    ]);
    const later = await leader().post(`${base}/transitions`, { toLevel: 6, dueOn: inDays(200) });
    const laterId = areaOf(later.body).transitions[1].id;

    for (const [body, code] of [
      [{ toLevel: 4, dueOn: inDays(30) }, 'invalid_transition'],
      [{ toLevel: 5, dueOn: inDays(-1) }, 'invalid_transition'],
      [{ toLevel: 5, dueOn: inDays(-2000) }, 'invalid_transition'],
      [{ toLevel: 8, dueOn: inDays(30) }, 'validation_failed'],
      [{ toLevel: 0, dueOn: inDays(30) }, 'validation_failed'],
      [{ toLevel: 4.5, dueOn: inDays(30) }, 'validation_failed'],
      [{ toLevel: 5, dueOn: '2031-02-30' }, 'validation_failed'],
      [{ toLevel: 5, dueOn: 'next March' }, 'validation_failed'],
      [{ toLevel: 5 }, 'validation_failed'],
    ] as const) {
      const response = await leader().post(`${base}/transitions`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code, JSON.stringify(body)).toBe(code);
    }

    const cancelled = await leader().delete(`${base}/transitions/${laterId}`);
    expect(cancelled.status).toBe(200);
    expect(areaOf(cancelled.body).transitions.map((t: any) => t.toLevel)).toEqual([5]);
    expect((await leader().delete(`${base}/transitions/${laterId}`)).body.error.code).toBe(
      'transition_closed',
    );
    expect((await leader().delete(`${base}/transitions/nope`)).status).toBe(404);

    // Agreeing the target level reaches the plan.
    await leader().post(`${base}/proposal`, { level: 5 });
    const reached = areaOf((await member().post(`${base}/proposal/confirm`, { level: 5 })).body);
    expect(reached.level).toBe(5);
    expect(reached.transitions).toEqual([
      expect.objectContaining({ toLevel: 5, status: 'reached', closedAt: expect.any(String) }),
    ]);
    expect(reached.history.map((e: any) => e.kind).slice(-6)).toEqual([
      'transition_planned',
      'transition_planned',
      'transition_cancelled',
      'proposed',
      'agreed',
      'transition_reached',
    ]);
    expect(reached.history.at(-1)).toMatchObject({
      by: { name: 'Mo' },
      fromLevel: 4,
      level: 5,
      dueOn: due,
    });
  });

  it('lets either party archive it: both still read it, nobody changes it', async () => {
    const agreement = await newAgreement();
    const id = agreement.id;
    const area = `/api/delegation/${id}/areas/${areaOf(agreement).id}`;
    const archived = await member().post(`/api/delegation/${id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({
      canAct: false,
      archivedAt: expect.any(String),
      archivedBy: { name: 'Mo' },
    });
    expect(await cast.statuses((c) => c.get(`/api/delegation/${id}`))).toEqual(
      only(['leader', 'member']),
    );
    for (const response of [
      await leader().put(`${area}/poker/choice`, { level: 3 }),
      await leader().post(`/api/delegation/${id}/areas`, { title: 'More' }),
      await leader().patch(area, { note: 'x' }),
      await leader().post(`/api/delegation/${id}/archive`),
    ]) {
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('agreement_archived');
    }
    const list = (await leader().get('/api/delegation')).body.items;
    expect(list.find((a: any) => a.id === id)).toMatchObject({ canAct: false, waitingForMe: 0 });
  });

  it('adds and renames areas, and starts only between two people of one organization', async () => {
    const agreement = await newAgreement([]);
    const id = agreement.id;
    expect(agreement.areas).toEqual([]);
    const added = await member().post(`/api/delegation/${id}/areas`, {
      title: '  Team rituals  ',
      note: 'Stand-ups, retros',
    });
    expect(added.status).toBe(201);
    expect(added.body.areas).toEqual([
      expect.objectContaining({
        title: 'Team rituals',
        position: 0,
        poker: expect.objectContaining({ myChoice: null }),
      }),
    ]);
    const areaId = added.body.areas[0].id;
    const renamed = await leader().patch(`/api/delegation/${id}/areas/${areaId}`, {
      title: 'Rituals',
    });
    expect(renamed.body.areas[0]).toMatchObject({ title: 'Rituals', note: 'Stand-ups, retros' });
    expect((await leader().patch(`/api/delegation/${id}/areas/nope`, { title: 'x' })).status).toBe(
      404,
    );

    const start = (body: object) => leader().post('/api/delegation', body);
    const valid = {
      orgId: cast.orgId,
      colleagueId: cast.people.member.user.id,
      myRole: 'leader',
    };
    const twice = await start(valid);
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'agreement_exists', details: { id } });
    for (const [body, code] of [
      [{ ...valid, colleagueId: cast.people.outsider.user.id }, 'unknown_colleague'],
      [{ ...valid, colleagueId: cast.people.leader.user.id }, 'unknown_colleague'],
      [{ ...valid, colleagueId: 'nobody' }, 'unknown_colleague'],
      [{ ...valid, orgId: 'nope' }, 'unknown_colleague'],
      [{ ...valid, myRole: 'boss' }, 'validation_failed'],
      [{ ...valid, areas: [{ title: '' }] }, 'validation_failed'],
      [{ ...valid, areas: [{ title: 't'.repeat(201) }] }, 'validation_failed'],
      [{ ...valid, areas: [{ title: 't', note: 'n'.repeat(2001) }] }, 'validation_failed'],
      [
        { ...valid, areas: Array.from({ length: 51 }, () => ({ title: 't' })) },
        'validation_failed',
      ],
      [{ orgId: cast.orgId, myRole: 'leader' }, 'validation_failed'],
    ] as const) {
      const response = await start(body);
      expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(response.body.error.code).toBe(code);
    }
    // The outsider cannot start one with someone of an organization they are not in.
    const foreign = await cast.people.outsider.client.post('/api/delegation', {
      ...valid,
      colleagueId: cast.people.member.user.id,
    });
    expect(foreign.body.error.details.issues[0].path).toEqual(['orgId']);
    // The member can start one too, as the member, with another colleague.
    const asMember = await member().post('/api/delegation', {
      orgId: cast.orgId,
      colleagueId: cast.people.teamLeader.user.id,
      myRole: 'member',
      areas: [{ title: 'On-call' }],
    });
    expect(asMember.status).toBe(201);
    expect(asMember.body).toMatchObject({
      leader: { name: 'Tess' },
      member: { name: 'Mo' },
      myRole: 'member',
    });
    expect(
      (await cast.people.leader.client.get(`/api/delegation/${asMember.body.id}`)).status,
    ).toBe(404);
  });

  it('turns read-only for both when one of them leaves the organization, and goes when an account is deleted', async () => {
    const admin = cast.people.admin;
    const ada = await signedInClient(server, 'Ada');
    const ben = await signedInClient(server, 'Ben');
    await joinOrg(admin, cast.orgId, ada);
    await joinOrg(admin, cast.orgId, ben);
    const { body } = await ada.client.post('/api/delegation', {
      orgId: cast.orgId,
      colleagueId: ben.user.id,
      myRole: 'leader',
      areas: [{ title: 'Pricing' }],
    });
    const area = `/api/delegation/${body.id}/areas/${body.areas[0].id}`;
    expect((await ben.client.delete(`/api/orgs/${cast.orgId}/members/${ben.user.id}`)).status).toBe(
      204,
    );
    for (const client of [ada.client, ben.client]) {
      const read = await client.get(`/api/delegation/${body.id}`);
      expect(read.status).toBe(200);
      expect(read.body.canAct).toBe(false);
      const write = await client.put(`${area}/poker/choice`, { level: 2 });
      expect(write.status).toBe(409);
      expect(write.body.error.code).toBe('pair_apart');
    }
    expect((await admin.client.get(`/api/delegation/${body.id}`)).status).toBe(404);

    expect((await ada.client.delete('/api/me', { password: ada.person.password })).status).toBe(
      204,
    );
    expect((await ben.client.get(`/api/delegation/${body.id}`)).status).toBe(404);
    expect(
      await server.database.db
        .selectFrom('delegationAreas')
        .select('id')
        .where('agreementId', '=', body.id)
        .execute(),
    ).toEqual([]);
  });

  it('pages my agreements with a cursor, newest first, archived ones too', async () => {
    for (let i = 0; i < 4; i++) await newAgreement([{ title: `Area ${i}` }]);
    const ids = await expectPagedLikeWhole(member(), '/api/delegation', 2);
    const sorted = ids.map((a: any) => a.id);
    expect(sorted).toEqual([...sorted].sort().reverse());
    expect((await member().get('/api/delegation?cursor=nonsense')).status).toBe(400);
  });
});
