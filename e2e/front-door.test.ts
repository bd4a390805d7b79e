import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser';
import { useE2e } from './support/fixtures';
import { heading, look } from './support/flows';

const e2e = useE2e('front-door');

/** The phone the front door is looked at on (a common size; the app is also checked at 360 px). */
const PHONE_390 = { width: 390, height: 844 };

const FRONT_DOOR = 'A quiet place to practise personal mastery';

async function frontDoor(page: Page) {
  await page.goto('/');
  await heading(page, FRONT_DOOR);
}

describe('the front door', () => {
  it('greets a signed-out visitor, who goes on to create an account', async () => {
    const { page } = await e2e.visitor();
    await frontDoor(page);
    await expect
      .poll(() => page.getByRole('heading', { name: 'What stays private' }).isVisible())
      .toBe(true);
    await look(page, 'front-desktop-light');
    await page.getByRole('link', { name: 'Create an account' }).first().click();
    await page.waitForURL('**/sign-up');
    await heading(page, 'Create your account');
  });

  it('has sign-in one click away', async () => {
    const { page } = await e2e.visitor();
    await frontDoor(page);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
    await heading(page, 'Welcome back');
    // The brand on the sign-in page leads back to the front door.
    await page.getByRole('link', { name: 'Praxis' }).first().click();
    await heading(page, FRONT_DOOR);
  });

  it('fits a phone and the dark theme', async () => {
    for (const [viewport, colorScheme, name] of [
      [PHONE_390, 'light', 'front-phone-light'],
      [PHONE_390, 'dark', 'front-phone-dark'],
      [DESKTOP, 'dark', 'front-desktop-dark'],
    ] as const) {
      const { page } = await e2e.visitor({ viewport, colorScheme });
      await frontDoor(page);
      await look(page, name);
    }
  });

  it('is not shown to someone signed in: "/" goes to Today', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/');
    await page.waitForURL('**/today');
  });
});
