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
  api,
  newPerson,
  noDialog,
  noHorizontalOverflow,
  settled,
  signUp,
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

/** Polls generously: five engineers share two cores while this runs. */

/** Waits until the page's h1 is the given one (the whole text, when given as a string). */
const seeHeading = (page: Page, name: string | RegExp) =>
  expect
    .poll(() => page.getByRole('heading', { level: 1, name, exact: true }).isVisible())
    .toBe(true);

/** Checks a page as it is now: no overflow at 360 px, axe, and a screenshot for people. */
async function look(page: Page, name: string) {
  await settled(page);
  await noHorizontalOverflow(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

describe('developmental feedback in the browser', () => {
  it('asks a colleague and someone outside, who answer in their own ways, and shows only what may be seen after closing', async () => {
    const requester = await newContext(browser, baseUrl, { viewport: DESKTOP });
    const colleague = await newContext(browser, baseUrl, { viewport: DESKTOP });
    await signUpAndSkip(requester.page, 'feedback');
    const bea = { ...newPerson('feedback-colleague'), name: 'Bea Colleague' };
    await signUp(colleague.page, bea);
    const outsiderEmail = newPerson('feedback-giver').email;
    const question = 'What could I do to make our 1:1s more useful to you?';

    // No requests yet: the page explains itself.
    await requester.page.goto('/feedback');
    await seeHeading(requester.page, 'Feedback');
    await expect.poll(() => requester.page.getByText('No requests yet').isVisible()).toBe(true);
    await look(requester.page, 'feedback-empty-desktop');

    // The two are colleagues: one organization, set up through the API.
    const org = await api<{ id: string }>(requester.page, 'POST', '/api/orgs', {
      name: 'Feedback Lab',
    });
    const invitation = await api<{ token: string }>(
      requester.page,
      'POST',
      `/api/orgs/${org.id}/invitations`,
      { email: bea.email },
    );
    await api(
      colleague.page,
      'POST',
      `/api/invitations/${invitation.token}/accept`,
      undefined,
      200,
    );

    // Ask one question of the colleague by name and of someone outside by email.
    await requester.page.reload();
    await requester.page.getByRole('button', { name: 'Ask for feedback' }).first().click();
    const ask = requester.page.getByRole('dialog', { name: 'Ask for feedback' });
    await ask.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => ask.getByText('Ask a question.').isVisible()).toBe(true);
    await ask.getByLabel('Your question', { exact: true }).fill(question);
    await ask.getByRole('checkbox', { name: /Bea Colleague/ }).check({ timeout: 15_000 });
    await ask.getByLabel('Or by email', { exact: true }).fill(outsiderEmail);
    await ask.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => ask.getByRole('button', { name: `Remove ${outsiderEmail}` }).isVisible())
      .toBe(true);
    await look(requester.page, 'feedback-ask-desktop');
    await ask.getByRole('button', { name: 'Ask', exact: true }).click();

    // Only the person asked by email gets a link; it says their answer carries a name.
    const links = requester.page.getByRole('dialog', { name: 'Your request is ready' });
    await expect.poll(() => links.isVisible()).toBe(true);
    expect(await links.locator('code').count()).toBe(1);
    const answerUrl = (await links.locator('code').textContent()) ?? '';
    expect(answerUrl).toMatch(/\/feedback\/\S+$/);
    await expect.poll(() => links.getByText(`Link for ${outsiderEmail}`).isVisible()).toBe(true);
    await expect
      .poll(() => links.getByText(/each carries the name the person types/).isVisible())
      .toBe(true);
    await look(requester.page, 'feedback-links-desktop');
    await links.getByRole('button', { name: 'Done' }).click();
    await noDialog(requester.page);
    const request = requester.page.getByRole('link', { name: question });
    await expect.poll(() => request.isVisible()).toBe(true);
    await request.click();
    await requester.page.waitForURL('**/feedback/requests/**');
    const requestUrl = requester.page.url();

    // The colleague finds it asked of them and answers signed in, anonymously.
    await colleague.page.goto('/feedback');
    await seeHeading(colleague.page, 'Feedback');
    const asked = colleague.page.getByRole('link', { name: question });
    await expect.poll(() => asked.isVisible()).toBe(true);
    await look(colleague.page, 'feedback-asked-of-me-desktop');
    await asked.click();
    await seeHeading(colleague.page, /asks for your feedback$/);
    await colleague.page.getByLabel('Situation', { exact: true }).fill('In the planning meeting.');
    await colleague.page
      .getByLabel('Behavior', { exact: true })
      .fill('You summarised what each of us said before deciding.');
    await colleague.page
      .getByLabel('Impact', { exact: true })
      .fill('I felt heard, and the decision stuck.');
    await colleague.page.getByRole('radio', { name: /^Anonymously/ }).check();
    await look(colleague.page, 'feedback-asked-answer-desktop');
    await colleague.page.getByRole('button', { name: 'Send feedback' }).click();
    await seeHeading(colleague.page, 'Thank you');
    await colleague.page.getByRole('link', { name: 'Back to Feedback' }).click();
    await expect.poll(() => colleague.page.getByText('You answered').isVisible()).toBe(true);
    await colleague.page.goto(new URL(requestUrl).pathname.replace('/requests/', '/asked/'));
    await seeHeading(colleague.page, 'You have answered');

    // Someone outside opens the link in a browser that has never signed in, on a phone: the
    // answer will carry the name they type, with no anonymous choice.
    const giver = await newContext(browser, baseUrl, { viewport: PHONE });
    await giver.page.goto(answerUrl);
    await seeHeading(giver.page, /asks for your feedback$/);
    await expect.poll(() => giver.page.getByText(question).isVisible()).toBe(true);
    await expect
      .poll(() => giver.page.getByText(/Your answer will carry the name you type/).isVisible())
      .toBe(true);
    expect(await giver.page.getByRole('radio').count()).toBe(0);
    await look(giver.page, 'feedback-answer-phone');
    await giver.page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => giver.page.getByText('Give your name.').isVisible()).toBe(true);
    await giver.page.getByLabel('Your name', { exact: true }).fill('Mo Mentor');
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
    await look(giver.page, 'feedback-answer-filled-phone');
    await giver.page.getByRole('button', { name: 'Send feedback' }).click();
    await seeHeading(giver.page, 'Thank you');
    await look(giver.page, 'feedback-thanks-phone');

    // The link works once.
    await giver.page.reload();
    await seeHeading(giver.page, 'This link has been used');
    await giver.page.emulateMedia({ colorScheme: 'dark' });
    await look(giver.page, 'feedback-link-used-phone-dark');

    // The requester reads the named answer at once; of the anonymous one nothing shows.
    await requester.page.goto(requestUrl);
    const named = requester.page.getByRole('article', { name: 'Mo Mentor' });
    await expect.poll(() => named.isVisible()).toBe(true);
    await expect
      .poll(() => named.getByText('Keep doing it, even when time is short.').isVisible())
      .toBe(true);
    await expect.poll(() => named.getByText(/Through an email link/).isVisible()).toBe(true);
    await expect
      .poll(() =>
        requester.page.getByText(/Anonymous answers appear here after you close/).isVisible(),
      )
      .toBe(true);
    expect(await requester.page.getByRole('article').count()).toBe(1);
    expect(await requester.page.getByText('I felt heard').count()).toBe(0);
    await look(requester.page, 'feedback-request-desktop');

    // Closing: one anonymous answer is fewer than three, so it stays unseen and uncounted.
    await requester.page.getByRole('button', { name: 'Close request' }).click();
    const confirm = requester.page.getByRole('dialog', { name: 'Close this request?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await look(requester.page, 'feedback-close-desktop');
    await confirm.getByRole('button', { name: 'Close request' }).click();
    await noDialog(requester.page);
    await expect
      .poll(() => requester.page.getByText(/No anonymous answers are shown/).isVisible())
      .toBe(true);
    expect(await requester.page.getByRole('button', { name: 'Close request' }).count()).toBe(0);
    expect(await requester.page.getByRole('article').count()).toBe(1);
    expect(await requester.page.getByText('I felt heard').count()).toBe(0);
    await look(requester.page, 'feedback-request-closed-desktop');
    for (const [viewport, colorScheme, label] of [
      [PHONE, 'light', 'phone-light'],
      [PHONE, 'dark', 'phone-dark'],
      [DESKTOP, 'dark', 'desktop-dark'],
    ] as const) {
      await requester.page.setViewportSize(viewport);
      await requester.page.emulateMedia({ colorScheme });
      await requester.page.goto(requestUrl);
      await expect.poll(() => named.isVisible()).toBe(true);
      await look(requester.page, `feedback-request-${label}`);
      await requester.page.goto('/feedback');
      await expect.poll(() => request.isVisible()).toBe(true);
      await look(requester.page, `feedback-list-${label}`);
    }

    expect(unexpected(requester.problems)).toEqual([]);
    expect(unexpected(colleague.problems)).toEqual([]);
    expect(unexpected(giver.problems)).toEqual([]);
    await requester.context.close();
    await colleague.context.close();
    await giver.context.close();
    // Three people in three browsers, each page checked with axe: longer than one person's flow.
  });
});
