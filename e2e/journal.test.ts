import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { useE2e } from './support/fixtures';
import { api, checkLook, heading, noDialog, OTHER_LOOKS, seen, settled } from './support/flows';

const e2e = useE2e('journal');
/** An untitled reflection is headed by its day, e.g. "Monday, November 23, 2026". */
const dayHeading = /^\w+day,? .*\d{4}$/;
const CANT =
  "## Monday\n\nA full day again. I can't say no to my manager, so I keep taking on more.";

/** The same calendar day a year ago, in the browser's (and so the person's) time zone. */
async function aYearAgo(page: Page): Promise<string> {
  return page.evaluate(() => {
    const today = new Date().toLocaleDateString('en-CA');
    const monthDay = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
    return `${Number(today.slice(0, 4)) - 1}-${monthDay}`;
  });
}

/** Writes a reflection in the editor and saves it; resolves to its page's address. */
async function writeReflection(
  page: Page,
  fill: () => Promise<void>,
  check?: () => Promise<void>,
): Promise<string> {
  await page.goto('/journal/new');
  await heading(page, 'New reflection');
  // Kind, date, prompt, mood and tags wait in one quiet row below the text.
  await page.getByText(/prompt, mood and tags$/).click();
  await fill();
  if (check) await check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/journal\/[0-9A-Z]{26}\?edit/);
  await expect.poll(() => page.getByRole('status').getByText('Saved').isVisible()).toBe(true);
  await heading(page, 'Edit reflection');
  return page.url().replace(/\?edit$/, '');
}

/** Adds a reflection through the API; resolves to its id. */
async function addReflection(page: Page, body: Record<string, unknown>): Promise<string> {
  return (await api<{ id: string }>(page, 'POST', '/api/reflections', body)).id;
}

/** The journal of the search and phone tests: one from a year ago, a daily one, a left-hand column. */
async function fillJournal(page: Page) {
  const old = await addReflection(page, {
    kind: 'free',
    title: 'Evening by the sea, a year ago',
    body: 'We walked to the old **lighthouse** at dusk.\n\nThe sea was loud and I felt small.',
    tags: ['walks'],
    at: `${await aYearAgo(page)}T12:00:00Z`,
  });
  const cant = await addReflection(page, { kind: 'daily', body: CANT });
  await addReflection(page, {
    kind: 'left_hand_column',
    body: '',
    form: {
      type: 'left_hand_column',
      situation: 'The planning meeting on Tuesday.',
      rows: [
        { said: '"Can you take the report too?"', thought: 'Not again. Nobody else is asked.' },
      ],
    },
  });
  return { old, cant };
}

describe('Journal and Beliefs in the browser', () => {
  it('shows an empty journal that teaches and offers the first action', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/today');
    await page.getByRole('link', { name: 'Journal', exact: true }).first().click();
    await page.waitForURL('**/journal');
    await heading(page, 'Journal');
    await expect.poll(() => page.getByText('Your journal is empty').isVisible()).toBe(true);
    await seen(page, 'journal, empty', 'journal-empty-desktop');
  });

  it('writes a back-dated reflection with a mood, a word and a tag, then autosaves', async () => {
    const { page } = await e2e.signedIn();
    const yearAgo = await aYearAgo(page);
    const url = await writeReflection(page, async () => {
      await page.getByRole('radio', { name: 'Free', exact: true }).check();
      await page.getByLabel('Date', { exact: true }).fill(yearAgo);
      await page.getByLabel('Title (optional)').fill('Evening by the sea');
      await page
        .getByLabel('Your reflection', { exact: true })
        .fill('We walked to the old **lighthouse** at dusk.\n\nThe sea was loud and I felt small.');
      await page.getByRole('radio', { name: 'Pleasantness 3, energy −2' }).click();
      await page.getByRole('button', { name: 'peaceful', exact: true }).click();
      await page.getByLabel('Tags (optional)').fill('walks');
      await page.getByLabel('Tags (optional)').press('Enter');
      await expect
        .poll(() => page.getByRole('button', { name: 'Remove tag walks' }).count())
        .toBe(1);
    });

    // Autosave after the first save: change the title, see a quiet "Saved", then read it.
    await page.getByLabel('Title (optional)').fill('Evening by the sea, a year ago');
    await expect.poll(() => page.getByRole('status').getByText('Saving…').count()).toBe(0);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.waitForURL(url);
    await heading(page, 'Evening by the sea, a year ago');
  });

  it('marks “I can’t” as it is written, in an editor accessible in Write and Preview', async () => {
    const { page } = await e2e.signedIn();
    await writeReflection(
      page,
      async () => {
        await page.getByLabel('Your reflection', { exact: true }).fill(CANT);
        await expect
          .poll(() => page.getByText("“I can't” speaks of powerlessness", { exact: false }).count())
          .toBeGreaterThan(0);
      },
      async () => {
        await seen(page, 'editor, write', 'journal-editor-desktop');
        await page.getByRole('button', { name: 'Preview', exact: true }).click();
        await expect
          .poll(() => page.getByRole('heading', { level: 2, name: 'Monday' }).isVisible())
          .toBe(true);
        await seen(page, 'editor, preview', 'journal-preview-desktop');
        await page.getByRole('button', { name: 'Write', exact: true }).click();
      },
    );
  });

  it('writes a left-hand column', async () => {
    const { page } = await e2e.signedIn();
    await writeReflection(page, async () => {
      await page.getByRole('radio', { name: 'Left-hand column', exact: true }).check();
      await page.getByLabel('The situation').fill('The planning meeting on Tuesday.');
      await page.getByLabel('What was said (1)').fill('"Can you take the report too?"');
      await page
        .getByLabel('What I thought and did not say (1)')
        .fill('Not again. Nobody else is asked.');
    });
  });

  it('lists the reflections with the one from this day a year ago, and searches as one types', async () => {
    const { page } = await e2e.signedIn();
    await fillJournal(page);
    await page.goto('/journal');
    await heading(page, 'Journal');
    const onThisDay = page.getByRole('region', { name: 'On this day' });
    await expect.poll(() => onThisDay.getByText('1 year ago').isVisible()).toBe(true);
    const entries = page.getByRole('region', { name: 'Reflections' });
    await expect.poll(() => entries.getByRole('article').count()).toBe(3);
    await seen(page, 'journal', 'journal-desktop');

    await page.getByRole('searchbox', { name: 'Search everything you wrote' }).fill('lightho');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.getByRole('article').count()).toBe(1);
    await expect
      .poll(() => results.locator('mark', { hasText: /lighthouse/i }).isVisible())
      .toBe(true);
    expect(await results.getByRole('link').first().textContent()).toBe(
      'Evening by the sea, a year ago',
    );
    await seen(page, 'journal, search', 'journal-search-desktop');
  });

  it('examines a limiting belief from a reflection and keeps it in the register', async () => {
    const { page } = await e2e.signedIn();
    const id = await addReflection(page, { kind: 'daily', body: CANT });
    await page.goto(`/journal/${id}`);
    await heading(page, dayHeading);
    await expect.poll(() => page.locator('mark', { hasText: "I can't" }).isVisible()).toBe(true);
    await seen(page, 'reflection', 'reflection-desktop');
    await page.getByRole('button', { name: /Examine this belief/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Examine a belief' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const statement = dialog.getByLabel('The belief, in your words');
    expect(await statement.inputValue()).toBe(
      "I can't say no to my manager, so I keep taking on more.",
    );
    await statement.fill("I can't say no to my manager.");
    await dialog.getByLabel('Evidence for').fill('I took on two reports this month.');
    await dialog
      .getByLabel('Evidence against')
      .fill('In May I declined the offsite, and it was fine.');
    await dialog.getByLabel('Reframe').fill('I can say no, kindly, and offer what I can do.');
    await settled(page);
    await expectAccessible(page, 'belief dialog');
    await dialog.getByRole('button', { name: 'Save belief' }).click();
    await noDialog(page);

    // The register: the belief with its phrase marked, linked back to the reflection.
    await page.goto('/journal');
    await page.getByRole('link', { name: 'Beliefs' }).click();
    await page.waitForURL('**/beliefs');
    await heading(page, 'Beliefs');
    const card = page.getByRole('article').filter({ hasText: 'I can say no, kindly' });
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.locator('mark', { hasText: "I can't" }).isVisible()).toBe(true);
    expect(await card.getByText('Limiting', { exact: true }).count()).toBe(1);
    await seen(page, 'beliefs', 'beliefs-desktop');
    await card.getByRole('link', { name: 'From a reflection' }).click();
    await page.waitForURL(`**/journal/${id}`);
    await heading(page, dayHeading);

    // Examined once: the reflection links to the belief instead of offering to examine it again.
    const examined = page.getByRole('link', { name: /^Open the belief you examined/ });
    await expect.poll(() => examined.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByRole('button', { name: /Examine this belief/ }).count()).toBe(0);
    await examined.click();
    await page.waitForURL(/\/beliefs\/?/);
    await expect
      .poll(() => page.getByText('I can say no, kindly, and offer what I can do.').isVisible())
      .toBe(true);
  });

  for (const look of OTHER_LOOKS) {
    it(`fits the journal, the editor, a reflection and the beliefs, ${look[2]}`, async () => {
      const { page } = await e2e.signedIn();
      const { old, cant } = await fillJournal(page);
      await api(page, 'POST', '/api/beliefs', {
        statement: "I can't say no to my manager.",
        kind: 'limiting',
        reframe: 'I can say no, kindly, and offer what I can do.',
        sourceReflectionId: cant,
      });
      await checkLook(page, look, [
        ['/journal', 'journal', () => page.getByText('1 year ago').isVisible()],
        [
          `/journal/${old}?edit`,
          'journal-editor',
          () => page.getByLabel('Your reflection', { exact: true }).isVisible(),
        ],
        [`/journal/${cant}`, 'reflection', () => page.locator('mark').first().isVisible()],
        [
          '/beliefs',
          'beliefs',
          () => page.getByRole('article').filter({ hasText: 'I can say no, kindly' }).isVisible(),
        ],
      ]);
    });
  }

  it('deletes a reflection after a confirmation', async () => {
    const { page } = await e2e.signedIn();
    const { old } = await fillJournal(page);
    await page.goto(`/journal/${old}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this reflection?' });
    await confirm.getByRole('button', { name: 'Delete reflection' }).click();
    await page.waitForURL('**/journal');
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
  });
});
