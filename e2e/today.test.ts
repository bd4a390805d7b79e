import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { addPractice, today } from './support/data';
import { useE2e } from './support/fixtures';
import { api, checkLook, heading, noDialog, OTHER_LOOKS, seen, settled } from './support/flows';

const e2e = useE2e('today');

/** The percentage a strength bar shows, e.g. 5 for "Strength 5%". */
async function strengthOf(row: Locator): Promise<number> {
  const text = (await row.textContent()) ?? '';
  const match = /Strength (\d+)%/.exec(text);
  return match ? Number(match[1]) : -1;
}

/** A person with the daily practice "Morning pages", done today when `done`; on Today. */
async function withPractice(page: Page, done = false) {
  const id = await addPractice(page, 'Morning pages');
  if (done) {
    await api(page, 'PUT', `/api/practices/${id}/checkins/${await today(page)}`, {
      status: 'done',
    });
  }
  await page.goto('/today');
  const tick = page.getByRole('checkbox', { name: 'Morning pages' });
  await expect.poll(() => tick.isVisible()).toBe(true);
  return { id, tick, row: page.getByRole('listitem').filter({ has: tick }) };
}

/** The practice's heatmap cells that have a given status. */
const cells = (page: Page, status: 'done' | 'skipped') =>
  page.getByRole('button', { name: new RegExp(`: ${status}`) });

describe('Today and Practices in the browser', () => {
  it('opens on Today, headed by the date, with empty states that teach', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/');
    await page.waitForURL('**/today');
    await heading(page, /^\w+day \d{1,2} \w+$|^\w+day, \w+ \d{1,2}$/);
    await expect.poll(() => page.getByText('No practices yet').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('No aspirations yet').isVisible()).toBe(true);
    await seen(page, 'today, empty', 'today-empty-desktop');
  });

  it('starts a practice from the Practices page', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/today');
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
    await seen(page, 'practices', 'practices-desktop');
  });

  it('ticks a practice on Today: its strength rises, and it stays ticked after a reload', async () => {
    const { page } = await e2e.signedIn();
    const { tick, row } = await withPractice(page);
    expect(await strengthOf(row)).toBe(0);
    await tick.check();
    await expect.poll(() => tick.isChecked()).toBe(true);
    await expect.poll(() => strengthOf(row)).toBeGreaterThan(0);
    await expect.poll(() => row.getByText('1 day in a row').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => tick.isChecked()).toBe(true);
  });

  it('answers the question of the day, marking limiting language gently', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/today');
    const answer = page.getByLabel('Your answer', { exact: true });
    await answer.fill("I can't seem to finish what I start, so I keep postponing deep work.");
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').getByText('Saved').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Answered today').isVisible()).toBe(true);
    // A <mark> has no role Playwright can ask for.
    await expect.poll(() => page.locator('mark', { hasText: /I can.t/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('speaks of powerlessness').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByText('Answered today').isVisible()).toBe(true);
  });

  it('checks in a mood chosen on the grid by keyboard, with a word', async () => {
    const { page } = await e2e.signedIn();
    await withPractice(page, true);
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
      .poll(() =>
        page.getByText(/Checked in at .*quite pleasant, slightly low in energy — calm/).isVisible(),
      )
      .toBe(true);
    await seen(page, 'today', 'today-desktop');
  });

  it('skips today from the small menu, then ticks again', async () => {
    const { page } = await e2e.signedIn();
    const { tick, row } = await withPractice(page, true);
    await expect.poll(() => tick.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'More for Morning pages' }).click();
    await page.getByRole('menuitem', { name: 'Skip today (excused)' }).click();
    await expect.poll(() => row.getByText('Excused today').isVisible()).toBe(true);
    await expect.poll(() => tick.isChecked()).toBe(false);
    await tick.check();
    await expect.poll(() => tick.isChecked()).toBe(true);
  });

  it('shows today done on the practice’s page, and excuses a past day there', async () => {
    const { page } = await e2e.signedIn();
    await withPractice(page, true);
    await page.getByRole('button', { name: 'More for Morning pages' }).click();
    await page.getByRole('menuitem', { name: 'Open practice' }).click();
    await page.waitForURL('**/practices/**');
    await heading(page, 'Morning pages');
    // Only today is checked in: the one cell labelled done is today's.
    await expect.poll(() => cells(page, 'done').count()).toBe(1);
    const todayCell = cells(page, 'done');
    expect(await todayCell.getAttribute('aria-current')).toBe('date');
    await seen(page, 'practice', 'practice-desktop');

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
    await expect.poll(() => cells(page, 'skipped').count()).toBe(1);
  });

  for (const look of OTHER_LOOKS) {
    it(`fits Today, Practices and a practice, ${look[2]}`, async () => {
      const { page } = await e2e.signedIn();
      const { id, tick } = await withPractice(page, true);
      await checkLook(page, look, [
        ['/today', 'today', () => tick.isVisible()],
        [
          '/practices',
          'practices',
          () => page.getByRole('listitem').filter({ hasText: 'Morning pages' }).isVisible(),
        ],
        [`/practices/${id}`, 'practice', () => cells(page, 'done').isVisible()],
      ]);
    });
  }

  it('archives, restores, and deletes a practice after a confirmation', async () => {
    const { page } = await e2e.signedIn();
    const id = await addPractice(page, 'Morning pages');
    await page.goto(`/practices/${id}`);
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
  });
});
