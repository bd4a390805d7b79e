import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../core/calendar';
import { readWholeOrgDashboard } from '../../../../test-support/dashboard';
import { databaseKinds } from '../../../../test-support/databases';
import { orgMatrix, type OrgMatrix } from '../../../../test-support/org-matrix';
import { startTestServer, type TestServer } from '../../../../test-support/server';
import { dashboardGeneration, keepDecision } from '../../db/kept-dashboards';
import { KEPT_DASHBOARD_MS } from './queries';

const today = () => new Date().toISOString().slice(0, 10);
const CONTRIBUTORS = ['admin', 'author', 'orgMember', 'teammate', 'leader', 'facilitator'] as const;

/**
 * The kept dashboard decision (decision 0051): served again while fresh, decided again when
 * older than `KEPT_DASHBOARD_MS`, and forgotten in the same transaction by every change of who
 * counts, so the next dashboard never shows the people who counted before it.
 */
describe.each(databaseKinds())('the kept dashboard decision on %s', (kind) => {
  let server: TestServer;
  let m: OrgMatrix;

  beforeAll(async () => {
    server = await startTestServer(kind);
    m = await orgMatrix(server);
    for (const who of CONTRIBUTORS) {
      const put = await m.people[who].client.put(`/api/orgs/${m.orgId}/consent`, {
        contributeStatistics: true,
      });
      expect(put.status).toBe(200);
    }
  });
  afterAll(() => server.close());

  const db = () => server.database.db;
  const dashboard = (): Promise<any> => readWholeOrgDashboard(m.people.admin.client, m.orgId);
  const keptRowCount = async () =>
    (
      await db()
        .selectFrom('dashboardAnswers')
        .select('groupId')
        .where('orgId', '=', m.orgId)
        .execute()
    ).length;
  const age = (ms: number) =>
    db()
      .updateTable('dashboardAnswers')
      .set({ computedAt: new Date(Date.now() - ms).toISOString() })
      .where('orgId', '=', m.orgId)
      .execute();

  it('serves the kept decision, to the team dashboard too, through activity until it is too old', async () => {
    await age(KEPT_DASHBOARD_MS + 1000);
    const first = await dashboard();
    expect(first.org.contributors).toBe(6);
    // The head and a row per group: the organization and the team Ops.
    expect(await keptRowCount()).toBe(1 + 1 + first.teams.length + first.cohorts.length);
    const team = await m.people.author.client.get(`/api/teams/${m.teamId}/dashboard`);
    expect(team.body.computedAt).toBe(first.computedAt);
    expect(team.body.team).toEqual(first.teams.find((t: any) => t.id === m.teamId));

    // Activity only makes it stale: served as it was, with when it was computed.
    for (const who of CONTRIBUTORS.slice(0, 5)) {
      const made = await m.people[who].client.post('/api/reflections', {
        kind: 'free',
        body: 'A few lines.',
      });
      expect(made.status).toBe(201);
    }
    const kept = await dashboard();
    expect(kept).toEqual(first);
    const shown = (body: any) =>
      body.org.figures.reflections.find((w: any) => w.week === body.weeks.at(-1));
    expect(shown(kept).value).toBeNull();

    await age(KEPT_DASHBOARD_MS + 1000);
    const again = await dashboard();
    expect(again.computedAt > first.computedAt).toBe(true);
    expect(shown(again)).toMatchObject({ value: 5, suppressed: false });
  });

  /** Reads the dashboard (kept), makes the change, and finds nothing kept any more. */
  async function forgets(change: () => Promise<{ status: number; body?: unknown }>) {
    const before = await dashboard();
    expect(await keptRowCount()).toBeGreaterThan(0);
    const generation = await dashboardGeneration(db(), m.orgId);
    const done = await change();
    expect(done.status, JSON.stringify(done.body)).toBeLessThan(300);
    expect(await keptRowCount()).toBe(0);
    expect(await dashboardGeneration(db(), m.orgId)).toBeGreaterThan(generation);
    const after = await dashboard();
    expect(after.computedAt >= before.computedAt).toBe(true);
    return { before, after };
  }

  it('forgets it when someone withdraws their consent or gives it', async () => {
    const { after } = await forgets(() =>
      m.people.orgMember.client.put(`/api/orgs/${m.orgId}/consent`, {
        contributeStatistics: false,
      }),
    );
    expect(after.org.contributors).toBe(5);
    const back = await forgets(() =>
      m.people.orgMember.client.put(`/api/orgs/${m.orgId}/consent`, { contributeStatistics: true }),
    );
    expect(back.after.org.contributors).toBe(6);
  });

  it('forgets it when a team is made, renamed, or gains or loses a member', async () => {
    const made = await forgets(() =>
      m.people.admin.client.post(`/api/orgs/${m.orgId}/teams`, { name: 'New' }),
    );
    const team = made.after.teams.find((t: any) => t.name === 'New');
    expect(team).toBeDefined();
    const renamed = await forgets(() =>
      m.people.admin.client.patch(`/api/teams/${team.id}`, { name: 'Renamed' }),
    );
    expect(renamed.after.teams.map((t: any) => t.name)).toContain('Renamed');
    await forgets(() =>
      m.people.admin.client.put(`/api/teams/${team.id}/members/${m.people.orgMember.user.id}`, {
        role: 'member',
      }),
    );
    await forgets(() =>
      m.people.admin.client.delete(`/api/teams/${team.id}/members/${m.people.orgMember.user.id}`),
    );
  });

  it('forgets it when the organization’s k changes', async () => {
    const { after } = await forgets(() =>
      m.people.admin.client.patch(`/api/orgs/${m.orgId}`, { minGroupSize: 6 }),
    );
    expect(after.k).toBe(6);
    await forgets(() => m.people.admin.client.patch(`/api/orgs/${m.orgId}`, { minGroupSize: 5 }));
  });

  it('forgets it when a program is made or changed, and when someone takes or gives up a seat', async () => {
    const made = await forgets(() =>
      m.people.facilitator.client.post(`/api/orgs/${m.orgId}/programs`, {
        title: 'Foundations',
        startDate: addDays(today(), -14),
        endDate: addDays(today(), 14),
        seats: 10,
      }),
    );
    const programId = (made.after.programs as { id: string; title: string }[]).find(
      (p) => p.title === 'Foundations',
    )?.id;
    expect(programId).toBeDefined();
    const retitled = await forgets(() =>
      m.people.facilitator.client.patch(`/api/programs/${programId}`, { title: 'Basics' }),
    );
    expect(retitled.after.programs.map((p: any) => p.title)).toContain('Basics');
    await forgets(() => m.people.author.client.post(`/api/programs/${programId}/enrollments`));
    await forgets(() => m.people.author.client.delete(`/api/programs/${programId}/enrollments/me`));
  });

  it('forgets it when someone leaves the organization', async () => {
    const { after } = await forgets(() =>
      m.people.admin.client.delete(`/api/orgs/${m.orgId}/members/${m.people.orgMember.user.id}`),
    );
    expect(after.org.contributors).toBe(5);
  });

  it('keeps nothing decided while who counts changed', async () => {
    const generation = await dashboardGeneration(db(), m.orgId);
    await age(KEPT_DASHBOARD_MS + 1000);
    const row = { groupId: '', body: '{}' };
    const keep = (at: number) =>
      keepDecision(db(), {
        orgId: m.orgId,
        generation: at,
        period: 'a/b',
        computedAt: new Date().toISOString(),
        olderThan: new Date(Date.now() - KEPT_DASHBOARD_MS).toISOString(),
        rows: [row],
      });
    const ofPeriod = async () =>
      (
        await db()
          .selectFrom('dashboardAnswers')
          .select('period')
          .where('orgId', '=', m.orgId)
          .execute()
      ).map((r) => r.period);
    expect(await keep(generation - 1)).toBe(false);
    expect(await ofPeriod()).not.toContain('a/b');
    // Kept at the generation now, it takes the place of what was computed too long ago.
    expect(await keep(generation)).toBe(true);
    expect(await ofPeriod()).toEqual(['a/b']);
  });
});
