import { describe, expect, it } from 'vitest';
import { addAspiration, addOrganization, addTeam, setTeamRole, today } from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { api, heading, look, lookIn, OTHER_LOOKS } from './support/flows';

const e2e = useE2e('dashboard');

/**
 * North Star Lab: Ada the admin and five members, all contributing, the five of them writing a
 * reflection this week; the team Pair holds two of them (fewer than k = 5).
 */
async function lab() {
  const admin = await e2e.signedIn({ name: 'Ada Admin' });
  const members: SignedIn[] = [];
  for (const name of ['Bo', 'Cy', 'Di', 'Ed', 'Flo']) members.push(await e2e.signedIn({ name }));
  const orgId = await addOrganization(admin, 'North Star Lab', members);
  const teamId = await addTeam(admin.page, orgId, 'Pair');
  for (const member of members.slice(0, 2)) {
    await setTeamRole(admin.page, teamId, member.id, 'member');
  }
  for (const person of [admin, ...members]) {
    await api(person.page, 'PUT', `/api/orgs/${orgId}/consent`, { contributeStatistics: true });
  }
  for (const member of members) {
    await api(member.page, 'POST', '/api/reflections', { kind: 'free', body: 'A few lines.' });
  }
  return { admin, members, orgId, teamId };
}

describe('anonymous dashboard', () => {
  it('asks a member once, in plain words, and shows what the organization sees', async () => {
    const admin = await e2e.signedIn({ name: 'Ada Admin' });
    const member = await e2e.signedIn({ name: 'Bo Member' });
    const orgId = await addOrganization(admin, 'North Star Lab', [member]);
    const { page } = member;
    await page.goto(`/orgs/${orgId}`);
    const question = page.getByText('May your activity count, anonymously, in the statistics');
    await expect.poll(() => question.isVisible()).toBe(true);
    await look(page, 'statistics-question');
    await page.getByRole('button', { name: 'Yes, count me in' }).click();
    await expect.poll(() => question.isVisible()).toBe(false);

    await page.getByRole('link', { name: 'What my organization sees' }).click();
    await heading(page, 'What my organization sees');
    await expect
      .poll(() => page.getByText('Your activity counts in the anonymous totals.').isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByText(/None of these figures is about you alone/).isVisible())
      .toBe(true);
    await look(page, 'statistics-sees');
    await page.getByRole('button', { name: 'Stop contributing' }).click();
    await expect
      .poll(() => page.getByText('Your activity does not count in any figure.').isVisible())
      .toBe(true);
    const consent = await api<{ contributeStatistics: boolean }>(
      page,
      'GET',
      `/api/orgs/${orgId}/consent`,
    );
    expect(consent.contributeStatistics).toBe(false);
  });

  it('shows suppressed cells for a small team as "fewer than k people", never as zero', async () => {
    const { admin, members, orgId, teamId } = await lab();
    const { page } = admin;
    await page.goto(`/orgs/${orgId}`);
    await page.getByRole('link', { name: 'Anonymous dashboard' }).click();
    await heading(page, 'Anonymous dashboard');
    const groups = page.getByRole('table', { name: 'Who is counted' });
    await expect
      .poll(() => groups.getByRole('row', { name: /All of North Star Lab 6/ }).isVisible())
      .toBe(true);
    await expect
      .poll(() => groups.getByRole('row', { name: 'Pair fewer than 5 people' }).isVisible())
      .toBe(true);
    await look(page, 'dashboard-org');

    // This week's reflections (5 people) show; the weeks before show "fewer than 5 people".
    await page.getByText('Show as a table').nth(1).click();
    const table = page.getByRole('table', { name: 'Reflections, as numbers' });
    const rows = table.getByRole('row');
    await expect.poll(() => rows.last().textContent()).toMatch(/5$/);
    await expect.poll(() => rows.nth(1).textContent()).toMatch(/fewer than 5 people$/);

    await page.getByLabel('Show figures of').selectOption({ label: 'Pair' });
    await expect
      .poll(() => page.getByText(/This group has too few people contributing/).isVisible())
      .toBe(true);
    await look(page, 'dashboard-team-suppressed');

    // The team's own page shows its members the same decision.
    await members[0]!.page.goto(`/teams/${teamId}`);
    await expect
      .poll(() =>
        members[0]!.page.getByText(/Too few members contribute for any figure/).isVisible(),
      )
      .toBe(true);
    await look(members[0]!.page, 'dashboard-team-page');

    for (const other of OTHER_LOOKS) {
      await lookIn(page, other, 'dashboard-org', async () => {
        await page.goto(`/orgs/${orgId}/dashboard`);
        await heading(page, 'Anonymous dashboard');
      });
    }
  });

  it('shows learning hours by theme, a theme under k as "fewer than k people", and weeks dated on the axis', async () => {
    const { admin, members, orgId } = await lab();
    // The five learn for a career aspiration, an hour each; Bo also reads for no aspiration.
    for (const member of members) {
      const aspirationId = await addAspiration(member.page, 'Coach, not fix');
      const item = await api<{ id: string }>(member.page, 'POST', '/api/learning', {
        kind: 'book',
        title: 'A book',
        aspirationIds: [aspirationId],
      });
      await api(member.page, 'POST', `/api/learning/${item.id}/sessions`, {
        date: await today(member.page),
        hours: 1,
      });
    }
    const loose = await api<{ id: string }>(members[0]!.page, 'POST', '/api/learning', {
      kind: 'article',
      title: 'An article',
    });
    await api(members[0]!.page, 'POST', `/api/learning/${loose.id}/sessions`, {
      date: await today(members[0]!.page),
      hours: 0.5,
    });
    const { page } = admin;
    await page.goto(`/orgs/${orgId}/dashboard`);
    await heading(page, 'Anonymous dashboard');
    const themes = page.getByRole('figure', { name: /Learning hours by theme/ });
    await themes.getByText('Show as a table').click();
    const table = page.getByRole('table', { name: 'Learning hours by theme, as numbers' });
    await expect.poll(() => table.getByRole('row', { name: 'Career 5' }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        table.getByRole('row', { name: 'Serving no aspiration fewer than 5 people' }).isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => table.getByRole('row', { name: 'Health fewer than 5 people' }).isVisible())
      .toBe(true);
    // The weekly trends are dated by their weeks' Mondays ("2 Mar"), not numbered.
    const ticks = page
      .getByRole('figure', { name: /^Reflections/ })
      .locator('.recharts-cartesian-axis-tick-value');
    await expect
      .poll(() => ticks.first().textContent())
      .toMatch(/^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2})$/);
    await themes.scrollIntoViewIfNeeded();
    await look(page, 'dashboard-themes');
    for (const other of OTHER_LOOKS) {
      await lookIn(page, other, 'dashboard-themes', async () => {
        await page.goto(`/orgs/${orgId}/dashboard`);
        await heading(page, 'Anonymous dashboard');
        await page
          .getByRole('figure', { name: /Learning hours by theme/ })
          .scrollIntoViewIfNeeded();
      });
    }
  });

  it('shows a program cohort’s enrollment and retention, and a cohort that would single people out as "fewer than k"', async () => {
    // Ada and ten members contribute; five hold a seat in Foundations (11 − 5 = 6: both shown),
    // three in Deep Dive (fewer than 5: suppressed).
    const admin = await e2e.signedIn({ name: 'Ada Admin' });
    const members: SignedIn[] = [];
    for (let i = 1; i <= 10; i += 1) members.push(await e2e.signedIn({ name: `Member ${i}` }));
    const orgId = await addOrganization(admin, 'Cohort Lab', members);
    for (const person of [admin, ...members]) {
      await api(person.page, 'PUT', `/api/orgs/${orgId}/consent`, { contributeStatistics: true });
    }
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    for (const [title, seated] of [
      ['Foundations', members.slice(0, 5)],
      ['Deep Dive', members.slice(5, 8)],
    ] as const) {
      const program = await api<{ id: string }>(admin.page, 'POST', `/api/orgs/${orgId}/programs`, {
        title,
        seats: 10,
        startDate: day(-7),
        endDate: day(49),
      });
      for (const person of seated) {
        await api(person.page, 'POST', `/api/programs/${program.id}/enrollments`, undefined, 200);
      }
    }
    const { page } = admin;
    await page.goto(`/orgs/${orgId}/dashboard`);
    await heading(page, 'Anonymous dashboard');
    const groups = page.getByRole('table', { name: 'Who is counted' });
    await expect
      .poll(() => groups.getByRole('row', { name: 'Program: Foundations 5' }).isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        groups.getByRole('row', { name: 'Program: Deep Dive fewer than 5 people' }).isVisible(),
      )
      .toBe(true);
    // The whole organization: 8 of 11 stayed would single out the 3 in no program — suppressed.
    const programs = page.getByRole('region', { name: 'Programs' });
    const stayed = programs.getByRole('definition').nth(1);
    await expect.poll(() => stayed.textContent()).toBe('fewer than 5 people');
    // Foundations on its own: 5 enrolled, 5 stayed.
    await page.getByLabel('Show figures of').selectOption({ label: 'Program: Foundations' });
    await expect.poll(() => stayed.textContent()).toBe('5(100%)');
    await expect.poll(() => programs.getByRole('definition').first().textContent()).toBe('5');
    await look(page, 'dashboard-programs');

    await page.getByLabel('Show figures of').selectOption({ label: 'Program: Deep Dive' });
    await expect
      .poll(() => page.getByText(/This group has too few people contributing/).isVisible())
      .toBe(true);

    // The last 3 months: 13 weeks in each trend.
    await page.getByLabel('Period').selectOption({ label: 'Last 3 months' });
    await page.getByLabel('Show figures of').selectOption({ label: 'All of Cohort Lab' });
    await page.getByText('Show as a table').first().click();
    const weeks = page
      .getByRole('table', { name: 'Active practitioners, as numbers' })
      .getByRole('row');
    await expect.poll(() => weeks.count()).toBe(14);
    for (const other of OTHER_LOOKS) {
      await lookIn(page, other, 'dashboard-programs', async () => {
        await page.goto(`/orgs/${orgId}/dashboard`);
        await heading(page, 'Anonymous dashboard');
        await page.getByLabel('Show figures of').selectOption({ label: 'Program: Foundations' });
        await expect.poll(() => stayed.textContent()).toBe('5(100%)');
      });
    }
  });
});
