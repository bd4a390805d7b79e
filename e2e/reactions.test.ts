import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from './support/fixtures';
import { itFitsDialogOnPhone, itFitsOtherLooks } from './support/looks';
import { api, heading, noDialog, seen } from './support/flows';

const e2e = useE2e('reactions');
const NEWEST = 'Sam interrupted me again during planning';

/** Sets the intensity slider the way a keyboard user does. */
async function setIntensity(page: Page, level: number) {
  const slider = page.getByRole('slider', { name: 'How strong was it?' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < level; i += 1) await page.keyboard.press('ArrowRight');
  expect(await slider.inputValue()).toBe(String(level));
}

/** Yesterday in the browser's (and so the person's) time zone. */
function yesterday(page: Page): Promise<string> {
  return page.evaluate(() => new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA'));
}

/**
 * Three reactions to the same trigger through the API (a pattern needs three): two days ago,
 * frustrated at 7; yesterday's whole chain, frustrated and anxious at 6; and today's,
 * frustrated at 8 with only the reflex. Resolves to today's id.
 */
async function addThreeReactions(page: Page): Promise<string> {
  await api(page, 'POST', '/api/reactions', {
    trigger: 'Sam interrupted me at lunch',
    emotions: ['frustrated'],
    intensity: 7,
    at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  });
  await api(page, 'POST', '/api/reactions', {
    trigger: 'Sam interrupted me in the standup',
    emotions: ['frustrated', 'anxious'],
    intensity: 6,
    automaticReaction: 'I went quiet and sulked.',
    chosenResponse: 'Next time: “Let me finish, then I want your view.”',
    outcome: 'I stayed tense all morning.',
    at: new Date(Date.now() - 86_400_000).toISOString(),
  });
  const newest = await api<{ id: string }>(page, 'POST', '/api/reactions', {
    trigger: NEWEST,
    emotions: ['frustrated'],
    intensity: 8,
    automaticReaction: 'I raised my voice.',
  });
  return newest.id;
}

const logOf = (page: Page) => page.getByRole('region', { name: 'Your reactions' });
const patternsOf = (page: Page) => page.getByRole('region', { name: 'Patterns' });
const triggers = (page: Page) =>
  patternsOf(page).getByRole('list', { name: 'Words in your triggers' }).getByRole('listitem');
const emotions = (page: Page) =>
  patternsOf(page).getByRole('list', { name: 'Emotions' }).getByRole('listitem');

describe('The reaction log in the browser', () => {
  it('explains the chain when empty, and logs a whole reaction from yesterday', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/reactions');
    await heading(page, 'Reactions');
    await expect.poll(() => page.getByText('Your reaction log is empty').isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'The chain you log' }).textContent()).toBe(
      'TriggerEmotionAutomatic reactionChosen responseOutcome',
    );
    await seen(page, 'reactions, empty', 'reactions-empty-desktop');

    await page.getByRole('button', { name: 'Log a reaction' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Log a reaction' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Day', { exact: true }).fill(await yesterday(page));
    await dialog.getByLabel('What set it off?').fill('Sam interrupted me in the standup');
    await dialog.getByRole('button', { name: 'frustrated', exact: true }).click();
    await dialog.getByRole('button', { name: 'anxious', exact: true }).click();
    await setIntensity(page, 6);
    await dialog.getByLabel('Your automatic reaction (optional)').fill('I went quiet and sulked.');
    await dialog
      .getByLabel('The response you chose (optional)')
      .fill('Next time: “Let me finish, then I want your view.”');
    await dialog.getByLabel('What came of it? (optional)').fill('I stayed tense all morning.');
    await seen(page, 'reactions, log dialog', 'reactions-dialog-desktop');
    await dialog.getByRole('button', { name: 'Log reaction' }).click();
    await noDialog(page);
    await expect.poll(() => logOf(page).getByRole('article').count()).toBe(1);
  });

  it('logs a third reaction to the same trigger and ranks the shared pattern first', async () => {
    const { page } = await e2e.signedIn();
    await addThreeReactions(page);
    await page.goto('/reactions');
    await heading(page, 'Reactions');
    await expect.poll(() => logOf(page).getByRole('article').count()).toBe(3);
    expect(await logOf(page).getByRole('article').first().textContent()).toContain(NEWEST);
    const patterns = patternsOf(page);
    await expect.poll(() => triggers(page).count()).toBeGreaterThan(0);
    expect(await triggers(page).first().textContent()).toBe('interrupt3 times · intensity 7');
    expect(await emotions(page).first().textContent()).toBe('frustrated3 times · intensity 7');
    expect(await patterns.getByText('From 3 reactions between').isVisible()).toBe(true);
    await patterns.getByRole('button', { name: '30 days' }).click();
    await expect
      .poll(() => patterns.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await triggers(page).first().textContent()).toBe('interrupt3 times · intensity 7');
    await seen(page, 'reactions', 'reactions-desktop');
  });

  it('reads a reaction as a chain, and adds the chosen response and outcome later', async () => {
    const { page } = await e2e.signedIn();
    await addThreeReactions(page);
    await page.goto('/reactions');
    await logOf(page).getByRole('link', { name: NEWEST }).click();
    await page.waitForURL(/\/reactions\/[0-9A-Z]{26}$/);
    await heading(page, NEWEST);
    await expect.poll(() => page.getByText('Intensity 8 of 10').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText('Not written yet. Looking back', { exact: false }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit reaction' });
    await expect.poll(() => edit.isVisible()).toBe(true);
    expect(await edit.getByLabel('What set it off?').inputValue()).toBe(NEWEST);
    expect(
      await edit
        .getByRole('button', { name: 'frustrated', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await edit
      .getByLabel('The response you chose (optional)')
      .fill('Breathed, then said: “I had not finished.”');
    await edit.getByLabel('What came of it? (optional)').fill('Sam apologised; we went on calmly.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await noDialog(page);
    await expect
      .poll(() => page.getByText('Sam apologised; we went on calmly.').isVisible())
      .toBe(true);
    await seen(page, 'reaction', 'reaction-desktop');
  });

  itFitsOtherLooks(e2e, 'the log and a reaction', async (page) => {
    const id = await addThreeReactions(page);
    return [
      ['/reactions', 'reactions', () => triggers(page).first().isVisible()],
      [`/reactions/${id}`, 'reaction', () => page.getByText('Intensity 8 of 10').isVisible()],
    ];
  });

  itFitsDialogOnPhone(e2e, 'log', '/reactions', 'Log a reaction', 'reactions-dialog-phone-light');

  it('deletes a reaction after a confirmation, and two reactions make no pattern', async () => {
    const { page } = await e2e.signedIn();
    const id = await addThreeReactions(page);
    await page.goto(`/reactions/${id}`);
    await heading(page, NEWEST);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this reaction?' });
    await confirm.getByRole('button', { name: 'Delete reaction' }).click();
    await page.waitForURL('**/reactions');
    await expect.poll(() => logOf(page).getByRole('article').count()).toBe(2);
    // Two reactions are too few for a pattern.
    await expect.poll(() => emotions(page).count()).toBe(0);
  });
});
