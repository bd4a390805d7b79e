import type { Page, Request, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { addAspiration, addPractice, assessReality } from './support/data';
import { useE2e } from './support/fixtures';
import { heading, settled } from './support/flows';

const e2e = useE2e('first-page');

/**
 * Opens `url` afresh, counting the API reads and the script files the load asks for; resolves
 * with the page's own response (its headers and HTML).
 */
async function open(page: Page, url: string) {
  const reads = new Map<string, number>();
  const scripts: string[] = [];
  const count = (request: Request) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.startsWith('/api/')) {
      const key = `${request.method()} ${pathname}${search}`;
      reads.set(key, (reads.get(key) ?? 0) + 1);
    }
    if (pathname.endsWith('.js')) scripts.push(pathname);
  };
  page.on('request', count);
  const response = (await page.goto(url)) as Response;
  return { response, reads, scripts, stop: () => page.off('request', count) };
}

/** The strict policy: scripts from this server only, none inline, no eval. */
function expectStrictScripts(response: Response) {
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
}

/** Screenshots `name-1280` (desktop) and `name-390` (a 390×844 phone) for people to look at. */
async function screenshotsAt(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await settled(page);
    await screenshot(page, `${name}-${width}`);
  }
}

/** Fails when a script the page loaded holds Zod: first pages check no answers with it. */
async function expectNoZod(page: Page, scripts: string[]) {
  for (const file of scripts) {
    const source = await (await page.request.get(file)).text();
    expect(source.includes('$ZodType'), file).toBe(false);
  }
}

describe('the first pages load in one wave (issue 16, budget 5)', () => {
  it('Today: drawn with its answers, its chunks named by the HTML', async () => {
    const { page } = await e2e.signedIn();
    await addPractice(page, 'Morning pages');
    const load = await open(page, '/today');
    // The person's own page (drawn by the server, decision 0068): never kept for another.
    expect(load.response.headers()['cache-control']).toBe('private, no-cache');
    expect(load.response.headers()['vary']).toMatch(/cookie/i);
    expectStrictScripts(load.response);
    const html = await load.response.text();
    // The page's own chunk and the app shell's are named in the HTML, not found by running code;
    // public/after-paint.js asks for them once the drawn page is painted.
    expect(html).toMatch(/data-modules="[^"]*\/assets\/today-page-[\w-]+\.js/);
    expect(html).toMatch(/data-modules="[^"]*\/assets\/app-shell-[\w-]+\.js/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    await heading(page, /^\w+day \d{1,2} \w+$|^\w+day, \w+ \d{1,2}$/);
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Morning pages' }).isVisible())
      .toBe(true);
    await settled(page);
    load.stop();
    // The answers came with the page: the browser does not ask for them again.
    expect(load.reads.get('GET /api/me')).toBeUndefined();
    expect(load.reads.get('GET /api/today')).toBeUndefined();
    await expectNoZod(page, load.scripts);
    await screenshotsAt(page, 'first-page-today');
  });

  it('Vision: drawn with its answers, without the charts for a sparkline it does not draw', async () => {
    const { page } = await e2e.signedIn();
    const id = await addAspiration(page, 'Coach, not fix', 8);
    await assessReality(page, id, 4, 'In two of five 1:1s I gave advice before asking.');
    const load = await open(page, '/vision');
    expectStrictScripts(load.response);
    expect(await load.response.text()).toMatch(
      /data-modules="[^"]*\/assets\/vision-page-[\w-]+\.js/,
    );
    await heading(page, 'Vision');
    await expect
      .poll(() => page.getByRole('link', { name: 'Coach, not fix' }).isVisible())
      .toBe(true);
    await settled(page);
    load.stop();
    for (const read of ['/api/me', '/api/purpose', '/api/values', '/api/aspirations?limit=100'])
      expect(load.reads.get(`GET ${read}`), read).toBeUndefined();
    // A history shorter than a day draws no sparkline, so the charting library is not loaded.
    expect(load.scripts.filter((file) => /tension-chart|CartesianChart/.test(file))).toEqual([]);
    // Nor Zod: the forms load the contract's rules when they are shown (decision 0069).
    await expectNoZod(page, load.scripts);
    await screenshotsAt(page, 'first-page-vision');
  });

  it('another page still gets the plain index.html, and asks for its own answers itself', async () => {
    const { page } = await e2e.signedIn();
    // Plain pages, too, load the formatting data on another thread (early-reads.js).
    const warming = page.waitForEvent('worker', {
      predicate: (worker) => worker.url().endsWith('/warm-intl.js'),
      timeout: 30_000,
    });
    const load = await open(page, '/journal');
    await warming;
    expectStrictScripts(load.response);
    expect(await load.response.text()).not.toContain('today-page-');
    await heading(page, 'Journal');
    await settled(page);
    load.stop();
    expect(load.reads.get('GET /api/me')).toBe(1);
    expect(load.reads.get('GET /api/today')).toBeUndefined();
  });
});
