import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../../core/calendar';
import { readWholeOrgDashboard } from '../../../../test-support/dashboard';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import { joinOrg, orgMatrix, type Person } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

const today = () => new Date().toISOString().slice(0, 10);

/** Every figure of a group, flattened: [metric, cell, figure]. */
function figuresOf(group: any): [string, string, { value: number | null; suppressed: boolean }][] {
  return Object.entries(group.figures).flatMap(([metric, value]: [string, any]) =>
    Array.isArray(value)
      ? value.map((f: any): [string, string, any] => [metric, f.week ?? f.bucket ?? f.kind, f])
      : [[metric, '', value]],
  );
}

const weekOf = (group: any, metric: string, week: string) =>
  group.figures[metric].find((f: any) => f.week === week);

describe.each(databaseKinds())('anonymous statistics on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  describe('who may see what', () => {
    it('lets admins and facilitators see the organization’s dashboard and members their team’s', async () => {
      const m = await orgMatrix(server);
      const orgDashboard = (c: HttpClient) => c.get(`/api/orgs/${m.orgId}/dashboard`);
      expect(await m.statuses(orgDashboard)).toEqual({
        ...m.only(['admin', 'facilitator'], 200, 403),
        outsider: 404,
      });
      // Choosing a team's figures changes nothing of who may see them.
      const teamFigures = (c: HttpClient) =>
        c.get(`/api/orgs/${m.orgId}/dashboard?group=${m.teamId}`);
      expect(await m.statuses(teamFigures)).toEqual({
        ...m.only(['admin', 'facilitator'], 200, 403),
        outsider: 404,
      });
      const teamDashboard = (c: HttpClient) => c.get(`/api/teams/${m.teamId}/dashboard`);
      expect(await m.statuses(teamDashboard)).toEqual({
        ...m.only(['author', 'teammate', 'leader'], 200, 403),
        outsider: 404,
      });
      const consent = (c: HttpClient) => c.get(`/api/orgs/${m.orgId}/consent`);
      expect(await m.statuses(consent)).toEqual(
        m.only(['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin']),
      );
      const choose = (c: HttpClient) =>
        c.put(`/api/orgs/${m.orgId}/consent`, { contributeStatistics: false });
      expect(await m.statuses(choose)).toEqual(
        m.only(['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin']),
      );
    });

    it('keeps each person’s choice, false and "not asked yet" until they choose', async () => {
      const m = await orgMatrix(server);
      const mine = await m.people.author.client.get(`/api/orgs/${m.orgId}/consent`);
      expect(mine.body).toMatchObject({
        orgId: m.orgId,
        orgName: 'Lab',
        contributeStatistics: false,
        asked: false,
        decidedAt: null,
        k: 5,
      });
      const chosen = await m.people.author.client.put(`/api/orgs/${m.orgId}/consent`, {
        contributeStatistics: true,
      });
      expect(chosen.body).toMatchObject({ contributeStatistics: true, asked: true });
      // The choice is the author's alone: nobody else's changes.
      const other = await m.people.teammate.client.get(`/api/orgs/${m.orgId}/consent`);
      expect(other.body).toMatchObject({ contributeStatistics: false, asked: false });
      const bad = await m.people.author.client.put(`/api/orgs/${m.orgId}/consent`, {
        contributeStatistics: 'yes',
      });
      expect(bad.status).toBe(400);
    });

    it('refuses a period longer than 12 months or backwards', async () => {
      const m = await orgMatrix(server);
      const long = await m.people.admin.client.get(
        `/api/orgs/${m.orgId}/dashboard?from=2025-01-01&to=2026-06-01`,
      );
      expect(long.status).toBe(400);
      const backwards = await m.people.admin.client.get(
        `/api/orgs/${m.orgId}/dashboard?from=2026-06-01&to=2026-05-01`,
      );
      expect(backwards.status).toBe(400);
    });
  });

  describe('a crafted organization', () => {
    // Admin + P1…P12, all opted in (13 contributors). A = P1…P7 (7), S = P1…P5 inside A (5),
    // B = P8…P12 (5), C = P6, P7 (2). k = 5.
    let admin: Person;
    let people: Person[];
    let orgId: string;
    const teams: Record<'A' | 'S' | 'B' | 'C', string> = { A: '', S: '', B: '', C: '' };
    const week = isoWeekOf(today());

    const dashboard = (client = admin.client): Promise<any> => readWholeOrgDashboard(client, orgId);
    const groupOf = (body: any, name: keyof typeof teams) =>
      body.teams.find((t: any) => t.id === teams[name]);

    beforeAll(async () => {
      admin = await signedInClient(server, 'Admin');
      people = [];
      for (let i = 1; i <= 12; i += 1) people.push(await signedInClient(server, `P${i}`));
      orgId = (await admin.client.post('/api/orgs', { name: 'Crafted' })).body.id;
      for (const person of people) await joinOrg(admin, orgId, person);
      const members: Record<keyof typeof teams, number[]> = {
        A: [0, 1, 2, 3, 4, 5, 6],
        S: [0, 1, 2, 3, 4],
        B: [7, 8, 9, 10, 11],
        C: [5, 6],
      };
      for (const name of ['A', 'S', 'B', 'C'] as const) {
        teams[name] = (await admin.client.post(`/api/orgs/${orgId}/teams`, { name })).body.id;
        for (const i of members[name]) {
          const added = await admin.client.put(
            `/api/teams/${teams[name]}/members/${people[i]!.user.id}`,
            { role: 'member' },
          );
          expect(added.status).toBe(200);
        }
      }
      for (const person of [admin, ...people]) {
        const put = await person.client.put(`/api/orgs/${orgId}/consent`, {
          contributeStatistics: true,
        });
        expect(put.status).toBe(200);
      }
      // This week: P1…P5 write a reflection; P8…P10 check in (3 people, under k).
      for (const person of people.slice(0, 5)) {
        const made = await person.client.post('/api/reflections', {
          kind: 'free',
          body: 'A few lines.',
        });
        expect(made.status).toBe(201);
      }
      for (const person of people.slice(7, 10)) {
        const practice = await person.client.post('/api/practices', {
          name: 'Walk',
          schedule: { type: 'daily' },
        });
        expect(practice.status).toBe(201);
        const done = await person.client.put(
          `/api/practices/${practice.body.id}/checkins/${today()}`,
          { status: 'done' },
        );
        expect(done.status).toBe(200);
      }
    });

    it('suppresses a sub-team of 5 inside a team of 7, a team that the organization total would single out, and a team under k', async () => {
      const body = await dashboard();
      expect(body.k).toBe(5);
      expect(body.weeks).toHaveLength(52);
      expect(body.weeks.at(-1)).toBe(week);
      expect(body.org).toMatchObject({ id: orgId, name: 'Crafted', suppressed: false });
      expect(body.org.contributors).toBe(13);
      expect(groupOf(body, 'A')).toMatchObject({ suppressed: false, contributors: 7 });
      // A − S = 2 people; org − A − B = the admin alone; C has 2.
      for (const name of ['S', 'B', 'C'] as const) {
        const group = groupOf(body, name);
        expect(group, name).toMatchObject({ suppressed: true, contributors: null });
        for (const [metric, cell, figure] of figuresOf(group)) {
          expect(figure, `${name} ${metric} ${cell}`).toMatchObject({
            value: null,
            suppressed: true,
          });
        }
      }
    });

    it('shows a week of 5 reflecting people and suppresses a week of 3 checking in, and empty weeks, never as 0', async () => {
      const body = await dashboard();
      expect(weekOf(body.org, 'reflections', week)).toEqual({
        week,
        value: 5,
        suppressed: false,
      });
      expect(weekOf(body.org, 'checkIns', week)).toEqual({ week, value: null, suppressed: true });
      expect(weekOf(body.org, 'activePractitioners', week)).toEqual({
        week,
        value: 8,
        suppressed: false,
      });
      // No figure anywhere in the answer is a zero standing for "fewer than k".
      for (const group of [body.org, ...body.teams]) {
        for (const [metric, cell, figure] of figuresOf(group)) {
          if (figure.suppressed) expect(figure.value, `${metric} ${cell}`).toBeNull();
          else expect(figure.value, `${metric} ${cell}`).not.toBe(0);
        }
      }
      const earlier = body.weeks[0];
      expect(weekOf(body.org, 'reflections', earlier)).toEqual({
        week: earlier,
        value: null,
        suppressed: true,
      });
      expect(body.org.figures.programEnrollment).toEqual({ value: null, suppressed: true });
    });

    it('answers every group and the figures of the chosen one only: 404 for a group not in it, 400 malformed', async () => {
      const whole = await dashboard();
      const url = `/api/orgs/${orgId}/dashboard`;
      const first = await admin.client.get(url);
      expect(first.body.group).toEqual(whole.org);
      expect(first.body.org).toEqual({
        id: orgId,
        name: 'Crafted',
        suppressed: false,
        contributors: 13,
      });
      for (const group of [first.body.org, ...first.body.teams]) {
        expect(group).not.toHaveProperty('figures');
      }
      const a = await admin.client.get(`${url}?group=${teams.A}`);
      expect(a.status).toBe(200);
      expect(a.body.group).toEqual(groupOf(whole, 'A'));
      expect(a.body.group.figures.reflections.length).toBe(52);
      expect({ ...a.body, group: null }).toEqual({ ...first.body, group: null });
      // A team of another organization is not a group of this answer.
      const otherOrg = (await admin.client.post('/api/orgs', { name: 'Other' })).body.id;
      const otherTeam = (await admin.client.post(`/api/orgs/${otherOrg}/teams`, { name: 'X' })).body
        .id;
      for (const group of [otherTeam, otherOrg, 'no-such-group']) {
        const missing = await admin.client.get(`${url}?group=${group}`);
        expect(missing.status, group).toBe(404);
        expect(missing.body.error).toMatchObject({ code: 'not_found' });
      }
      for (const query of ['?group=', `?group=${'x'.repeat(65)}`]) {
        const malformed = await admin.client.get(`${url}${query}`);
        expect(malformed.status, query).toBe(400);
      }
    });

    it('keeps a team’s own dashboard as the organization-wide decision shows it', async () => {
      const body = await dashboard();
      const asA = await people[5]!.client.get(`/api/teams/${teams.A}/dashboard`);
      expect(asA.status).toBe(200);
      expect(asA.body).toEqual({
        computedAt: body.computedAt,
        k: 5,
        weeks: body.weeks,
        programs: [],
        team: groupOf(body, 'A'),
      });
      const asS = await people[0]!.client.get(`/api/teams/${teams.S}/dashboard`);
      expect(asS.body.team).toEqual(groupOf(body, 'S'));
      expect(asS.body.team.suppressed).toBe(true);
    });

    it('drops a person who opts out from the very next answer', async () => {
      const before = await dashboard();
      expect(before.org.contributors).toBe(13);
      const out = await people[0]!.client.put(`/api/orgs/${orgId}/consent`, {
        contributeStatistics: false,
      });
      expect(out.body).toMatchObject({ contributeStatistics: false, asked: true });
      const after = await dashboard();
      expect(after.org.contributors).toBe(12);
      // 4 reflecting people now: under k, so the week shows nothing rather than 4.
      expect(weekOf(after.org, 'reflections', week)).toEqual({
        week,
        value: null,
        suppressed: true,
      });
      await people[0]!.client.put(`/api/orgs/${orgId}/consent`, { contributeStatistics: true });
      expect((await dashboard()).org.contributors).toBe(13);
    });

    it('applies a raised k, and never one below 3', async () => {
      const raised = await admin.client.patch(`/api/orgs/${orgId}`, { minGroupSize: 8 });
      expect(raised.status).toBe(200);
      const body = await dashboard();
      expect(body.k).toBe(8);
      expect(groupOf(body, 'A')).toMatchObject({ suppressed: true, contributors: null });
      const facilitatorView = await dashboard();
      expect(facilitatorView.org.contributors).toBe(13);
      const tooLow = await admin.client.patch(`/api/orgs/${orgId}`, { minGroupSize: 2 });
      expect(tooLow.status).toBe(400);
      await admin.client.patch(`/api/orgs/${orgId}`, { minGroupSize: 5 });
    });
  });
});
