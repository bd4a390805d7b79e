import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from './support/browser';
import { addOrganization } from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { api, look, lookEverywhere, newPerson, noDialog, switchTheme } from './support/flows';

const e2e = useE2e('feedback');
const QUESTION = 'What could I do to make our 1:1s more useful to you?';
/** The refusal met on purpose: a used link (409). */
const USED_LINK = /status of 409 .*\/api\/feedback\/answers\//;

/** Waits until the page's h1 is the given one (the whole text, when given as a string). */
const seeHeading = (page: Page, name: string | RegExp) =>
  expect
    .poll(() => page.getByRole('heading', { level: 1, name, exact: true }).isVisible())
    .toBe(true);

/** A requester and a colleague, Bea, in one organization (set up through the API). */
async function colleagues() {
  const requester = await e2e.signedIn();
  const colleague = await e2e.signedIn({ name: 'Bea Colleague' });
  await addOrganization(requester, 'Feedback Lab', [colleague]);
  return { requester, colleague };
}

/**
 * The request of these tests through the API: the question asked of the colleague by name and
 * of someone outside by email, anonymous answers allowed; resolves to its id and the link.
 */
async function ask(requester: SignedIn, colleague: SignedIn) {
  const created = await api<{ id: string; links: { url: string; token: string }[] }>(
    requester.page,
    'POST',
    '/api/feedback/requests',
    {
      question: QUESTION,
      anonymousAllowed: true,
      recipients: [{ userId: colleague.id }, { email: newPerson('feedback-giver').email }],
    },
  );
  return { id: created.id, link: created.links[0]! };
}

/** The colleague's anonymous answer, and the named one through the link, through the API. */
async function answerBoth(requester: SignedIn, colleague: SignedIn) {
  const request = await ask(requester, colleague);
  await api(colleague.page, 'POST', `/api/feedback/requests/${request.id}/answers`, {
    situation: 'In the planning meeting.',
    behavior: 'You summarised what each of us said before deciding.',
    impact: 'I felt heard, and the decision stuck.',
    anonymous: true,
  });
  await api(colleague.page, 'POST', `/api/feedback/answers/${request.link.token}`, {
    name: 'Mo Mentor',
    situation: 'In Tuesday’s 1:1 about the release plan.',
    behavior: 'You asked what I would do before offering your view.',
    impact: 'I left with a plan I own, and I was more careful with it.',
    suggestion: 'Keep doing it, even when time is short.',
  });
  return request.id;
}

describe('developmental feedback in the browser', () => {
  it('explains the Feedback page before any request', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/feedback');
    await seeHeading(page, 'Feedback');
    await expect.poll(() => page.getByText('No requests yet').isVisible()).toBe(true);
    await look(page, 'feedback-empty-desktop');
  });

  it('asks a colleague by name and someone outside by email: only the outsider gets a link', async () => {
    const { requester } = await colleagues();
    const { page } = requester;
    const outsiderEmail = newPerson('feedback-giver').email;
    await page.goto('/feedback');
    await seeHeading(page, 'Feedback');
    await page.getByRole('button', { name: 'Ask for feedback' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Ask for feedback' });
    await dialog.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => dialog.getByText('Ask a question.').isVisible()).toBe(true);
    await dialog.getByLabel('Your question', { exact: true }).fill(QUESTION);
    await dialog.getByRole('checkbox', { name: /Bea Colleague/ }).check({ timeout: 15_000 });
    await dialog.getByLabel('Or by email', { exact: true }).fill(outsiderEmail);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('button', { name: `Remove ${outsiderEmail}` }).isVisible())
      .toBe(true);
    await look(page, 'feedback-ask-desktop');
    await dialog.getByRole('button', { name: 'Ask', exact: true }).click();

    // The link says the answer through it carries a name.
    const links = page.getByRole('dialog', { name: 'Your request is ready' });
    await expect.poll(() => links.isVisible()).toBe(true);
    expect(await links.getByRole('code').count()).toBe(1);
    expect(await links.getByRole('code').textContent()).toMatch(/\/feedback\/\S+$/);
    await expect.poll(() => links.getByText(`Link for ${outsiderEmail}`).isVisible()).toBe(true);
    await expect
      .poll(() => links.getByText(/each carries the name the person types/).isVisible())
      .toBe(true);
    await look(page, 'feedback-links-desktop');
    await links.getByRole('button', { name: 'Done' }).click();
    await noDialog(page);
    const request = page.getByRole('link', { name: QUESTION });
    await expect.poll(() => request.isVisible()).toBe(true);
    await request.click();
    await page.waitForURL('**/feedback/requests/**');
  });

  it('lets a colleague find the request and answer it signed in, anonymously', async () => {
    const { requester, colleague } = await colleagues();
    const { id } = await ask(requester, colleague);
    const { page } = colleague;
    await page.goto('/feedback');
    await seeHeading(page, 'Feedback');
    const asked = page.getByRole('link', { name: QUESTION });
    await expect.poll(() => asked.isVisible()).toBe(true);
    await look(page, 'feedback-asked-of-me-desktop');
    await asked.click();
    await seeHeading(page, /asks for your feedback$/);
    await page.getByLabel('Situation', { exact: true }).fill('In the planning meeting.');
    await page
      .getByLabel('Behavior', { exact: true })
      .fill('You summarised what each of us said before deciding.');
    await page.getByLabel('Impact', { exact: true }).fill('I felt heard, and the decision stuck.');
    await page.getByRole('radio', { name: /^Anonymously/ }).check();
    await look(page, 'feedback-asked-answer-desktop');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await seeHeading(page, 'Thank you');
    await page.getByRole('link', { name: 'Back to Feedback' }).click();
    await expect.poll(() => page.getByText('You answered').isVisible()).toBe(true);
    await page.goto(`/feedback/asked/${id}`);
    await seeHeading(page, 'You have answered');
  });

  it('lets someone outside answer once through the link, on a phone, with their name', async () => {
    const { requester, colleague } = await colleagues();
    const { link } = await ask(requester, colleague);
    const giver = await e2e.visitor({ viewport: PHONE });
    giver.expected.push(USED_LINK);
    const { page } = giver;
    await page.goto(link.url);
    await seeHeading(page, /asks for your feedback$/);
    await expect.poll(() => page.getByText(QUESTION).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText(/Your answer will carry the name you type/).isVisible())
      .toBe(true);
    expect(await page.getByRole('radio').count()).toBe(0);
    await look(page, 'feedback-answer-phone');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => page.getByText('Give your name.').isVisible()).toBe(true);
    await page.getByLabel('Your name', { exact: true }).fill('Mo Mentor');
    await page
      .getByLabel('Situation', { exact: true })
      .fill('In Tuesday’s 1:1 about the release plan.');
    await page
      .getByLabel('Behavior', { exact: true })
      .fill('You asked what I would do before offering your view.');
    await page
      .getByLabel('Impact', { exact: true })
      .fill('I left with a plan I own, and I was more careful with it.');
    await page
      .getByLabel('Suggestion (optional)', { exact: true })
      .fill('Keep doing it, even when time is short.');
    await look(page, 'feedback-answer-filled-phone');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await seeHeading(page, 'Thank you');
    await look(page, 'feedback-thanks-phone');

    await page.reload();
    await seeHeading(page, 'This link has been used');
    await switchTheme(page, 'dark');
    await look(page, 'feedback-link-used-phone-dark');
  });

  it('shows a named answer at once, and one anonymous answer never, even after closing', async () => {
    const { requester, colleague } = await colleagues();
    const id = await answerBoth(requester, colleague);
    const { page } = requester;
    await page.goto(`/feedback/requests/${id}`);
    const named = page.getByRole('article', { name: 'Mo Mentor' });
    await expect.poll(() => named.isVisible()).toBe(true);
    await expect
      .poll(() => named.getByText('Keep doing it, even when time is short.').isVisible())
      .toBe(true);
    await expect.poll(() => named.getByText(/Through an email link/).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText(/Anonymous answers appear here after you close/).isVisible())
      .toBe(true);
    expect(await page.getByRole('article').count()).toBe(1);
    expect(await page.getByText('I felt heard').count()).toBe(0);
    await look(page, 'feedback-request-desktop');

    // Closing: one anonymous answer is fewer than three, so it stays unseen and uncounted.
    await page.getByRole('button', { name: 'Close request' }).click();
    const confirm = page.getByRole('dialog', { name: 'Close this request?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await look(page, 'feedback-close-desktop');
    await confirm.getByRole('button', { name: 'Close request' }).click();
    await noDialog(page);
    await expect
      .poll(() => page.getByText(/No anonymous answers are shown/).isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Close request' }).count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(1);
    expect(await page.getByText('I felt heard').count()).toBe(0);
    await look(page, 'feedback-request-closed-desktop');
  });

  it('fits a closed request and the Feedback list on a phone and in the dark', async () => {
    const { requester, colleague } = await colleagues();
    const id = await answerBoth(requester, colleague);
    await api(requester.page, 'POST', `/api/feedback/requests/${id}/close`, undefined, 200);
    const { page } = requester;
    await lookEverywhere(page, 'feedback-request', async () => {
      await page.goto(`/feedback/requests/${id}`);
      await expect
        .poll(() => page.getByRole('article', { name: 'Mo Mentor' }).isVisible())
        .toBe(true);
    });
    await lookEverywhere(page, 'feedback-list', async () => {
      await page.goto('/feedback');
      await expect.poll(() => page.getByRole('link', { name: QUESTION }).isVisible()).toBe(true);
    });
  });
});
