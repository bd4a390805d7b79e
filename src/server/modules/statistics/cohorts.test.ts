import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWholeOrgDashboard } from '../../../../test-support/dashboard';
import { databaseKinds } from '../../../../test-support/databases';
import { joinOrg, type Person } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

const SUPPRESSED = { value: null, suppressed: true };
const shown = (value: number) => ({ value, suppressed: false });

/** A program running now, so it meets the default period. */
function runningNow() {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return { startDate: day(-7), endDate: day(49) };
}

describe.each(databaseKinds())('program cohorts on the dashboard on %s', (kind) => {
  // k = 5. Admin + P1…P15 contribute (16); P16 does not. Program X: P1…P10 and P16; program Y:
  // P1…P7 (X minus 3); team T: P1…P8 (X minus 2). P11…P15 and the admin take no seat.
  let server: TestServer;
  let admin: Person;
  let people: Person[];
  let orgId: string;
  let teamId: string;
  const programs = { X: '', Y: '' };

  const dashboard = (): Promise<any> => readWholeOrgDashboard(admin.client, orgId);
  const cohort = (body: any, name: keyof typeof programs) =>
    body.cohorts.find((c: any) => c.id === programs[name]);

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await signedInClient(server, 'Admin');
    orgId = (await admin.client.post('/api/orgs', { name: 'Cohorts' })).body.id;
    people = [];
    for (let i = 1; i <= 16; i += 1) {
      const person = await signedInClient(server, `P${i}`);
      await joinOrg(admin, orgId, person);
      people.push(person);
    }
    for (const [i, person] of [admin, ...people].entries()) {
      await person.client.put(`/api/orgs/${orgId}/consent`, { contributeStatistics: i <= 15 });
    }
    teamId = (await admin.client.post(`/api/orgs/${orgId}/teams`, { name: 'T' })).body.id;
    for (const person of people.slice(0, 8)) {
      await admin.client.put(`/api/teams/${teamId}/members/${person.user.id}`, { role: 'member' });
    }
    for (const [name, members] of [
      ['X', [...people.slice(0, 10), people[15]!]],
      ['Y', people.slice(0, 7)],
    ] as const) {
      const created = await admin.client.post(`/api/orgs/${orgId}/programs`, {
        title: `Program ${name}`,
        seats: 20,
        ...runningNow(),
      });
      expect(created.status).toBe(201);
      programs[name] = created.body.id;
      for (const person of members) {
        const enrolled = await person.client.post(`/api/programs/${created.body.id}/enrollments`);
        expect(enrolled.body.status).toBe('enrolled');
      }
    }
  });
  afterAll(() => server.close());

  it('shows a cohort of 10 with its enrollment and retention, and suppresses a cohort and a team within fewer than k of it', async () => {
    const body = await dashboard();
    expect(body.programs.map((p: any) => p.title).sort()).toEqual(['Program X', 'Program Y']);
    expect(body.org).toMatchObject({ contributors: 16, suppressed: false });
    // The one who does not contribute is in no figure: X counts 10, not 11.
    expect(body.org.figures.programEnrollment).toEqual(shown(10));
    expect(body.org.figures.programRetention).toEqual(shown(10));
    expect(cohort(body, 'X')).toMatchObject({
      name: 'Program X',
      suppressed: false,
      contributors: 10,
    });
    expect(cohort(body, 'X').figures.programEnrollment).toEqual(shown(10));
    expect(cohort(body, 'X').figures.programRetention).toEqual(shown(10));
    // Y is X minus 3 people and T is X minus 2: either beside X would single them out.
    expect(cohort(body, 'Y')).toMatchObject({ suppressed: true, contributors: null });
    expect(cohort(body, 'Y').figures.programEnrollment).toEqual(SUPPRESSED);
    expect(body.teams[0]).toMatchObject({ id: teamId, suppressed: true, contributors: null });
    // A team member sees their team as the same decision shows it.
    const asMember = await people[0]!.client.get(`/api/teams/${teamId}/dashboard`);
    expect(asMember.body.team).toEqual(body.teams[0]);
  });

  it('never lets one person who left be counted out: retention goes, enrollment stays', async () => {
    const left = await people[0]!.client.delete(`/api/programs/${programs.Y}/enrollments/me`);
    expect(left.status).toBe(204);
    const body = await dashboard();
    expect(body.org.figures.programEnrollment).toEqual(shown(10));
    expect(body.org.figures.programRetention).toEqual(SUPPRESSED);
    expect(cohort(body, 'X')).toMatchObject({ suppressed: false, contributors: 10 });
    expect(cohort(body, 'X').figures.programRetention).toEqual(SUPPRESSED);
    // Opting out leaves the cohort at once: 9 then, still at least k.
    await people[9]!.client.put(`/api/orgs/${orgId}/consent`, { contributeStatistics: false });
    const after = await dashboard();
    expect(cohort(after, 'X')).toMatchObject({ suppressed: false, contributors: 9 });
    expect(after.org.figures.programEnrollment).toEqual(shown(9));
  });
});
