import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectAccessible,
  launchBrowser,
  newContext,
  PHONE,
  screenshot,
} from './support/browser';
import {
  addAspiration,
  api,
  checkOtherLooks,
  heading,
  noHorizontalOverflow,
  settled,
  signUpAndSkip,
} from './support/flows';

const baseUrl = inject('e2eBaseUrl');
let browser: Browser;

/** Polls longer than the default second: saves here make two or three requests in a row. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** Waits until no dialog is open. */
async function closed(page: Page) {
  await poll(() => page.getByRole('dialog').count()).toBe(0);
}

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
    const running = await addAspiration(page, 'Run a half marathon');

    // Empty, the log explains itself and offers the first entry.
    await page.goto('/learning');
    await heading(page, 'Learning');
    await poll(() => page.getByText('Start your learning log').isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning, empty');
    await screenshot(page, 'learning-empty-desktop');

    // A book, in progress, with three and a half hours, serving the aspiration.
    await page.getByRole('button', { name: 'Add learning' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add learning' });
    await poll(() => dialog.isVisible()).toBe(true);
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
    await poll(() =>
      dialog.locator('.markdown strong', { hasText: 'a discipline' }).isVisible(),
    ).toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning, add dialog');
    await screenshot(page, 'learning-dialog-desktop');
    await dialog.getByRole('button', { name: 'Add to log' }).click();
    await closed(page);

    // The list holds it; the chart draws its hours for the aspiration.
    const items = page.getByRole('region', { name: 'Your learning' });
    const row = items.getByRole('listitem').filter({ hasText: 'The Fifth Discipline' });
    await poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('3.5 hours');
    expect(await row.textContent()).toContain('Coach, not fix');
    const chart = page.getByRole('region', { name: 'Hours by aspiration' });
    await poll(() => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await poll(() =>
      chart.getByRole('list', { name: 'Aspirations in the chart' }).textContent(),
    ).toContain('Coach, not fix3.5 h');

    // Its page: insights as sanitized Markdown; mark it done, log more time.
    await row.getByRole('link', { name: 'The Fifth Discipline' }).click();
    await page.waitForURL(/\/learning\/[0-9A-Z]{26}$/);
    const itemUrl = page.url();
    await heading(page, 'The Fifth Discipline');
    await poll(() =>
      page.locator('.markdown strong', { hasText: 'a discipline' }).isVisible(),
    ).toBe(true);
    expect(await page.locator('.markdown li').count()).toBe(2);
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await poll(() => page.getByRole('button', { name: 'Mark as done' }).count()).toBe(0);
    await poll(() => page.getByText('Done', { exact: true }).first().isVisible()).toBe(true);
    const logTime = page.getByRole('form', { name: 'Log time' });
    await logTime.getByLabel('Hours', { exact: true }).fill('1.25');
    await logTime.getByLabel('Note (optional)').fill('Chapter on creative tension');
    await logTime.getByRole('button', { name: 'Log time' }).click();
    await poll(() => page.getByText('4.75 hours').isVisible()).toBe(true);
    await poll(() => page.getByText('Chapter on creative tension').isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning item');
    await screenshot(page, 'learning-item-desktop');

    // Editing keeps the link and the insights; the edit dialog is accessible too.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit learning' });
    await poll(() => edit.isVisible()).toBe(true);
    expect(await edit.getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
    expect(await edit.getByRole('checkbox', { name: 'Coach, not fix' }).isChecked()).toBe(true);
    await edit.getByLabel('Title', { exact: true }).fill('The Fifth Discipline (revised)');
    await settled(page);
    await expectAccessible(page, 'learning, edit dialog');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await closed(page);
    await heading(page, 'The Fifth Discipline (revised)');

    // Two more, through the API: a course for the other aspiration over the last months, and
    // an article that serves none.
    const [twoMonthsAgo, lastMonth] = await page.evaluate(() =>
      [2, 1].map((back) => {
        const day = new Date();
        day.setDate(15);
        day.setMonth(day.getMonth() - back);
        return day.toLocaleDateString('en-CA');
      }),
    );
    const course = await api<{ id: string }>(page, 'POST', '/api/learning', {
      kind: 'course',
      title: 'Running form, from the ground up',
      status: 'in_progress',
      aspirationIds: [running],
    });
    await api(page, 'POST', `/api/learning/${course.id}/sessions`, {
      date: twoMonthsAgo,
      hours: 3,
    });
    await api(page, 'POST', `/api/learning/${course.id}/sessions`, { date: lastMonth, hours: 2 });
    const article = await api<{ id: string }>(page, 'POST', '/api/learning', {
      kind: 'article',
      title: 'The ladder of inference',
      status: 'done',
    });
    await api(page, 'POST', `/api/learning/${article.id}/sessions`, {
      date: lastMonth,
      hours: 0.75,
    });

    // Back on the list: done, filtered by status, and the chart has all the hours.
    await page.getByRole('link', { name: 'Learning', exact: true }).first().click();
    await page.waitForURL('**/learning');
    await poll(() =>
      chart.getByRole('list', { name: 'Aspirations in the chart' }).textContent(),
    ).toBe('Run a half marathon5 hCoach, not fix4.75 hNot linked to an aspiration0.75 h');
    await poll(() => items.getByRole('listitem').count()).toBe(3);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await poll(() => items.getByRole('listitem').count()).toBe(2);
    expect(await row.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Planned', exact: true }).click();
    await poll(() => page.getByText('Nothing here matches these filters.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await poll(() => row.isVisible()).toBe(true);
    await chart.getByText('Show as a table').click();
    await poll(() => chart.getByRole('columnheader', { name: 'Coach, not fix' }).isVisible()).toBe(
      true,
    );
    await poll(() => chart.getByRole('cell', { name: '4.75', exact: true }).isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'learning');
    await screenshot(page, 'learning-desktop');

    // Phone and dark: both pages fit 360 px and stay accessible.
    await checkOtherLooks(page, [
      ['/learning', 'learning', () => chart.locator('.recharts-bar-rectangle').first().isVisible()],
      [itemUrl, 'learning-item', () => page.locator('.markdown strong').isVisible()],
    ]);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/learning');
    await page.getByRole('button', { name: 'Add learning' }).first().click();
    await poll(() => page.getByRole('dialog', { name: 'Add learning' }).isVisible()).toBe(true);
    await settled(page);
    await noHorizontalOverflow(page);
    await screenshot(page, 'learning-dialog-phone-light');
    await page.keyboard.press('Escape');
    await closed(page);

    // Delete, after a confirmation: the other two stay.
    await page.setViewportSize(DESKTOP);
    await page.goto(itemUrl);
    await heading(page, 'The Fifth Discipline (revised)');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this learning item?' });
    await confirm.getByRole('button', { name: 'Delete item' }).click();
    await page.waitForURL('**/learning');
    await poll(() => items.getByRole('listitem').count()).toBe(2);
    expect(await row.count()).toBe(0);

    expect(problems).toEqual([]);
    await context.close();
  });
});
