import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEARNING_THEMES } from '../../../contracts/dashboard';
import { addDays } from '../../../core/calendar';
import { readWholeOrgDashboard } from '../../../../test-support/dashboard';
import { databaseKinds } from '../../../../test-support/databases';
import { joinOrg, type Person } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { recordLearningThemes } from './learning-themes';

const today = () => new Date().toISOString().slice(0, 10);
type Figure = { theme: string; value: number | null; suppressed: boolean };
const themeOf = (group: { figures: { learningHoursByTheme: Figure[] } }, theme: string) =>
  group.figures.learningHoursByTheme.find((f) => f.theme === theme);

/**
 * Learning hours by theme (decision 0046), through the API: the theme is the life domain of the
 * aspirations an item serves, kept in its rollup as learning, links and domains change, and each
 * theme a cell decided on its own — fewer than k people, or a difference of fewer than k, no figure.
 */
describe.each(databaseKinds())('learning hours by theme on %s', (kind) => {
  let server: TestServer;
  let admin: Person;
  let people: Person[];
  let orgId: string;
  let teamId: string;
  const aspirations: string[] = [];
  const items: string[] = [];

  const dashboard = async () => {
    // Activity shows once the kept decision is older than its bound (decision 0051): these
    // tests read the figures of now, so they date the kept one back past it first.
    await server.database.db
      .updateTable('dashboardAnswers')
      .set({ computedAt: '2000-01-01T00:00:00.000Z' })
      .where('orgId', '=', orgId)
      .execute();
    return readWholeOrgDashboard(admin.client, orgId) as Promise<any>;
  };
  const stored = (userId: string) =>
    server.database.db
      .selectFrom('statisticsLearningThemes')
      .select(['week', 'theme', 'minutes'])
      .where('userId', '=', userId)
      .orderBy('week')
      .orderBy('theme')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await signedInClient(server, 'Admin');
    people = [];
    for (let i = 1; i <= 9; i += 1) people.push(await signedInClient(server, `P${i}`));
    orgId = (await admin.client.post('/api/orgs', { name: 'Themes' })).body.id;
    teamId = (await admin.client.post(`/api/orgs/${orgId}/teams`, { name: 'T' })).body.id;
    for (const [i, person] of people.entries()) {
      await joinOrg(admin, orgId, person);
      if (i < 5) {
        const added = await admin.client.put(`/api/teams/${teamId}/members/${person.user.id}`, {
          role: 'member',
        });
        expect(added.status).toBe(200);
      }
    }
    for (const person of [admin, ...people]) {
      await person.client.put(`/api/orgs/${orgId}/consent`, { contributeStatistics: true });
    }
    // Team T is P1…P5; the admin, P6…P9 are outside it (5, so T may show beside the whole).
    // P1…P6 learn for a career aspiration (an hour each, P6 two); P7 for no aspiration.
    for (const [i, person] of people.slice(0, 7).entries()) {
      const aspiration =
        i < 6
          ? await person.client.post('/api/aspirations', {
              title: 'Coach, not fix',
              domain: 'career',
              vision: 'I ask before I advise.',
              visionLevel: 8,
            })
          : null;
      if (aspiration) expect(aspiration.status).toBe(201);
      aspirations.push(aspiration?.body.id ?? '');
      const item = await person.client.post('/api/learning', {
        kind: 'book',
        title: 'A book',
        aspirationIds: aspiration ? [aspiration.body.id] : [],
      });
      expect(item.status).toBe(201);
      items.push(item.body.id);
      const logged = await person.client.post(`/api/learning/${item.body.id}/sessions`, {
        date: today(),
        hours: i === 5 ? 2 : 1,
      });
      expect(logged.status).toBe(201);
    }
  });
  afterAll(() => server.close());

  it('shows the organization’s career hours and hides the team’s (1 person apart) and themes under k', async () => {
    const body = await dashboard();
    expect(themeOf(body.org, 'career')).toEqual({ theme: 'career', value: 7, suppressed: false });
    expect(themeOf(body.org, 'none')).toEqual({ theme: 'none', value: null, suppressed: true });
    expect(themeOf(body.org, 'health')).toEqual({ theme: 'health', value: null, suppressed: true });
    const team = body.teams.find((t: { id: string }) => t.id === teamId);
    expect(team.suppressed).toBe(false);
    expect(themeOf(team, 'career')).toEqual({ theme: 'career', value: null, suppressed: true });
    expect(body.org.figures.learningHoursByTheme.map((f: Figure) => f.theme)).toEqual([
      ...LEARNING_THEMES,
    ]);
  });

  it('follows an aspiration’s new domain and an item that stops serving it, as the rollup recomputed', async () => {
    const p6 = people[5]!;
    const moved = await p6.client.patch(`/api/aspirations/${aspirations[5]}`, { domain: 'health' });
    expect(moved.status).toBe(200);
    const week = (await stored(p6.user.id)).map((r) => r.week)[0]!;
    expect(await stored(p6.user.id)).toEqual([{ week, theme: 'health', minutes: 120 }]);
    // P1…P5 are the team now on both sides: the same five, so both show.
    const body = await dashboard();
    expect(themeOf(body.org, 'career')).toEqual({ theme: 'career', value: 5, suppressed: false });
    const team = body.teams.find((t: { id: string }) => t.id === teamId);
    expect(themeOf(team, 'career')).toEqual({ theme: 'career', value: 5, suppressed: false });

    const p1 = people[0]!;
    const unlinked = await p1.client.patch(`/api/learning/${items[0]}`, { aspirationIds: [] });
    expect(unlinked.status).toBe(200);
    expect(await stored(p1.user.id)).toEqual([{ week, theme: 'none', minutes: 60 }]);
    const after = await dashboard();
    expect(themeOf(after.org, 'career')).toEqual({
      theme: 'career',
      value: null,
      suppressed: true,
    });

    // What the writes kept equals the rollup computed again from the rows.
    for (const person of people) {
      const kept = await stored(person.user.id);
      await server.database.db
        .transaction()
        .execute((trx) =>
          recordLearningThemes(trx, person.user.id, addDays(today(), -7 * 53), today()),
        );
      expect(await stored(person.user.id)).toEqual(kept);
    }
  });

  it('drops the learning of a person who opts out', async () => {
    await people[0]!.client.patch(`/api/learning/${items[0]}`, {
      aspirationIds: [aspirations[0]],
    });
    expect(themeOf((await dashboard()).org, 'career')?.value).toBe(5);
    await people[1]!.client.put(`/api/orgs/${orgId}/consent`, { contributeStatistics: false });
    expect(themeOf((await dashboard()).org, 'career')).toEqual({
      theme: 'career',
      value: null,
      suppressed: true,
    });
  });
});
