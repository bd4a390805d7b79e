import { describe, expect, it } from 'vitest';
import { addAspiration, addOrganization, addTeam } from './support/data';
import { useE2e } from './support/fixtures';
import { api, heading, look } from './support/flows';

const e2e = useE2e('first-use');

describe('first use', () => {
  it('lets a member join an open team from the organization and leave it from the team', async () => {
    const admin = await e2e.signedIn({ name: 'Ada Admin' });
    const member = await e2e.signedIn({ name: 'Mo Member' });
    const orgId = await addOrganization(admin, 'North Star Lab', [member]);
    const teamId = await addTeam(admin.page, orgId, 'Open circle', true);
    await api(admin.page, 'PATCH', `/api/teams/${teamId}`, { openToJoin: true });

    const { page } = member;
    await page.goto(`/orgs/${orgId}`);
    await heading(page, 'North Star Lab', { exact: true });
    await expect
      .poll(() => page.getByText('1 person · open to anyone here').isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Join Open circle' }).click();
    await expect.poll(() => page.getByText('2 people · you are in it').isVisible()).toBe(true);
    await look(page, 'org-teams-joined-desktop');

    await page.getByRole('link', { name: 'Open circle' }).click();
    await heading(page, 'Open circle', { exact: true });
    await page.getByRole('button', { name: 'Leave team' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Leave team' }).click();
    // Back on the organization, the team is one to join again.
    await page.waitForURL(`**/orgs/${orgId}`);
    await expect
      .poll(() => page.getByRole('button', { name: 'Join Open circle' }).isVisible())
      .toBe(true);
  });

  it('keeps today in view in the desktop journal’s calendar strip', async () => {
    const { page } = await e2e.signedIn();
    await api(page, 'POST', '/api/reflections', { kind: 'free', body: 'A few lines today.' });
    await page.goto('/journal');
    const strip = page.getByRole('list', { name: 'Days of the month' });
    const todayCell = strip.getByRole('button', { name: /1 reflection/ });
    await expect.poll(() => todayCell.isVisible()).toBe(true);
    const inView = async () => {
      const [box, cell] = await Promise.all([strip.boundingBox(), todayCell.boundingBox()]);
      return Boolean(box && cell && cell.x >= box.x && cell.x + cell.width <= box.x + box.width);
    };
    await expect.poll(inView).toBe(true);
  });

  it('re-opens the welcome guide where it was left, showing the aspiration made', async () => {
    const { page } = await e2e.signedIn({ onboarding: 'pending' });
    await api(page, 'PUT', '/api/purpose', { text: 'That the people around me grow.' });
    await api(page, 'POST', '/api/values', { name: 'Honesty', description: '' });
    await addAspiration(page, 'Coach, not fix');
    await page.goto('/welcome');
    await heading(page, 'An honest look at today', { exact: true });
    await page.getByRole('button', { name: 'Back' }).click();
    await heading(page, 'A first aspiration', { exact: true });
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.waitForURL('**/today');
  });
});
