import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { addAspiration, addPractice, assessReality } from './support/data';
import { useE2e } from './support/fixtures';
import { api, heading, settled } from './support/flows';

const e2e = useE2e('server-drawn');

/**
 * Today and Vision are drawn by the server for the person whose cookie comes with the request
 * (docs/decisions/0068-first-page-drawn-by-the-server.md).
 */
describe('the first page drawn by the server (issue 16, budget 5)', () => {
  it('shows the person’s own Today before any script runs, under the same CSP', async () => {
    const { page, context } = await e2e.signedIn();
    await addPractice(page, 'Morning pages');
    const plain = await page.goto('/journal');
    const browser = context.browser()!;
    const noScripts = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await context.storageState(),
      baseURL: new URL(page.url()).origin,
    });
    try {
      const still = await noScripts.newPage();
      const drawn = (await still.goto('/today'))!;
      expect(drawn.headers()['content-security-policy']).toBe(
        plain!.headers()['content-security-policy'],
      );
      expect(drawn.headers()['content-security-policy']).toContain("script-src 'self';");
      const html = await drawn.text();
      expect(html).toContain('<script type="application/json" id="praxis-first-page">');
      expect(html).not.toMatch(/<script>|<script type="module"| style="/);
      await expect.poll(() => still.getByText('Morning pages').first().isVisible()).toBe(true);
      await expect
        .poll(() => still.getByRole('heading', { level: 1 }).textContent())
        .toMatch(/^\w+day/);
      // What a person sees before the scripts come, for people to look at.
      for (const [width, height] of [
        [1280, 900],
        [390, 844],
      ] as const) {
        await still.setViewportSize({ width, height });
        await screenshot(still, `server-drawn-today-${width}`);
      }
    } finally {
      await noScripts.close();
    }
  });

  it('is taken over by the app without errors, and works', async () => {
    const { page } = await e2e.signedIn();
    await addPractice(page, 'Evening walk');
    // The formatting data is loaded on another thread while the scripts come (warm-intl.js).
    const warming = page.waitForEvent('worker', {
      predicate: (worker) => worker.url().endsWith('/warm-intl.js'),
      timeout: 30_000,
    });
    await page.goto('/today');
    await warming;
    const box = page.getByRole('checkbox', { name: 'Evening walk' });
    await expect.poll(() => box.isVisible()).toBe(true);
    await settled(page);
    // The fixture fails the test on any console error (a hydration mismatch, the CSP).
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
  });

  it('keeps a press made before the app has taken over, and makes it once it has', async () => {
    const { page } = await e2e.signedIn();
    await addPractice(page, 'Evening walk');
    // The app's scripts are held back until both presses have been made on the drawn page.
    let release = () => {};
    const scriptsMayCome = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await scriptsMayCome;
      await route.continue();
    });
    await page.goto('/today', { waitUntil: 'commit' });
    const box = page.getByRole('checkbox', { name: 'Evening walk' });
    await expect.poll(() => box.isVisible(), { timeout: 30_000 }).toBe(true);
    await box.click();
    await page.getByRole('button', { name: 'More for Evening walk' }).click();
    expect(await box.isChecked()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    release();
    await expect.poll(() => box.isChecked(), { timeout: 30_000 }).toBe(true);
    const open = page.getByRole('menuitem', { name: 'Open practice' });
    await expect.poll(() => open.isVisible(), { timeout: 30_000 }).toBe(true);
    type Day = { practices: { name: string; today: { checkIn: { status: string } | null } }[] };
    const saved = async () => {
      const day = await api<Day>(page, 'GET', '/api/today');
      return day.practices.find((practice) => practice.name === 'Evening walk')?.today.checkIn;
    };
    await expect.poll(async () => (await saved())?.status, { timeout: 30_000 }).toBe('done');
  });

  it('Vision: the tension markers are placed once the app takes over', async () => {
    const { page } = await e2e.signedIn();
    const id = await addAspiration(page, 'Listen first', 8);
    await assessReality(page, id, 3, 'I interrupted twice this week.');
    await page.goto('/vision');
    await heading(page, 'Vision');
    await expect
      .poll(() => page.getByRole('link', { name: 'Listen first' }).isVisible())
      .toBe(true);
    await settled(page);
    expect(await page.locator('[data-ssr-style]').count()).toBe(0);
    const placed = await page.locator('[style*="left"]').count();
    expect(placed).toBeGreaterThan(0);
  });

  it('never shows one person’s page to another, nor to nobody', async () => {
    const first = await e2e.signedIn();
    await addPractice(first.page, 'Only mine');
    const mine = await (await first.page.request.get('/today')).text();
    expect(mine).toContain('Only mine');
    const other = await e2e.signedIn();
    const theirs = await (await other.page.request.get('/today')).text();
    expect(theirs).toContain('id="praxis-first-page"');
    expect(theirs).not.toContain('Only mine');
    const nobody = await e2e.visitor();
    const plain = await nobody.page.request.get('/today');
    expect(plain.headers()['cache-control']).toBe('no-cache');
    expect(await plain.text()).not.toContain('praxis-first-page');
  });
});
