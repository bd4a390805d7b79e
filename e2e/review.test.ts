import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../src/core/calendar';
import { addAspiration, addValue, today } from './support/data';
import { useE2e } from './support/fixtures';
import { api, checkLook, heading, OTHER_LOOKS, seen } from './support/flows';

const e2e = useE2e('review');
const ALIGNED = 'Your week reflected your values at 75%';

/** Opens this week's review from the navigation. */
async function openReview(page: Page) {
  await page.goto('/today');
  await page.getByRole('link', { name: 'Weekly review' }).click();
  await page.waitForURL('**/review');
  await heading(page, 'This week’s review');
}

/** Values Honesty and Curiosity, and the aspiration "Coach, not fix" at vision 8; its id. */
async function addValuesAndAspiration(page: Page): Promise<string> {
  await addValue(page, 'Honesty');
  await addValue(page, 'Curiosity');
  return addAspiration(page, 'Coach, not fix', 8);
}

/**
 * Fills the review: what went well and was learned, both values rated (the alignment follows
 * live), reality updated to 6 with evidence, and next week's focus. Does not save.
 */
async function fillReview(page: Page) {
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
  await expect.poll(() => live.textContent()).toBe(ALIGNED);
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
}

/** Saves the review with the given button and waits for the quiet "Saved". */
async function save(page: Page, button: 'Save review' | 'Update review') {
  await page.getByRole('button', { name: button }).click();
  await expect
    .poll(() => page.getByRole('status').getByText('Saved', { exact: true }).isVisible())
    .toBe(true);
}

/** This week's review, saved through the API with Honesty at 7 and Curiosity at 8; its week. */
async function addReview(page: Page): Promise<string> {
  const honesty = await addValue(page, 'Honesty');
  const curiosity = await addValue(page, 'Curiosity');
  const week = isoWeekOf(await today(page));
  await api(page, 'POST', '/api/reviews/weekly', {
    week,
    valueRatings: [
      { valueId: honesty, rating: 7, evidence: 'I told Sam the plan would slip.' },
      { valueId: curiosity, rating: 8, evidence: '' },
    ],
    wentWell: 'Two calm mornings of writing, and a long walk with Leo.',
    learned: 'I listen better when I do not prepare my answer.',
    focus: 'Ask before advising, every day.',
  });
  return week;
}

describe('The weekly review in the browser', () => {
  it('explains the values step, and links to Vision, while no value is named', async () => {
    const { page } = await e2e.signedIn();
    await openReview(page);
    await expect
      .poll(() =>
        page.getByText('You haven’t named your values yet.', { exact: false }).isVisible(),
      )
      .toBe(true);
    expect(await page.getByRole('link', { name: 'Go to Vision' }).count()).toBeGreaterThan(0);
    await seen(page, 'review, no values', 'review-empty-desktop');
  });

  it('rates two values with the alignment shown live, updates reality, and draws the trend', async () => {
    const { page } = await e2e.signedIn();
    await addValuesAndAspiration(page);
    await openReview(page);
    await fillReview(page);
    await seen(page, 'review, rated', 'review-reality-desktop');
    await save(page, 'Save review');

    const reality = page.getByRole('region', { name: 'Update reality' });
    await expect.poll(() => reality.getByText('Reality 6 · vision 8').isVisible()).toBe(true);
    const trend = page.getByRole('region', { name: 'Alignment over time' });
    // The chart is drawn aria-hidden (its table speaks): its dots have no role to ask for.
    await expect.poll(() => trend.locator('.recharts-line-dot').count()).toBe(1);
    await trend.getByText('Show as a table').click();
    await expect.poll(() => trend.getByRole('cell', { name: '75%' }).isVisible()).toBe(true);
    await seen(page, 'review, saved', 'review-desktop');
  });

  it('updates the same week on a second save, and records the reality once', async () => {
    const { page } = await e2e.signedIn();
    const aspirationId = await addValuesAndAspiration(page);
    await openReview(page);
    await fillReview(page);
    await save(page, 'Save review');
    await page.getByLabel('My focus for next week').fill('Ask before advising, every day.');
    await save(page, 'Update review');
    const { items } = await api<{ items: { focus: string; alignment: number }[] }>(
      page,
      'GET',
      '/api/reviews/weekly',
    );
    expect(items.map((r) => [r.focus, r.alignment])).toEqual([
      ['Ask before advising, every day.', 75],
    ]);

    // The assessment made during the review is on the aspiration's page, with its evidence, once.
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
  });

  it('rereads a saved week, and the form keeps the week’s answers', async () => {
    const { page } = await e2e.signedIn();
    const week = await addReview(page);
    await page.goto(`/review/${week}`);
    await heading(page, /^Week \d+ review$/);
    await expect.poll(() => page.getByText(ALIGNED).isVisible()).toBe(true);
    expect(await page.getByText('Ask before advising, every day.').isVisible()).toBe(true);
    expect(await page.getByText('7 / 10').isVisible()).toBe(true);
    await seen(page, 'review week', 'review-week-desktop');

    await page.goto('/review');
    await heading(page, 'This week’s review');
    await expect
      .poll(() => page.getByLabel('What I learned this week').inputValue())
      .toBe('I listen better when I do not prepare my answer.');
  });

  for (const look of OTHER_LOOKS) {
    it(`fits the review and a saved week, ${look[2]}`, async () => {
      const { page } = await e2e.signedIn();
      const week = await addReview(page);
      const aligned = () => page.getByText(ALIGNED).isVisible();
      await checkLook(page, look, [
        ['/review', 'review', aligned],
        [`/review/${week}`, 'review-week', aligned],
      ]);
    });
  }
});
