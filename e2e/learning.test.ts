import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { addAspiration } from './support/data';
import { useE2e } from './support/fixtures';
import { itFitsDialogOnPhone, itFitsOtherLooks } from './support/looks';
import { api, heading, noDialog, seen, settled } from './support/flows';

const e2e = useE2e('learning');
const INSIGHTS =
  'Personal mastery is **a discipline**, not a possession.\n\n- See reality as it is\n- Hold the vision anyway';

/** A learning item through the API, with sessions on the given days; resolves to its id. */
async function addItem(
  page: Page,
  item: Record<string, unknown>,
  sessions: { date: string; hours: number }[] = [],
): Promise<string> {
  const { id } = await api<{ id: string }>(page, 'POST', '/api/learning', item);
  for (const session of sessions) await api(page, 'POST', `/api/learning/${id}/sessions`, session);
  return id;
}

/** A day in the month `back` months ago, in the browser's time zone (YYYY-MM-DD). */
function monthsAgo(page: Page, back: number): Promise<string> {
  return page.evaluate((months) => {
    const day = new Date();
    day.setDate(15);
    day.setMonth(day.getMonth() - months);
    return day.toLocaleDateString('en-CA');
  }, back);
}

/** The book on "Coach, not fix" with 3.5 hours, as the add-dialog test makes it; its id. */
async function addBook(page: Page, status = 'in_progress'): Promise<string> {
  const coaching = await addAspiration(page, 'Coach, not fix');
  const date = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  return addItem(
    page,
    {
      kind: 'book',
      title: 'The Fifth Discipline',
      source: 'Peter Senge',
      status,
      insights: INSIGHTS,
      aspirationIds: [coaching],
    },
    [{ date, hours: 3.5 }],
  );
}

/** Adds to the book a course for another aspiration and an article that serves none. */
async function addTwoMore(page: Page) {
  const running = await addAspiration(page, 'Run a half marathon');
  const [twoMonthsAgo, lastMonth] = [await monthsAgo(page, 2), await monthsAgo(page, 1)];
  await addItem(
    page,
    {
      kind: 'course',
      title: 'Running form, from the ground up',
      status: 'in_progress',
      aspirationIds: [running],
    },
    [
      { date: twoMonthsAgo, hours: 3 },
      { date: lastMonth, hours: 2 },
    ],
  );
  await addItem(page, { kind: 'article', title: 'The ladder of inference', status: 'done' }, [
    { date: lastMonth, hours: 0.75 },
  ]);
}

const chartOf = (page: Page) => page.getByRole('region', { name: 'Hours by aspiration' });
/** The chart's bars are drawn aria-hidden (the legend and table speak): no role to ask for. */
const bars = (page: Page) => chartOf(page).locator('.recharts-bar-rectangle');
const legend = (page: Page) =>
  chartOf(page).getByRole('list', { name: 'Aspirations in the chart' });
const itemsOf = (page: Page) => page.getByRole('region', { name: 'Your learning' });
const bookRow = (page: Page) =>
  itemsOf(page).getByRole('listitem').filter({ hasText: 'The Fifth Discipline' });

describe('The learning log in the browser', () => {
  it('explains an empty log, then adds a book with hours for an aspiration and charts them', async () => {
    const { page } = await e2e.signedIn();
    await addAspiration(page, 'Coach, not fix');
    await page.goto('/learning');
    await heading(page, 'Learning');
    await expect.poll(() => page.getByText('Start your learning log').isVisible()).toBe(true);
    await seen(page, 'learning, empty', 'learning-empty-desktop');

    await page.getByRole('button', { name: 'Add learning' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add learning' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Book' }).isChecked()).toBe(true);
    await dialog.getByLabel('Title', { exact: true }).fill('The Fifth Discipline');
    await dialog.getByLabel('Author, teacher or source (optional)').fill('Peter Senge');
    await dialog.getByLabel('Hours', { exact: true }).fill('3.5');
    await dialog.getByRole('checkbox', { name: 'Coach, not fix' }).check();
    await dialog.getByLabel('Insights (optional)').fill(INSIGHTS);
    await dialog.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('strong').filter({ hasText: 'a discipline' }).isVisible())
      .toBe(true);
    await seen(page, 'learning, add dialog', 'learning-dialog-desktop');
    await dialog.getByRole('button', { name: 'Add to log' }).click();
    await noDialog(page);

    await expect.poll(() => bookRow(page).isVisible()).toBe(true);
    expect(await bookRow(page).textContent()).toContain('3.5 hours');
    expect(await bookRow(page).textContent()).toContain('Coach, not fix');
    await expect.poll(() => bars(page).count()).toBeGreaterThan(0);
    await expect.poll(() => legend(page).textContent()).toContain('Coach, not fix3.5 h');
  });

  it('shows an item’s insights as Markdown, marks it done, logs more time and edits it', async () => {
    const { page } = await e2e.signedIn();
    const id = await addBook(page);
    await page.goto(`/learning/${id}`);
    await heading(page, 'The Fifth Discipline');
    const insights = page.getByRole('region', { name: 'Insights' });
    await expect
      .poll(() => insights.getByRole('strong').filter({ hasText: 'a discipline' }).isVisible())
      .toBe(true);
    expect(await insights.getByRole('listitem').count()).toBe(2);
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Mark as done' }).count()).toBe(0);
    await expect.poll(() => page.getByText('Done', { exact: true }).first().isVisible()).toBe(true);
    const logTime = page.getByRole('form', { name: 'Log time' });
    await logTime.getByLabel('Hours', { exact: true }).fill('1.25');
    await logTime.getByLabel('Note (optional)').fill('Chapter on creative tension');
    await logTime.getByRole('button', { name: 'Log time' }).click();
    await expect.poll(() => page.getByText('4.75 hours').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Chapter on creative tension').isVisible()).toBe(true);
    await seen(page, 'learning item', 'learning-item-desktop');

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
  });

  it('charts the hours by aspiration, filters by status, and shows the chart as a table', async () => {
    const { page } = await e2e.signedIn();
    await addBook(page, 'done');
    await addTwoMore(page);
    await page.goto('/learning');
    await heading(page, 'Learning');
    await expect
      .poll(() => legend(page).textContent())
      .toBe('Run a half marathon5 hCoach, not fix3.5 hNot linked to an aspiration0.75 h');
    const items = itemsOf(page);
    await expect.poll(() => items.getByRole('listitem').count()).toBe(3);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(() => items.getByRole('listitem').count()).toBe(2);
    expect(await bookRow(page).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Planned', exact: true }).click();
    await expect
      .poll(() => page.getByText('Nothing here matches these filters.').isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => bookRow(page).isVisible()).toBe(true);
    const chart = chartOf(page);
    await chart.getByText('Show as a table').click();
    await expect
      .poll(() => chart.getByRole('columnheader', { name: 'Coach, not fix' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => chart.getByRole('cell', { name: '3.5', exact: true }).isVisible())
      .toBe(true);
    await seen(page, 'learning', 'learning-desktop');
  });

  itFitsOtherLooks(e2e, 'the log and an item', async (page) => {
    const id = await addBook(page);
    return [
      ['/learning', 'learning', () => bars(page).first().isVisible()],
      [
        `/learning/${id}`,
        'learning-item',
        () => page.getByRole('region', { name: 'Insights' }).getByRole('strong').isVisible(),
      ],
    ];
  });

  itFitsDialogOnPhone(e2e, 'add', '/learning', 'Add learning', 'learning-dialog-phone-light');

  it('deletes an item after a confirmation, and the others stay', async () => {
    const { page } = await e2e.signedIn();
    const id = await addBook(page);
    await addTwoMore(page);
    await page.goto(`/learning/${id}`);
    await heading(page, 'The Fifth Discipline');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this learning item?' });
    await confirm.getByRole('button', { name: 'Delete item' }).click();
    await page.waitForURL('**/learning');
    await expect.poll(() => itemsOf(page).getByRole('listitem').count()).toBe(2);
    expect(await bookRow(page).count()).toBe(0);
  });
});
