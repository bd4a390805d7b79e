import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addOrganization } from './support/data';
import { useE2e } from './support/fixtures';
import { api, look, lookEverywhere } from './support/flows';

const e2e = useE2e('inbox');

const seeHeading = (page: Page, name: string | RegExp) =>
  expect
    .poll(() => page.getByRole('heading', { level: 1, name, exact: true }).isVisible())
    .toBe(true);

/** The inbox entry of the side navigation, by its accessible name ("Inbox, 2 unread"). */
const inboxLink = (page: Page, name: string | RegExp) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .first()
    .getByRole('link', { name, exact: typeof name === 'string' });

describe('the inbox in the browser', () => {
  it('teaches what it is for while empty', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/inbox');
    await seeHeading(page, 'Inbox');
    await expect
      .poll(() => page.getByText('Nothing asks for you right now').isVisible())
      .toBe(true);
    await look(page, 'inbox-empty-desktop');
  });

  it('counts a colleague’s request live, and answers it from the inbox', async () => {
    const me = await e2e.signedIn();
    const colleague = await e2e.signedIn({ name: 'Ana Colleague' });
    await addOrganization(colleague, 'Inbox Lab', [me]);
    const { page } = me;
    await page.goto('/today');
    await expect.poll(() => inboxLink(page, 'Inbox').isVisible(), { timeout: 30_000 }).toBe(true);

    // The colleague asks; my open page counts it without a reload.
    await api(colleague.page, 'POST', '/api/feedback/requests', {
      question: 'What should I keep doing in our planning meetings?',
      anonymousAllowed: true,
      recipients: [{ userId: me.id }],
    });
    await expect
      .poll(() => inboxLink(page, /^Inbox\s*,\s*1 unread$/).isVisible(), { timeout: 30_000 })
      .toBe(true);

    await inboxLink(page, /^Inbox\s*,\s*1 unread$/).click();
    await seeHeading(page, 'Inbox');
    const item = page.getByRole('link', { name: /^Ana Colleague asked you for feedback/ });
    await expect.poll(() => item.isVisible()).toBe(true);
    await look(page, 'inbox-desktop');
    await lookEverywhere(page, 'inbox', async () => {
      await page.goto('/inbox');
      await expect.poll(() => item.isVisible()).toBe(true);
    });
    await page.goto('/inbox');
    await item.click();
    await seeHeading(page, /asks for your feedback$/);
    await expect.poll(() => inboxLink(page, 'Inbox').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByLabel('Situation', { exact: true }).fill('In the planning meeting.');
    await page
      .getByLabel('Behavior', { exact: true })
      .fill('You summarised what each of us said before deciding.');
    await page.getByLabel('Impact', { exact: true }).fill('I felt heard, and the decision stuck.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await seeHeading(page, 'Thank you');
  });

  it('counts a request that arrives while the page is still reading the count', async () => {
    const me = await e2e.signedIn();
    const colleague = await e2e.signedIn({ name: 'Ana Colleague' });
    await addOrganization(colleague, 'Inbox Lab', [me]);
    const { page } = me;
    // The page's first read of the count answers with what was true before the request, and
    // arrives only after the live stream has listened and told of the request.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let firstRead = true;
    await page.route('**/api/inbox/count', async (route) => {
      if (!firstRead) return route.continue();
      firstRead = false;
      const before = await route.fetch();
      await released;
      await route.fulfill({ response: before }).catch(() => {});
    });
    const listening = page.waitForResponse('**/api/events', { timeout: 30_000 });
    await page.goto('/today');
    await listening;
    await api(colleague.page, 'POST', '/api/feedback/requests', {
      question: 'What should I keep doing in our planning meetings?',
      anonymousAllowed: true,
      recipients: [{ userId: me.id }],
    });
    await page.waitForTimeout(1_000);
    release();
    await expect
      .poll(() => inboxLink(page, /^Inbox\s*,\s*1 unread$/).isVisible(), { timeout: 30_000 })
      .toBe(true);
  });
});
