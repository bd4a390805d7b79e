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
  heading,
  noHorizontalOverflow,
  settled,
  signUpAndSkip,
} from './support/flows';

const baseUrl = inject('e2eBaseUrl');
let browser: Browser;

/** Adds a value through the API, as the signed-in person (cookie plus CSRF token). */
async function addValue(page: Page, name: string) {
  await api(page, 'POST', '/api/values', { name });
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('The weekly review in the browser', () => {
  it('reviews the week, rates two values, updates reality, and draws the alignment trend', async () => {
    const { context, page, problems } = await newContext(browser, baseUrl, { viewport: DESKTOP });
    await signUpAndSkip(page, 'review');

    // Without values, the values step explains and links to Vision.
    await page.goto('/today');
    await page.getByRole('link', { name: 'Weekly review' }).click();
    await page.waitForURL('**/review');
    await heading(page, 'This week’s review');
    await expect
      .poll(() =>
        page.getByText('You haven’t named your values yet.', { exact: false }).isVisible(),
      )
      .toBe(true);
    expect(await page.getByRole('link', { name: 'Go to Vision' }).count()).toBeGreaterThan(0);
    await settled(page);
    await expectAccessible(page, 'review, no values');
    await screenshot(page, 'review-empty-desktop');

    await addValue(page, 'Honesty');
    await addValue(page, 'Curiosity');
    const aspirationId = await addAspiration(page, 'Coach, not fix', 8);
    await page.goto('/journal');
    await page.getByRole('link', { name: 'Weekly review' }).click();
    await page.waitForURL('**/review');
    await heading(page, 'This week’s review');

    await page
      .getByLabel('What went well this week')
      .fill('Two calm mornings of writing, and a long walk with Leo.');
    await page
      .getByLabel('What I learned this week')
      .fill('I listen better when I do not prepare my answer.');
    const live = page.getByText(/Your week reflected your values at|Rate your values/);
    await expect
      .poll(() => live.textContent())
      .toBe('Rate your values to see how well this week reflected them.');
    await page
      .getByRole('group', { name: 'Honesty' })
      .getByRole('radio', { name: '7', exact: true })
      .check();
    await expect.poll(() => live.textContent()).toBe('Your week reflected your values at 70%');
    await page
      .getByRole('group', { name: 'Curiosity' })
      .getByRole('radio', { name: '8', exact: true })
      .check();
    await expect.poll(() => live.textContent()).toBe('Your week reflected your values at 75%');
    await page
      .getByLabel('What showed it? (optional)')
      .first()
      .fill('I told Sam the plan would slip.');
    // Update reality: where I honestly stand on the aspiration now, with evidence.
    const reality = page.getByRole('region', { name: 'Update reality' });
    expect(await reality.getByText('Reality not yet assessed · vision 8').isVisible()).toBe(true);
    await reality.getByRole('button', { name: 'Update', exact: true }).click();
    await reality
      .getByRole('group', { name: 'Reality now: Coach, not fix' })
      .getByRole('radio', { name: '6', exact: true })
      .check();
    await reality
      .getByLabel('Evidence (optional)')
      .fill('I asked before advising in three of five 1:1s.');
    await page.getByLabel('My focus for next week').fill('Ask before advising.');
    await settled(page);
    await expectAccessible(page, 'review, rated');
    await screenshot(page, 'review-reality-desktop');

    await page.getByRole('button', { name: 'Save review' }).click();
    await expect
      .poll(() => page.getByRole('status').getByText('Saved', { exact: true }).isVisible())
      .toBe(true);

    // The reality step shows the new level, recorded once.
    await expect.poll(() => reality.getByText('Reality 6 · vision 8').isVisible()).toBe(true);

    // The trend has this week's point; its table says 75%.
    const trend = page.getByRole('region', { name: 'Alignment over time' });
    await expect.poll(() => trend.locator('.recharts-line-dot').count()).toBe(1);
    await trend.getByText('Show as a table').click();
    await expect.poll(() => trend.getByRole('cell', { name: '75%' }).isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'review, saved');
    await screenshot(page, 'review-desktop');

    // A second save updates the same week.
    await page.getByLabel('My focus for next week').fill('Ask before advising, every day.');
    await page.getByRole('button', { name: 'Update review' }).click();
    await expect
      .poll(() => page.getByRole('status').getByText('Saved', { exact: true }).isVisible())
      .toBe(true);
    const reviews = await page.request.get('/api/reviews/weekly');
    const { items } = (await reviews.json()) as {
      items: { week: string; focus: string; alignment: number }[];
    };
    expect(items.map((r) => [r.focus, r.alignment])).toEqual([
      ['Ask before advising, every day.', 75],
    ]);
    const week = items[0]!.week;

    // The assessment made during the review is on the aspiration's page, with its evidence,
    // once (the second save did not record it again).
    await page.goto(`/vision/aspirations/${aspirationId}`);
    await heading(page, 'Coach, not fix');
    const history = page.getByRole('region', { name: 'History' });
    await expect
      .poll(() => history.getByText('Reality assessed at 6', { exact: true }).isVisible())
      .toBe(true);
    expect(
      await history.getByText('I asked before advising in three of five 1:1s.').isVisible(),
    ).toBe(true);
    expect(await history.getByText(/^Reality assessed at/).count()).toBe(1);

    // The saved week, to reread: its alignment and answers.
    await page.goto(`/review/${week}`);
    await heading(page, /^Week \d+ review$/);
    await expect
      .poll(() => page.getByText('Your week reflected your values at 75%').isVisible())
      .toBe(true);
    expect(await page.getByText('Ask before advising, every day.').isVisible()).toBe(true);
    expect(await page.getByText('7 / 10').isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'review week');
    await screenshot(page, 'review-week-desktop');

    // Opened again, the form keeps the week's answers.
    await page.goto('/review');
    await heading(page, 'This week’s review');
    await expect
      .poll(() => page.getByLabel('What I learned this week').inputValue())
      .toBe('I listen better when I do not prepare my answer.');

    // Phone and dark: the page fits 360 px and stays accessible.
    for (const [viewport, colorScheme, label] of [
      [PHONE, 'light', 'phone-light'],
      [PHONE, 'dark', 'phone-dark'],
      [DESKTOP, 'dark', 'desktop-dark'],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const [url, name] of [
        ['/review', 'review'],
        [`/review/${week}`, 'review-week'],
      ] as const) {
        await page.goto(url);
        await expect
          .poll(() => page.getByText('Your week reflected your values at 75%').isVisible())
          .toBe(true);
        await settled(page);
        await noHorizontalOverflow(page);
        await expectAccessible(page, `${name}, ${label}`);
        await screenshot(page, `${name}-${label}`);
      }
    }

    expect(problems).toEqual([]);
    await context.close();
  });
});
