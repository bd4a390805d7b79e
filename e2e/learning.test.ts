import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addAspiration } from './support/api';
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

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('The learning log in the browser', () => {
  it('adds a book with hours for an aspiration, marks it done, and charts the hours', async () => {
    const { context, page, problems } = await newContext(browser, baseUrl, { viewport: DESKTOP });
    await signUpAndSkip(page, 'learning');
    await addAspiration(page, 'Coach, not fix');

    // Empty, the log explains itself and offers the first entry.
    await page.goto('/learning');
    await heading(page, 'Learning');
    await expect.poll(() => page.getByText('Start your learning log').isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning, empty');
    await screenshot(page, 'learning-empty-desktop');

    // A book, in progress, with three and a half hours, serving the aspiration.
    await page.getByRole('button', { name: 'Add learning' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add learning' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Book' }).isChecked()).toBe(true);
    await dialog.getByLabel('Title', { exact: true }).fill('The Fifth Discipline');
    await dialog.getByLabel('Author, teacher or source (optional)').fill('Peter Senge');
    await dialog.getByLabel('Hours', { exact: true }).fill('3.5');
    await dialog.getByRole('checkbox', { name: 'Coach, not fix' }).check();
    await dialog
      .getByLabel('Insights (optional)')
      .fill(
        'Personal mastery is **a discipline**, not a possession.\n\n- See reality as it is\n- Hold the vision anyway',
      );
    await dialog.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect
      .poll(() => dialog.locator('.markdown strong', { hasText: 'a discipline' }).isVisible())
      .toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning, add dialog');
    await screenshot(page, 'learning-dialog-desktop');
    await dialog.getByRole('button', { name: 'Add to log' }).click();
    await noDialog(page);

    // The list holds it; the chart draws its hours for the aspiration.
    const items = page.getByRole('region', { name: 'Your learning' });
    const row = items.getByRole('listitem').filter({ hasText: 'The Fifth Discipline' });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('3.5 hours');
    expect(await row.textContent()).toContain('Coach, not fix');
    const chart = page.getByRole('region', { name: 'Hours by aspiration' });
    await expect.poll(() => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await expect
      .poll(() => chart.getByRole('list', { name: 'Aspirations in the chart' }).textContent())
      .toContain('Coach, not fix3.5 h');

    // Its page: insights as sanitized Markdown; mark it done, log more time.
    await row.getByRole('link', { name: 'The Fifth Discipline' }).click();
    await page.waitForURL(/\/learning\/[0-9A-Z]{26}$/);
    const itemUrl = page.url();
    await heading(page, 'The Fifth Discipline');
    await expect
      .poll(() => page.locator('.markdown strong', { hasText: 'a discipline' }).isVisible())
      .toBe(true);
    expect(await page.locator('.markdown li').count()).toBe(2);
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Mark as done' }).count()).toBe(0);
    await expect.poll(() => page.getByText('Done', { exact: true }).first().isVisible()).toBe(true);
    const logTime = page.getByRole('form', { name: 'Log time' });
    await logTime.getByLabel('Hours', { exact: true }).fill('1.25');
    await logTime.getByLabel('Note (optional)').fill('Chapter on creative tension');
    await logTime.getByRole('button', { name: 'Log time' }).click();
    await expect.poll(() => page.getByText('4.75 hours').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Chapter on creative tension').isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning item');
    await screenshot(page, 'learning-item-desktop');

    // Editing keeps the link and the insights; the edit dialog is accessible too.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit learning' });
    await expect.poll(() => edit.isVisible()).toBe(true);
    expect(await edit.getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
    expect(await edit.getByRole('checkbox', { name: 'Coach, not fix' }).isChecked()).toBe(true);
    await edit.getByLabel('Title', { exact: true }).fill('The Fifth Discipline (revised)');
    await settled(page);
    await expectAccessible(page, 'learning, edit dialog');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await noDialog(page);
    await heading(page, 'The Fifth Discipline (revised)');

    // Back on the list: done, filtered by status, and the chart has all the hours.
    await page.getByRole('link', { name: 'Learning', exact: true }).first().click();
    await page.waitForURL('**/learning');
    await expect
      .poll(() => chart.getByRole('list', { name: 'Aspirations in the chart' }).textContent())
      .toContain('Coach, not fix4.75 h');
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(() => row.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Planned', exact: true }).click();
    await expect
      .poll(() => page.getByText('Nothing here matches these filters.').isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => row.isVisible()).toBe(true);
    await chart.getByText('Show as a table').click();
    await expect
      .poll(() => chart.getByRole('columnheader', { name: 'Coach, not fix' }).isVisible())
      .toBe(true);
    await expect.poll(() => chart.getByRole('cell', { name: '4.75' }).isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning');
    await screenshot(page, 'learning-desktop');

    // Phone and dark: both pages fit 360 px and stay accessible.
    for (const [viewport, colorScheme, label] of [
      [PHONE, 'light', 'phone-light'],
      [PHONE, 'dark', 'phone-dark'],
      [DESKTOP, 'dark', 'desktop-dark'],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const [url, name, ready] of [
        [
          '/learning',
          'learning',
          () => chart.locator('.recharts-bar-rectangle').first().isVisible(),
        ],
        [itemUrl, 'learning-item', () => page.locator('.markdown strong').isVisible()],
      ] as const) {
        await page.goto(url);
        await expect.poll(ready).toBe(true);
        await settled(page);
        await noHorizontalOverflow(page);
        await expectAccessible(page, `${name}, ${label}`);
        await screenshot(page, `${name}-${label}`);
      }
    }
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/learning');
    await page.getByRole('button', { name: 'Add learning' }).first().click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Add learning' }).isVisible())
      .toBe(true);
    await settled(page);
    await noHorizontalOverflow(page);
    await screenshot(page, 'learning-dialog-phone-light');
    await page.keyboard.press('Escape');
    await noDialog(page);

    // Delete, after a confirmation: the log is empty again.
    await page.setViewportSize(DESKTOP);
    await page.goto(itemUrl);
    await heading(page, 'The Fifth Discipline (revised)');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this learning item?' });
    await confirm.getByRole('button', { name: 'Delete item' }).click();
    await page.waitForURL('**/learning');
    await expect.poll(() => page.getByText('Start your learning log').isVisible()).toBe(true);

    expect(problems).toEqual([]);
    await context.close();
  });
});
