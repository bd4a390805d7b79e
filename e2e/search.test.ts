import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../src/core/calendar';
import { today } from './support/data';
import { useE2e } from './support/fixtures';
import { api, heading, look, lookEverywhere } from './support/flows';

const e2e = useE2e('search');

describe('writing and searching from the keyboard', () => {
  it('writes a new reflection from `n`, starting in its text box', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/journal');
    await heading(page, 'Journal');
    await page.keyboard.press('n');
    await heading(page, 'New reflection');
    const text = page.getByLabel('Your reflection', { exact: true });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Wrote this straight away.');
    await look(page, 'reflection-new-desktop');
    await lookEverywhere(page, 'reflection-new', async () => {
      await page.goto('/journal');
      await heading(page, 'Journal');
      await page.keyboard.press('n');
      await heading(page, 'New reflection');
      await page.keyboard.type('Wrote this straight away.');
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/journal\/[0-9A-Z]{26}\?edit/, { timeout: 30_000 });
  });

  it('finds a weekly review from the Journal’s search, focused with `/`, and opens it', async () => {
    const { page } = await e2e.signedIn();
    const week = isoWeekOf(await today(page));
    await api(page, 'POST', '/api/reviews/weekly', {
      week,
      valueRatings: [],
      wentWell: 'Finally repaired the greenhouse door.',
    });
    await page.goto('/journal');
    await heading(page, 'Journal');
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search everything you wrote' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('greenhou');
    const result = page.getByRole('link', { name: /^Weekly review,/ });
    await expect.poll(() => result.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('mark').first().textContent()).toBe('greenhouse');
    await look(page, 'journal-found-desktop');
    await lookEverywhere(page, 'journal-found', async () => {
      await page.goto('/journal');
      await heading(page, 'Journal');
      await search.fill('greenhou');
      await expect.poll(() => result.isVisible(), { timeout: 30_000 }).toBe(true);
    });
    await result.click();
    await page.waitForURL(`**/review/${week}`);
  });

  it('lists the shortcuts with `?` in a dialog', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/today');
    await heading(page, /^\w+day \d{1,2} \w+$|^\w+day, \w+ \d{1,2}$/);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByText('Write a new reflection').isVisible()).toBe(true);
  });
});
