import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from './support/fixtures';
import { api, checkLook, heading, OTHER_LOOKS, seen } from './support/flows';

const e2e = useE2e('language');
const HEAVY = 'Another awful week. Honestly everyone would be better off without me.';
const notice = (page: Page) =>
  page.getByRole('region', { name: 'You don’t have to carry this alone' });

describe('The safety net in the browser', () => {
  it('shows where help is in the reflection editor as one writes, calmly', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/journal/new');
    await heading(page, 'New reflection');
    await page.getByLabel('Your reflection', { exact: true }).fill(HEAVY);
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    await expect.poll(() => notice(page).textContent()).toContain('emergency number');
    await seen(page, 'editor, support', 'support-editor-desktop');
    await page.getByLabel('Your reflection', { exact: true }).fill('This deadline is killing me.');
    await expect.poll(() => notice(page).count()).toBe(0);
  });

  it('shows it on Today once the answer is saved', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/today');
    await page.getByLabel('Your answer', { exact: true }).fill('i want it all to stop for good');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    await seen(page, 'today, support', 'support-today-desktop');
  });

  it('shows it in reactions once one is logged', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/reactions');
    await heading(page, 'Reactions');
    await page.getByRole('button', { name: 'Log a reaction' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Log a reaction' });
    await dialog.getByLabel('What set it off?').fill('I deserve to die after that meeting');
    await dialog.getByRole('button', { name: 'Log reaction' }).click();
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    await seen(page, 'reactions, support', 'support-reactions-desktop');
  });

  it('shows the organization’s own crisis resources, as its admin set them in its settings', async () => {
    const { page } = await e2e.signedIn();
    const org = await api<{ id: string }>(page, 'POST', '/api/orgs', { name: 'Harbour clinic' });
    await page.goto(`/orgs/${org.id}`);
    const field = page.getByLabel('Your organization’s crisis resources');
    await field.fill('- Harbour line: **0800 222 333**, day and night');
    await page.getByRole('button', { name: 'Save crisis resources' }).click();
    await expect
      .poll(
        async () =>
          (await api<{ text: string | null }>(page, 'GET', `/api/orgs/${org.id}/crisis-resources`))
            .text,
        {
          timeout: 30_000,
        },
      )
      .toContain('0800 222 333');
    await seen(page, 'org settings, crisis resources', 'crisis-resources-settings-desktop');

    await page.goto('/journal/new');
    await heading(page, 'New reflection');
    await page.getByLabel('Your reflection', { exact: true }).fill(HEAVY);
    await expect
      .poll(() => notice(page).textContent(), { timeout: 30_000 })
      .toContain('Harbour line');
    await expect.poll(() => notice(page).textContent()).not.toContain('emergency number');
    await seen(page, 'editor, organization’s support', 'support-org-desktop');
  });

  for (const look of OTHER_LOOKS) {
    it(`fits the support notice on a reflection, ${look[2]}`, async () => {
      const { page } = await e2e.signedIn();
      const { id } = await api<{ id: string }>(page, 'POST', '/api/reflections', {
        kind: 'free',
        body: HEAVY,
      });
      await checkLook(page, look, [
        [`/journal/${id}`, 'support-reflection', () => notice(page).isVisible()],
      ]);
    });
  }
});
