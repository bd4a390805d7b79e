import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectAccessible,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
} from './support/browser';
import { heading, noDialog, noHorizontalOverflow, settled, signUpAndSkip } from './support/flows';

const baseUrl = inject('e2eBaseUrl');
let browser: Browser;

/** The percentage a strength bar shows, e.g. 5 for "Strength 5%". */
async function strengthOf(row: Locator): Promise<number> {
  const text = (await row.textContent()) ?? '';
  const match = /Strength (\d+)%/.exec(text);
  return match ? Number(match[1]) : -1;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Today and Practices in the browser', () => {
  it('ticks a practice, answers the prompt, checks in a mood, and shows the year', async () => {
    const { context, page, problems } = await newContext(browser, baseUrl, { viewport: DESKTOP });
    await signUpAndSkip(page, 'today');

    // Home is Today now: a date as its heading, and empty states that teach.
    await page.goto('/');
    await page.waitForURL('**/today');
    await heading(page, /^\w+day \d{1,2} \w+$|^\w+day, \w+ \d{1,2}$/);
    await expect.poll(() => page.getByText('No practices yet').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('No aspirations yet').isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'today, empty');
    await screenshot(page, 'today-empty-desktop');

    // A practice, started from the Practices page.
    await page.getByRole('link', { name: 'Start a practice' }).click();
    await page.waitForURL('**/practices');
    await heading(page, 'Practices');
    await page.getByRole('button', { name: 'New practice' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New practice' });
    await dialog.getByLabel('Name', { exact: true }).fill('Morning pages');
    await dialog.getByLabel('Description (optional)').fill('Three pages, longhand, first thing.');
    await dialog.getByRole('radio', { name: 'Times a week' }).check();
    await dialog.getByLabel('How many times a week').selectOption('5');
    await dialog.getByRole('radio', { name: 'Every day' }).check();
    await settled(page);
    await expectAccessible(page, 'new practice dialog');
    await dialog.getByRole('button', { name: 'Start practice' }).click();
    await noDialog(page);
    const row = page.getByRole('listitem').filter({ hasText: 'Morning pages' });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.getByText('Every day').count()).toBe(1);
    expect(await strengthOf(row)).toBe(0);
    await settled(page);
    await expectAccessible(page, 'practices');
    await screenshot(page, 'practices-desktop');

    // Today: tick it, and its strength rises.
    await page.getByRole('link', { name: 'Today', exact: true }).first().click();
    await page.waitForURL('**/today');
    const tick = page.getByRole('checkbox', { name: 'Morning pages' });
    await expect.poll(() => tick.isVisible()).toBe(true);
    const todayRow = page.getByRole('listitem').filter({ has: tick });
    expect(await strengthOf(todayRow)).toBe(0);
    await tick.check();
    await expect.poll(() => tick.isChecked()).toBe(true);
    await expect.poll(() => strengthOf(todayRow)).toBeGreaterThan(0);
    await expect.poll(() => todayRow.getByText('1 day in a row').isVisible()).toBe(true);

    // Answer the question of the day; limiting language is marked gently.
    const answer = page.getByLabel('Your answer', { exact: true });
    await answer.fill("I can't seem to finish what I start, so I keep postponing deep work.");
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').getByText('Saved').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Answered today').isVisible()).toBe(true);
    await expect.poll(() => page.locator('mark', { hasText: /I can.t/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('speaks of powerlessness').isVisible()).toBe(true);

    // How are you? The grid by keyboard, a word, and the check-in.
    const middle = page.getByRole('radio', { name: 'Pleasantness 0, energy 0' });
    await middle.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
    }
    const chosen = page.getByRole('radio', { name: 'Pleasantness 3, energy −1' });
    await expect.poll(() => chosen.getAttribute('aria-checked')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Pleasantness 3, energy −1');
    await page.getByRole('button', { name: 'calm', exact: true }).click();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect
      .poll(() => page.getByText(/Checked in at .*pleasantness 3, energy −1 · calm/).isVisible())
      .toBe(true);

    await settled(page);
    await expectAccessible(page, 'today');
    await screenshot(page, 'today-desktop');

    // After a reload the answer is still shown as answered, the box still ticked.
    await page.reload();
    await expect.poll(() => page.getByText('Answered today').isVisible()).toBe(true);
    await expect.poll(() => tick.isChecked()).toBe(true);

    // Skip today from the small menu, then tick again.
    await page.getByRole('button', { name: 'More for Morning pages' }).click();
    await page.getByRole('menuitem', { name: 'Skip today (excused)' }).click();
    await expect.poll(() => todayRow.getByText('Excused today').isVisible()).toBe(true);
    await expect.poll(() => tick.isChecked()).toBe(false);
    await tick.check();
    await expect.poll(() => tick.isChecked()).toBe(true);

    // The practice's own page: today's heatmap cell is done; a past day can be excused.
    await page.getByRole('button', { name: 'More for Morning pages' }).click();
    await page.getByRole('menuitem', { name: 'Open practice' }).click();
    await page.waitForURL('**/practices/**');
    await heading(page, 'Morning pages');
    const todayCell = page.locator('button[aria-current="date"]');
    await expect.poll(() => todayCell.getAttribute('data-status')).toBe('done');
    expect(await todayCell.getAttribute('aria-label')).toMatch(/: done$/);
    const practiceUrl = page.url();
    await settled(page);
    await expectAccessible(page, 'practice');
    await screenshot(page, 'practice-desktop');

    await todayCell.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const day = page.getByRole('dialog');
    await expect.poll(() => day.isVisible()).toBe(true);
    await day.getByRole('radio', { name: 'Skipped (excused)' }).check();
    await settled(page);
    await expectAccessible(page, 'day dialog');
    await day.getByRole('button', { name: 'Save', exact: true }).click();
    await noDialog(page);
    await expect.poll(() => page.locator('button[data-status="skipped"]').count()).toBe(1);

    // The same pages on a phone, in light and dark, and on the desktop in dark.
    for (const [viewport, colorScheme, label] of [
      [PHONE, 'light', 'phone-light'],
      [PHONE, 'dark', 'phone-dark'],
      [DESKTOP, 'dark', 'desktop-dark'],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const [url, name, ready] of [
        ['/today', 'today', () => tick.isVisible()],
        ['/practices', 'practices', () => row.isVisible()],
        [practiceUrl, 'practice', () => todayCell.isVisible()],
      ] as const) {
        await page.goto(url);
        await expect.poll(ready).toBe(true);
        await settled(page);
        await noHorizontalOverflow(page);
        await expectAccessible(page, `${name}, ${label}`);
        await screenshot(page, `${name}-${label}`);
      }
    }

    // Archive, restore, then delete with a confirmation.
    await page.goto(practiceUrl);
    await heading(page, 'Morning pages');
    await page.getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => page.getByText('This practice is archived.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByText('This practice is archived.').count()).toBe(0);
    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this practice?' });
    await confirm.getByRole('button', { name: 'Delete practice' }).click();
    await page.waitForURL('**/practices');
    await expect.poll(() => page.getByText('Start with one practice').isVisible()).toBe(true);

    expect(problems).toEqual([]);
    await context.close();
  });
});
