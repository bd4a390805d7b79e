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
  heading,
  newPerson,
  noDialog,
  noHorizontalOverflow,
  settled,
  signUpAndSkip,
} from './support/flows';

const baseUrl = inject('e2eBaseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Console problems, less the refusal this test meets on purpose (a used link, 409). */
const unexpected = (problems: string[]) =>
  problems.filter((problem) => !/status of 409 .*\/api\/feedback\/answers\//.test(problem));

/** Checks a page as it is now: no overflow at 360 px, axe, and a screenshot for people. */
async function look(page: Page, name: string) {
  await settled(page);
  await noHorizontalOverflow(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

describe('developmental feedback in the browser', () => {
  it('asks for feedback, is answered through the link without an account, and reads the answer', async () => {
    const requester = await newContext(browser, baseUrl, { viewport: DESKTOP });
    await signUpAndSkip(requester.page, 'feedback');
    const giverEmail = newPerson('feedback-giver').email;

    // No requests yet: the page explains itself.
    await requester.page.goto('/feedback');
    await heading(requester.page, 'Feedback', { exact: true });
    await expect.poll(() => requester.page.getByText('No requests yet').isVisible()).toBe(true);
    await look(requester.page, 'feedback-empty-desktop');

    // Ask one question of someone by email.
    await requester.page.getByRole('button', { name: 'Ask for feedback' }).first().click();
    const ask = requester.page.getByRole('dialog', { name: 'Ask for feedback' });
    await ask.getByRole('button', { name: 'Create links' }).click();
    await expect.poll(() => ask.getByText('Ask a question.').isVisible()).toBe(true);
    await ask
      .getByLabel('Your question', { exact: true })
      .fill('What could I do to make our 1:1s more useful to you?');
    // No colleagues yet (no organization): the email field says so and takes the error.
    await expect
      .poll(() =>
        ask.getByText('Choose at least one colleague, or add an email address.').isVisible(),
      )
      .toBe(true);
    await ask.getByLabel('By email', { exact: true }).fill(giverEmail);
    await ask.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => ask.getByRole('button', { name: `Remove ${giverEmail}` }).isVisible())
      .toBe(true);
    await look(requester.page, 'feedback-ask-desktop');
    await ask.getByRole('button', { name: 'Create links' }).click();

    const links = requester.page.getByRole('dialog', { name: 'Your request is ready' });
    await expect.poll(() => links.isVisible()).toBe(true);
    const answerUrl = (await links.locator('code').textContent()) ?? '';
    expect(answerUrl).toMatch(/\/feedback\/\S+$/);
    await expect.poll(() => links.getByText(`Link for ${giverEmail}`).isVisible()).toBe(true);
    await look(requester.page, 'feedback-links-desktop');
    await links.getByRole('button', { name: 'Done' }).click();
    await noDialog(requester.page);

    const request = requester.page.getByRole('link', {
      name: 'What could I do to make our 1:1s more useful to you?',
    });
    await expect.poll(() => request.isVisible()).toBe(true);
    await look(requester.page, 'feedback-list-desktop');
    await request.click();
    await requester.page.waitForURL('**/feedback/requests/**');
    const requestUrl = requester.page.url();
    await expect
      .poll(() => requester.page.getByText('No answers yet.', { exact: false }).isVisible())
      .toBe(true);

    // The giver opens the link in a browser that has never signed in, on a phone.
    const giver = await newContext(browser, baseUrl, { viewport: PHONE });
    await giver.page.goto(answerUrl);
    await heading(giver.page, /asks for your feedback$/);
    await expect
      .poll(() =>
        giver.page.getByText('What could I do to make our 1:1s more useful to you?').isVisible(),
      )
      .toBe(true);
    await look(giver.page, 'feedback-answer-phone');
    await giver.page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => giver.page.getByText('Describe the situation.').isVisible()).toBe(true);
    await giver.page
      .getByLabel('Situation', { exact: true })
      .fill('In Tuesday’s 1:1 about the release plan.');
    await giver.page
      .getByLabel('Behavior', { exact: true })
      .fill('You asked what I would do before offering your view.');
    await giver.page
      .getByLabel('Impact', { exact: true })
      .fill('I left with a plan I own, and I was more careful with it.');
    await giver.page
      .getByLabel('Suggestion (optional)', { exact: true })
      .fill('Keep doing it, even when time is short.');
    await giver.page.getByRole('radio', { name: /^With my name/ }).check();
    await look(giver.page, 'feedback-answer-filled-phone');
    await giver.page.getByRole('button', { name: 'Send feedback' }).click();
    await heading(giver.page, 'Thank you', { exact: true });
    await look(giver.page, 'feedback-thanks-phone');

    // The link works once.
    await giver.page.reload();
    await heading(giver.page, 'This link has been used', { exact: true });
    await giver.page.emulateMedia({ colorScheme: 'dark' });
    await look(giver.page, 'feedback-link-used-phone-dark');

    // The requester reads the named answer.
    await requester.page.goto(requestUrl);
    const answer = requester.page.getByRole('article', { name: giverEmail });
    await expect.poll(() => answer.isVisible()).toBe(true);
    await expect
      .poll(() =>
        answer.getByText('You asked what I would do before offering your view.').isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => answer.getByText('Keep doing it, even when time is short.').isVisible())
      .toBe(true);
    await look(requester.page, 'feedback-request-desktop');
    for (const [viewport, colorScheme, label] of [
      [PHONE, 'light', 'phone-light'],
      [PHONE, 'dark', 'phone-dark'],
      [DESKTOP, 'dark', 'desktop-dark'],
    ] as const) {
      await requester.page.setViewportSize(viewport);
      await requester.page.emulateMedia({ colorScheme });
      await requester.page.goto(requestUrl);
      await expect.poll(() => answer.isVisible()).toBe(true);
      await look(requester.page, `feedback-request-${label}`);
      await requester.page.goto('/feedback');
      await expect.poll(() => request.isVisible()).toBe(true);
      await look(requester.page, `feedback-list-${label}`);
    }

    expect(unexpected(requester.problems)).toEqual([]);
    expect(unexpected(giver.problems)).toEqual([]);
    await requester.context.close();
    await giver.context.close();
  });
});
