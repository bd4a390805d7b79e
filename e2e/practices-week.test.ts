import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser';
import { addAspiration, addPractice, assessReality, daysBefore, today } from './support/data';
import { useE2e } from './support/fixtures';
import { api, heading, noHorizontalOverflow, seen } from './support/flows';

const e2e = useE2e('practices-week');

/** The phone of issue 14's brief: a 390 × 844 screen. */
const TALL_PHONE = { width: 390, height: 844 };

/** The seven day buttons of a practice on the list, today first. */
const weekOf = (page: Page, name: string) =>
  page.getByRole('list', { name: `${name}, the last 7 days` }).getByRole('button');

describe('Practices ticked where they live, and charts that wait for data', () => {
  it('ticks and unticks today from the Practices list, and Today shows it', async () => {
    const { page } = await e2e.signedIn();
    const id = await addPractice(page, 'Walk');
    const date = await today(page);
    await api(page, 'PUT', `/api/practices/${id}/checkins/${daysBefore(date, 2)}`, {
      status: 'done',
    });
    await page.goto('/practices');
    await heading(page, 'Practices');
    const days = weekOf(page, 'Walk');
    await expect.poll(() => days.count(), { timeout: 20_000 }).toBe(7);

    // Today first, named in full; two days ago already done.
    const todayCell = days.first();
    expect(await todayCell.getAttribute('aria-label')).toMatch(/^Walk, \w+day.*, not done$/);
    expect(await todayCell.getAttribute('aria-pressed')).toBe('false');
    expect(await days.nth(2).getAttribute('aria-label')).toMatch(/, done$/);
    expect(await days.nth(2).getAttribute('aria-pressed')).toBe('true');

    await todayCell.click();
    // Optimistic: pressed at once, then confirmed by the server's answer.
    await expect.poll(() => todayCell.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => todayCell.getAttribute('aria-label')).toMatch(/, done$/);
    await expect
      .poll(async () => {
        const week = await api<{ items: { week: { date: string }[] }[] }>(
          page,
          'GET',
          '/api/practices',
        );
        return week.items[0]?.week.map((c) => c.date);
      })
      .toEqual([daysBefore(date, 2), date]);
    await seen(page, 'practices list with a week', 'practices-week-desktop-light');

    await page.goto('/today');
    const tick = page.getByRole('checkbox', { name: 'Walk' });
    await expect.poll(() => tick.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await tick.isChecked()).toBe(true);

    // Unticked on the list, unticked on Today.
    await page.goto('/practices');
    await expect.poll(() => weekOf(page, 'Walk').first().getAttribute('aria-pressed')).toBe('true');
    await weekOf(page, 'Walk').first().click();
    await expect
      .poll(() => weekOf(page, 'Walk').first().getAttribute('aria-pressed'))
      .toBe('false');
    await expect
      .poll(
        async () =>
          (await api<{ items: { week: unknown[] }[] }>(page, 'GET', '/api/practices')).items[0]
            ?.week.length,
      )
      .toBe(1);
    await page.goto('/today');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Walk' }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Walk' }).isChecked()).toBe(false);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits a phone in ${colorScheme}: the week in thumb's reach, practices above the fold on Today`, async () => {
      const { page } = await e2e.signedIn({ viewport: TALL_PHONE, colorScheme });
      const id = await addPractice(page, 'Morning pages');
      await addPractice(page, 'Walk, no phone');
      const date = await today(page);
      for (const back of [1, 3]) {
        await api(page, 'PUT', `/api/practices/${id}/checkins/${daysBefore(date, back)}`, {
          status: back === 3 ? 'skipped' : 'done',
        });
      }
      await page.goto('/practices');
      await expect.poll(() => weekOf(page, 'Walk, no phone').count(), { timeout: 20_000 }).toBe(7);
      await noHorizontalOverflow(page);
      await seen(
        page,
        `practices list, phone ${colorScheme}`,
        `practices-week-phone-${colorScheme}`,
      );

      await page.goto('/today');
      const tick = page.getByRole('checkbox', { name: 'Morning pages' });
      await expect.poll(() => tick.isVisible(), { timeout: 20_000 }).toBe(true);
      const box = await tick.boundingBox();
      expect(box && box.y + box.height).toBeLessThan(TALL_PHONE.height);
      await seen(page, `today, phone ${colorScheme}`, `practices-today-phone-${colorScheme}`);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows charts that say what they need, ${colorScheme}`, async () => {
      const { page } = await e2e.signedIn({ viewport: DESKTOP, colorScheme });
      // One reaction: not yet a pattern.
      await api(page, 'POST', '/api/reactions', {
        trigger: 'Sam interrupted me at lunch',
        emotions: ['frustrated'],
        intensity: 7,
      });
      await page.goto('/reactions');
      const needs = page.getByText('Patterns appear after three reactions.');
      await expect.poll(() => needs.isVisible(), { timeout: 20_000 }).toBe(true);
      await seen(
        page,
        `reaction patterns waiting, ${colorScheme}`,
        `charts-patterns-${colorScheme}`,
      );

      // A new practice: strength needs a second day.
      const id = await addPractice(page, 'Morning pages');
      await page.goto(`/practices/${id}`);
      await expect
        .poll(() => page.getByText('Strength is drawn from the second day').isVisible(), {
          timeout: 20_000,
        })
        .toBe(true);

      // The first assessment is a point on "Over time" at once.
      const aspiration = await addAspiration(page, 'Coach, not fix');
      await assessReality(page, aspiration, 4, 'I still jump in with advice.');
      await page.goto(`/vision/aspirations/${aspiration}`);
      await heading(page, 'Coach, not fix');
      const overTime = page.getByRole('region', { name: 'Over time' });
      await expect.poll(() => overTime.isVisible(), { timeout: 20_000 }).toBe(true);
      // The reality point: a dot of the reality colour drawn in the chart.
      await expect
        .poll(() => overTime.locator('.recharts-line-dots circle').count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
      await overTime.scrollIntoViewIfNeeded();
      await seen(
        page,
        `over time after one assessment, ${colorScheme}`,
        `charts-over-time-${colorScheme}`,
      );
    });
  }
});
