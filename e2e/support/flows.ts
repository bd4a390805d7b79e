import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, expectAccessible, PHONE, screenshot } from './browser';

/** The password every e2e person signs up with. */
export const PASSWORD = 'a calm morning practice';

/** A new person with a unique email; `tag` names the test file in the address. */
export function newPerson(tag: string) {
  const unique = `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
  return { name: 'Ana Lima', email: `ana.${tag}.${unique}@example.com`, password: PASSWORD };
}

/** Signs up through the form; a new person lands on the welcome guide. */
export async function signUp(page: Page, person: ReturnType<typeof newPerson>) {
  await page.goto('/sign-up');
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/welcome');
}

/** Signs up and skips the welcome guide, landing on Vision. */
export async function signUpAndSkip(page: Page, tag: string) {
  const person = newPerson(tag);
  await signUp(page, person);
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.waitForURL('**/vision');
  return person;
}

/** Waits until the page's h1 is the given one. */
export async function heading(
  page: Page,
  name: string | RegExp,
  options: { exact?: boolean } = {},
) {
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name, ...options }).isVisible())
    .toBe(true);
}

/** Waits until no dialog is open. */
export async function noDialog(page: Page) {
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

/** Waits until no animation runs, so screenshots and axe see the settled page. */
export async function settled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length),
    )
    .toBe(0);
}

/**
 * Puts the page's system theme in `colorScheme` and waits until the page has followed it (its
 * `<html class="dark">`) and the colours' transitions have started, so that `settled` and axe
 * see the new theme, never one half-applied.
 */
export async function switchTheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction(
    (dark) => document.documentElement.classList.contains('dark') === dark,
    colorScheme === 'dark',
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Fails when the page is wider than the window (it must work from 360 px). */
export async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The looks a page is checked in besides desktop light, with the label its screenshots carry. */
export const OTHER_LOOKS = [
  [PHONE, 'light', 'phone-light'],
  [PHONE, 'dark', 'phone-dark'],
  [DESKTOP, 'dark', 'desktop-dark'],
] as const;

export type OtherLook = (typeof OTHER_LOOKS)[number];

/** Pages to check in a look: where each is, its screenshot's name, and when it is ready. */
export type PagesToCheck = readonly (readonly [
  url: string,
  name: string,
  ready: () => Promise<boolean>,
])[];

/**
 * Opens each page in one look (a phone in light or dark, or the desktop in dark): once
 * `ready()` is true and the page has settled, it must fit the window and pass axe; then its
 * screenshot is taken as `<name>-<look>`. Leaves the page in that look. A test per look keeps
 * each test short on a loaded machine.
 *
 * @example
 * for (const look of OTHER_LOOKS) it(`fits … (${look[2]})`, async () => checkLook(page, look, pages));
 */
export async function checkLook(page: Page, look: OtherLook, pages: PagesToCheck) {
  const [viewport, colorScheme, label] = look;
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  for (const [url, name, ready] of pages) {
    await page.goto(url);
    await expect.poll(ready).toBe(true);
    await settled(page);
    await noHorizontalOverflow(page);
    await expectAccessible(page, `${name}, ${label}`);
    await screenshot(page, `${name}-${label}`);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the API as the person signed in on `page` (their session cookie, and the CSRF token for
 * writes), for the set-up a test does not need to click through. Fails unless the answer has
 * `status` (201 for POST, 204 for DELETE, else 200 by default); resolves to its JSON, if any.
 */
export async function api<T = unknown>(
  page: Page,
  method: Method,
  path: string,
  data?: unknown,
  status = method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') {
    const csrf = await page.request.get('/api/auth/csrf');
    headers['X-CSRF-Token'] = ((await csrf.json()) as { token: string }).token;
  }
  const answer = await page.request.fetch(path, { method, data, headers });
  expect(answer.status(), `${method} ${path}: ${await answer.text()}`).toBe(status);
  return (status === 204 ? undefined : await answer.json()) as T;
}

/** Checks a page as it is now: settled, no overflow at its width, axe, and a screenshot. */
export async function look(page: Page, name: string) {
  await settled(page);
  await noHorizontalOverflow(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** Checks a page as it is now, settled, with axe (named `label`), and saves its screenshot. */
export async function seen(page: Page, label: string, name: string) {
  await settled(page);
  await expectAccessible(page, label);
  await screenshot(page, name);
}

/**
 * On a phone: opens `url`, clicks the button that opens a dialog of the same name, and checks
 * that the settled dialog fits 360 px (screenshot `name`); then closes it with Escape.
 */
export async function dialogOnPhone(page: Page, url: string, dialog: string, name: string) {
  await page.goto(url);
  await page.getByRole('button', { name: dialog }).first().click();
  await expect.poll(() => page.getByRole('dialog', { name: dialog }).isVisible()).toBe(true);
  await settled(page);
  await noHorizontalOverflow(page);
  await screenshot(page, name);
  await page.keyboard.press('Escape');
  await noDialog(page);
}

/** Opens the page afresh with `open` in one look and looks at it as `<name>-<look>`. */
export async function lookIn(
  page: Page,
  other: OtherLook,
  name: string,
  open: () => Promise<void>,
) {
  const [viewport, colorScheme, label] = other;
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  await open();
  await switchTheme(page, colorScheme);
  await look(page, `${name}-${label}`);
}

/**
 * The same page on a phone (360 px) in light and dark and on the desktop in dark, each opened
 * afresh by `open` and then looked at; the page is left on the desktop in light.
 */
export async function lookEverywhere(page: Page, name: string, open: () => Promise<void>) {
  for (const other of OTHER_LOOKS) await lookIn(page, other, name, open);
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
}
