import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const SCREENSHOT_DIR = path.resolve('artifacts/screenshots');

/** Debian's Chromium, headless, with the flags that work on these machines. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** A fresh browser profile (its own cookies) at a viewport, failing the test on page errors. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    isMobile: options.viewport === PHONE,
    hasTouch: options.viewport === PHONE,
  });
  const page = await context.newPage();
  // A page the server drew (Today, Vision: decision 0068) is shown before the app has taken it
  // over; a test goes on once it has, as a person would once it answers. A test that asks
  // only for the answer's start (`waitUntil: 'commit'`) goes on at once.
  const goto = page.goto.bind(page);
  page.goto = async (url, gotoOptions) => {
    const response = await goto(url, gotoOptions);
    if (gotoOptions?.waitUntil === 'commit') return response;
    await page.waitForFunction(
      () =>
        !document.getElementById('praxis-first-page') ||
        document.documentElement.dataset.app === 'started',
    );
    return response;
  };
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // CSP violations and uncaught errors surface as console errors.
    if (message.type() === 'error' && !message.text().includes('401')) {
      problems.push(`console: ${message.text()} (${message.location().url})`);
    }
  });
  return { context, page, problems };
}

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails on any violation. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}

/** Saves a full-page screenshot under artifacts/screenshots/ for people to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
