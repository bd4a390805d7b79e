import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addOrganization, today } from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { PHONE, screenshot } from './support/browser';
import { api, heading, look, lookIn, OTHER_LOOKS, settled } from './support/flows';

const e2e = useE2e('programs-library');
const WAIT = { timeout: 30_000 };
const THANKS = 'Who helped you learn something this week, and how could you thank them?';
const WALK = 'A walk without the phone';

/**
 * North Star Lab: Ada its admin, Fay a facilitator, Mo a member; a program Fay runs, with one
 * prompt in week 1. Set up through the API.
 */
async function lab() {
  const admin = await e2e.signedIn({ name: 'Ada Admin' });
  const fay = await e2e.signedIn({ name: 'Fay Facilitator' });
  const mo = await e2e.signedIn({ name: 'Mo Member' });
  const orgId = await addOrganization(admin, 'North Star Lab', [mo]);
  const invitation = await api<{ token: string }>(
    admin.page,
    'POST',
    `/api/orgs/${orgId}/invitations`,
    { email: fay.person.email, role: 'facilitator' },
  );
  await api(fay.page, 'POST', `/api/invitations/${invitation.token}/accept`, undefined, 200);
  const start = await today(fay.page);
  const program = await api<{ id: string }>(fay.page, 'POST', `/api/orgs/${orgId}/programs`, {
    title: 'Foundations for Leadership',
    description: 'Eight weeks of practice.',
    startDate: start,
    endDate: start.replace(/^(\d{4})/, (y) => String(Number(y) + 1)),
    seats: 10,
    curriculum: [{ week: 1, kind: 'prompt', title: 'What do you want to create?' }],
  });
  return { admin, fay, mo, orgId, programUrl: `/programs/${program.id}`, programId: program.id };
}

/** An entry of the organization's own library, made by a facilitator; resolves to its id. */
async function ownEntry(fay: SignedIn, orgId: string, kind: 'prompt' | 'practice', title: string) {
  const entry = await api<{ id: string }>(fay.page, 'POST', `/api/orgs/${orgId}/library`, {
    kind,
    title,
    body: kind === 'prompt' ? 'Noticing help keeps learning **social**.' : 'Twenty minutes.',
  });
  return entry.id;
}

const entryUrl = (orgId: string, id: string) => `/orgs/${orgId}/library/${encodeURIComponent(id)}`;

/** Waits (as long as a loaded server may take to answer) until no dialog is open. */
const closed = (page: Page) => expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);

/** The text of the week's section on a program page. */
const weekText = (page: Page, week: number) =>
  page.getByRole('region', { name: `Week ${week}`, exact: true }).textContent();

/** The library picker's row of an entry (its title, where from, how often chosen). */
const pickerRow = (page: Page, title: string) =>
  page
    .getByRole('dialog')
    .getByRole('region', { name: 'From the library' })
    .getByRole('listitem')
    .filter({ hasText: title });

describe('programs and the organization’s library', () => {
  it('a facilitator adds the organization’s own prompt from the library, and the entry counts the choice', async () => {
    const { fay, orgId, programUrl } = await lab();
    const entryId = await ownEntry(fay, orgId, 'prompt', THANKS);

    await fay.page.goto(programUrl);
    await heading(fay.page, 'Foundations for Leadership');
    await fay.page.getByRole('button', { name: 'Add to curriculum' }).click();
    const dialog = fay.page.getByRole('dialog', { name: 'Add a prompt or practice' });
    await dialog.getByLabel('Search the library').fill('thank');
    await expect
      .poll(() => pickerRow(fay.page, THANKS).textContent(), WAIT)
      .toMatch(/Prompt · Ours · Not chosen yet/);
    await dialog.getByRole('button', { name: `Add “${THANKS}”` }).click();
    await expect.poll(() => dialog.getByLabel('Title').inputValue()).toBe(THANKS);
    await dialog.getByLabel('Week', { exact: true }).selectOption('2');
    await look(fay.page, 'program-item-dialog-library');
    await dialog.getByRole('button', { name: 'Add to curriculum' }).click();
    await closed(fay.page);
    await expect.poll(() => weekText(fay.page, 2), WAIT).toContain(THANKS);

    await fay.page.goto(entryUrl(orgId, entryId));
    await heading(fay.page, THANKS);
    await expect.poll(() => fay.page.getByText('Chosen once').isVisible(), WAIT).toBe(true);
  });

  it('a facilitator builds a week with the organization’s own practice and rewrites it', async () => {
    const { fay, orgId, programUrl } = await lab();
    await ownEntry(fay, orgId, 'practice', WALK);

    await fay.page.goto(programUrl);
    await heading(fay.page, 'Foundations for Leadership');
    await fay.page.getByRole('button', { name: 'Change week 1' }).click();
    const dialog = fay.page.getByRole('dialog', { name: 'Week 1' });
    await dialog.getByLabel('Show', { exact: true }).selectOption('practice');
    await dialog.getByLabel('Search the library').fill('walk phone');
    await expect
      .poll(() => pickerRow(fay.page, WALK).textContent(), WAIT)
      .toMatch(/Practice · Ours · Not chosen yet/);
    await dialog.getByRole('button', { name: `Add “${WALK}”` }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Added' }).isDisabled()).toBe(true);
    await dialog.getByRole('group', { name: 'Item 2' }).getByLabel('Title').fill(`${WALK}, daily`);
    await dialog.getByRole('button', { name: 'Remove item 1' }).click();
    await look(fay.page, 'program-week-dialog');
    await dialog.getByRole('button', { name: 'Save the week' }).click();
    await closed(fay.page);
    await expect.poll(() => weekText(fay.page, 1), WAIT).toContain(`${WALK}, daily`);
    await expect.poll(() => weekText(fay.page, 1)).not.toContain('What do you want to create?');
  });

  it('a member proposes a new prompt; the facilitator accepts it; its history and count show', async () => {
    const { fay, mo, orgId, programId } = await lab();
    const library = `/orgs/${orgId}/library`;

    await mo.page.goto(library);
    await heading(mo.page, 'Practice library');
    await mo.page.getByRole('button', { name: 'Propose an addition' }).click();
    const dialog = mo.page.getByRole('dialog', { name: 'Propose an addition' });
    await dialog.getByLabel('Kind').selectOption('prompt');
    await dialog.getByLabel('The question').fill(THANKS);
    await dialog.getByLabel('Why this change? (optional)').fill('We learn from each other.');
    await dialog.getByRole('button', { name: 'Send proposal' }).click();
    await closed(mo.page);

    await fay.page.goto(`${library}/proposals`);
    await heading(fay.page, 'Proposals');
    await expect
      .poll(() => fay.page.getByText(/Proposed by Mo Member/).isVisible(), WAIT)
      .toBe(true);
    await fay.page.getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => fay.page.getByText('No open proposals', { exact: false }).isVisible(), WAIT)
      .toBe(true);

    // The accepted addition is an entry of the library: added by Fay, proposed by Mo.
    await mo.page.goto(library);
    await mo.page.getByLabel('Search the library').fill('thank them');
    await mo.page.getByRole('link', { name: THANKS }).click();
    await heading(mo.page, THANKS);
    const history = mo.page.getByRole('region', { name: 'History' });
    await expect
      .poll(() => history.locator('ol > li > p:first-child').allTextContents(), WAIT)
      .toEqual([
        expect.stringMatching(/^Version 1\s*Added by Fay Facilitator\s*proposed by Mo Member/),
      ]);
    await expect.poll(() => mo.page.getByText('Not chosen yet').isVisible()).toBe(true);

    // Put into a curriculum (through the API), it is chosen once.
    const entryId = decodeURIComponent(new URL(mo.page.url()).pathname.split('/').at(-1)!);
    await api(fay.page, 'POST', `/api/programs/${programId}/curriculum`, {
      week: 1,
      kind: 'prompt',
      title: THANKS,
      libraryEntryId: entryId,
    });
    await mo.page.reload();
    await expect.poll(() => mo.page.getByText('Chosen once').isVisible(), WAIT).toBe(true);
  });

  it('a member follows a curriculum item to its library entry, and the entry back to the program', async () => {
    const { fay, mo, orgId, programId, programUrl } = await lab();
    const entryId = await ownEntry(fay, orgId, 'practice', WALK);
    await api(fay.page, 'POST', `/api/programs/${programId}/curriculum`, {
      week: 1,
      kind: 'practice',
      title: WALK,
      libraryEntryId: entryId,
    });

    await mo.page.goto(programUrl);
    await heading(mo.page, 'Foundations for Leadership');
    const week = mo.page.getByRole('region', { name: 'Week 1', exact: true });
    const toEntry = week.getByRole('link', { name: `${WALK} in the library`, exact: false });
    await expect.poll(() => toEntry.textContent(), WAIT).toContain('In the library');
    await toEntry.click();
    await heading(mo.page, WALK);
    expect(new URL(mo.page.url()).pathname).toBe(entryUrl(orgId, entryId));

    const inPrograms = mo.page.getByRole('region', { name: 'In programs' });
    const back = inPrograms.getByRole('link', { name: 'Foundations for Leadership' });
    await expect.poll(() => back.isVisible(), WAIT).toBe(true);
    await back.click();
    await heading(mo.page, 'Foundations for Leadership');
    expect(new URL(mo.page.url()).pathname).toBe(programUrl);
  });

  for (const other of OTHER_LOOKS) {
    it(`the curriculum dialogs fit and read well (${other[2]})`, async () => {
      const { fay, orgId, programUrl } = await lab();
      await ownEntry(fay, orgId, 'prompt', THANKS);
      await lookIn(fay.page, other, 'program-curriculum', async () => {
        await fay.page.goto(programUrl);
        await heading(fay.page, 'Foundations for Leadership');
      });
      for (const [button, name, shot] of [
        ['Add to curriculum', 'Add a prompt or practice', 'program-item-dialog'],
        ['Change week 1', 'Week 1', 'program-week-dialog'],
      ] as const) {
        await fay.page.getByRole('button', { name: button }).click();
        const dialog = fay.page.getByRole('dialog', { name });
        await expect
          .poll(() => pickerRow(fay.page, THANKS).textContent(), WAIT)
          .toMatch(/Ours · Not chosen yet/);
        await settled(fay.page);
        await look(fay.page, `${shot}-${other[2]}`);
        if (other[0] === PHONE) {
          await dialog.getByRole('button', { name: `Add “${THANKS}”` }).scrollIntoViewIfNeeded();
          await screenshot(fay.page, `${shot}-${other[2]}-picker`);
        }
        await fay.page.keyboard.press('Escape');
        await closed(fay.page);
      }
    });
  }
});
