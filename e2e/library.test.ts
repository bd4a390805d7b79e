import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addOrganization } from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { api, dialogOnPhone, heading, look, lookEverywhere, noDialog } from './support/flows';
import { PHONE } from './support/browser';

const e2e = useE2e('library');
const PAGES = 'builtin:practice:morning-pages';
const IMPROVED = 'Write three pages by hand, first thing, before any screen.';

/**
 * North Star Lab with Fay, its facilitator (who made it and then is made facilitator by its
 * admin Ada), and Mo, a member. Set up through the API.
 */
async function lab() {
  const admin = await e2e.signedIn({ name: 'Ada Admin' });
  const facilitator = await e2e.signedIn({ name: 'Fay Facilitator' });
  const member = await e2e.signedIn({ name: 'Mo Member' });
  const orgId = await addOrganization(admin, 'North Star Lab', [member]);
  const invitation = await api<{ token: string }>(
    admin.page,
    'POST',
    `/api/orgs/${orgId}/invitations`,
    { email: facilitator.person.email, role: 'facilitator' },
  );
  await api(
    facilitator.page,
    'POST',
    `/api/invitations/${invitation.token}/accept`,
    undefined,
    200,
  );
  return { admin, facilitator, member, orgId, library: `/orgs/${orgId}/library` };
}

const entryUrl = (library: string, id: string) => `${library}/${encodeURIComponent(id)}`;

async function openEntry(who: SignedIn, library: string, id: string, title: string | RegExp) {
  await who.page.goto(entryUrl(library, id));
  await heading(who.page, title);
}

/** The history's rows, each as the text of its first line (who changed it, when). */
async function historyLines(page: Page) {
  const region = page.getByRole('region', { name: 'History' });
  return region.locator('ol > li > p:first-child').allTextContents();
}

describe('the practice library', () => {
  it('a member proposes an improvement; the facilitator accepts it; the entry shows the new version', async () => {
    const { facilitator, member, orgId, library } = await lab();

    // Mo finds the library from the organization's page and searches it.
    await member.page.goto(`/orgs/${orgId}`);
    await member.page.getByRole('link', { name: 'Practice library' }).click();
    await heading(member.page, 'Practice library');
    await member.page.getByRole('button', { name: 'Practices' }).click();
    await member.page.getByLabel('Search the library').fill('morning pag');
    await member.page.getByRole('link', { name: 'Morning pages' }).click();
    await heading(member.page, 'Morning pages');
    await expect.poll(() => member.page.getByText('Not chosen yet').isVisible()).toBe(true);

    await member.page.getByRole('button', { name: 'Propose an improvement' }).click();
    const dialog = member.page.getByRole('dialog', { name: 'Propose an improvement' });
    await dialog.getByLabel('Text', { exact: true }).fill(IMPROVED);
    await dialog.getByLabel('Why this change? (optional)').fill('The classic form is by hand.');
    await look(member.page, 'library-propose');
    await dialog.getByRole('button', { name: 'Send proposal' }).click();
    await noDialog(member.page);

    await member.page.goto(`${library}/proposals`);
    await heading(member.page, 'Proposals');
    await expect.poll(() => member.page.getByText('Waiting for review').isVisible()).toBe(true);

    // Fay reviews the queue and accepts it.
    await facilitator.page.goto(`${library}/proposals`);
    await heading(facilitator.page, 'Proposals');
    await expect
      .poll(() => facilitator.page.getByText(/Proposed by Mo Member/).isVisible())
      .toBe(true);
    await look(facilitator.page, 'library-proposals-queue');
    await facilitator.page.getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => facilitator.page.getByText('No open proposals', { exact: false }).isVisible())
      .toBe(true);

    // The entry now reads as improved, version 2, and its history names both people.
    await openEntry(member, library, PAGES, 'Morning pages');
    await expect.poll(() => member.page.getByText(IMPROVED).first().isVisible()).toBe(true);
    await expect
      .poll(() => historyLines(member.page))
      .toEqual([
        expect.stringMatching(/^Version 2\s*Changed by Fay Facilitator\s*proposed by Mo Member/),
        expect.stringMatching(/^Version 1\s*Built-in text from Praxis$/),
      ]);
    await look(member.page, 'library-entry-history');

    await member.page.goto(`${library}/proposals`);
    await expect
      .poll(() => member.page.getByText('Accepted', { exact: true }).isVisible())
      .toBe(true);
  });

  it('adopting a practice makes it my own, and the library counts it without naming me', async () => {
    const { member, library } = await lab();
    await openEntry(member, library, PAGES, 'Morning pages');
    await member.page.getByRole('button', { name: 'Adopt into my practices' }).click();
    await heading(member.page, 'Morning pages');
    await expect.poll(() => member.page.url()).toMatch(/\/practices\/[0-9A-Z]{26}$/);
    await openEntry(member, library, PAGES, 'Morning pages');
    await expect.poll(() => member.page.getByText(/Chosen once/).isVisible()).toBe(true);
  });

  it('“Reflect on this” opens a new reflection on that prompt and counts the choice', async () => {
    const { member, library } = await lab();
    await openEntry(member, library, 'builtin:prompt:vision-01', /^Picture one aspiration/);
    await member.page.getByRole('button', { name: 'Reflect on this' }).click();
    await expect.poll(() => member.page.url()).toMatch(/\/journal\/new\?prompt=vision-01$/);
    await expect
      .poll(() => member.page.getByText(/^Why this question: A vivid picture/).isVisible())
      .toBe(true);
    await expect
      .poll(() => member.page.getByLabel('Prompt', { exact: true }).inputValue())
      .toBe('vision-01');
    await openEntry(member, library, 'builtin:prompt:vision-01', /^Picture one aspiration/);
    await expect.poll(() => member.page.getByText(/Chosen once/).isVisible()).toBe(true);
  });

  it('looks right on the phone and in the dark', async () => {
    const { facilitator, orgId, library } = await lab();
    await api(facilitator.page, 'POST', `/api/orgs/${orgId}/library`, {
      kind: 'prompt',
      title: 'Who helped you learn something this week, and how could you thank them?',
      body: 'Noticing help received keeps learning **social**.',
    });
    await lookEverywhere(facilitator.page, 'library', async () => {
      await facilitator.page.goto(library);
      await heading(facilitator.page, 'Practice library');
      await expect
        .poll(() => facilitator.page.getByRole('link', { name: /^Who helped you/ }).isVisible())
        .toBe(true);
    });
    await lookEverywhere(facilitator.page, 'library-entry', () =>
      openEntry(facilitator, library, PAGES, 'Morning pages'),
    );
    await facilitator.page.setViewportSize(PHONE);
    await dialogOnPhone(
      facilitator.page,
      entryUrl(library, PAGES),
      'Propose an improvement',
      'library-propose-phone',
    );
  });

  it('warns the facilitator of a proposal made on an older version of the entry', async () => {
    // Set up through the API: Mo and Ada both propose against version 1; Mo's is accepted.
    const { admin, facilitator, member, orgId } = await lab();
    const proposals = `/api/orgs/${orgId}/library/proposals`;
    const first = await api<{ id: string }>(member.page, 'POST', proposals, {
      entryId: PAGES,
      title: 'Morning pages',
      body: IMPROVED,
    });
    await api(admin.page, 'POST', proposals, {
      entryId: PAGES,
      title: 'Morning pages, shorter',
      body: 'One page is enough to begin.',
    });
    await api(facilitator.page, 'POST', `${proposals}/${first.id}/accept`, { note: '' }, 200);

    await facilitator.page.goto(`/orgs/${orgId}/library/proposals`);
    await heading(facilitator.page, 'Proposals');
    await expect
      .poll(() => facilitator.page.getByText(/Proposed by Ada Admin/).isVisible())
      .toBe(true);
    const warning = facilitator.page.getByRole('note');
    await expect
      .poll(() => warning.textContent())
      .toMatch(/The entry has changed since this was proposed against version 1/);
    await expect.poll(() => warning.count()).toBe(1);
  });
});
