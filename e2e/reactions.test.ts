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
  checkOtherLooks,
  heading,
  noHorizontalOverflow,
  settled,
  signUpAndSkip,
} from './support/flows';

const baseUrl = inject('e2eBaseUrl');
let browser: Browser;

/** Polls longer than the default second: saves here make two or three requests in a row. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** Waits until no dialog is open. */
async function closed(page: Page) {
  await poll(() => page.getByRole('dialog').count()).toBe(0);
}

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

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('The reaction log in the browser', () => {
  it('logs two reactions to the same trigger and sees the pattern ranked first', async () => {
    const { context, page, problems } = await newContext(browser, baseUrl, { viewport: DESKTOP });
    await signUpAndSkip(page, 'reactions');

    // Empty, the log explains the chain and offers the first entry.
    await page.goto('/reactions');
    await heading(page, 'Reactions');
    await poll(() => page.getByText('Your reaction log is empty').isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'The chain you log' }).textContent()).toBe(
      'TriggerEmotionAutomatic reactionChosen responseOutcome',
    );
    await settled(page);
    await expectAccessible(page, 'reactions, empty');
    await screenshot(page, 'reactions-empty-desktop');

    // The first: yesterday, frustrated and anxious at 6, the whole chain.
    await page.getByRole('button', { name: 'Log a reaction' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'Log a reaction' });
    await poll(() => dialog.isVisible()).toBe(true);
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
    await settled(page);
    await expectAccessible(page, 'reactions, log dialog');
    await screenshot(page, 'reactions-dialog-desktop');
    await dialog.getByRole('button', { name: 'Log reaction' }).click();
    await closed(page);

    // The second, now: the same trigger again, frustrated at 8, only the reflex for now.
    await page.getByRole('button', { name: 'Log a reaction' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Log a reaction' });
    await dialog.getByLabel('What set it off?').fill('Sam interrupted me again during planning');
    await dialog.getByRole('button', { name: 'frustrated', exact: true }).click();
    await setIntensity(page, 8);
    await dialog.getByLabel('Your automatic reaction (optional)').fill('I raised my voice.');
    await dialog.getByRole('button', { name: 'Log reaction' }).click();
    await closed(page);

    // Both are listed, newest first; the patterns rank the shared trigger and emotion first.
    const logged = page.getByRole('region', { name: 'Your reactions' });
    await poll(() => logged.getByRole('article').count()).toBe(2);
    expect(await logged.getByRole('article').first().textContent()).toContain(
      'Sam interrupted me again during planning',
    );
    const patterns = page.getByRole('region', { name: 'Patterns' });
    const triggers = patterns.getByRole('list', { name: 'Words in your triggers' });
    const emotions = patterns.getByRole('list', { name: 'Emotions' });
    await poll(() => triggers.getByRole('listitem').count()).toBeGreaterThan(1);
    const firstTrigger = triggers.getByRole('listitem').first();
    expect(await firstTrigger.textContent()).toBe('interrupted2 times · intensity 7');
    expect(await triggers.getByRole('listitem').nth(1).textContent()).toBe(
      'sam2 times · intensity 7',
    );
    expect(await emotions.getByRole('listitem').first().textContent()).toBe(
      'frustrated2 times · intensity 7',
    );
    expect(await patterns.getByText('From 2 reactions between').isVisible()).toBe(true);
    await patterns.getByRole('button', { name: '30 days' }).click();
    await poll(() =>
      patterns.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await firstTrigger.textContent()).toBe('interrupted2 times · intensity 7');
    await settled(page);
    await expectAccessible(page, 'reactions');
    await screenshot(page, 'reactions-desktop');

    // The newest, read as a chain; add the chosen response and outcome later.
    await logged.getByRole('link', { name: 'Sam interrupted me again during planning' }).click();
    await page.waitForURL(/\/reactions\/[0-9A-Z]{26}$/);
    const reactionUrl = page.url();
    await heading(page, 'Sam interrupted me again during planning');
    await poll(() => page.getByText('Intensity 8 of 10').isVisible()).toBe(true);
    await poll(() =>
      page.getByText('Not written yet. Looking back', { exact: false }).isVisible(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit reaction' });
    await poll(() => edit.isVisible()).toBe(true);
    expect(await edit.getByLabel('What set it off?').inputValue()).toBe(
      'Sam interrupted me again during planning',
    );
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
    await closed(page);
    await poll(() => page.getByText('Sam apologised; we went on calmly.').isVisible()).toBe(true);
    await settled(page);
    await expectAccessible(page, 'reaction');
    await screenshot(page, 'reaction-desktop');

    // Phone and dark: both pages fit 360 px and stay accessible.
    await checkOtherLooks(page, [
      ['/reactions', 'reactions', () => firstTrigger.isVisible()],
      [reactionUrl, 'reaction', () => page.getByText('Intensity 8 of 10').isVisible()],
    ]);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/reactions');
    await page.getByRole('button', { name: 'Log a reaction' }).first().click();
    await poll(() => page.getByRole('dialog', { name: 'Log a reaction' }).isVisible()).toBe(true);
    await settled(page);
    await noHorizontalOverflow(page);
    await screenshot(page, 'reactions-dialog-phone-light');
    await page.keyboard.press('Escape');
    await closed(page);

    // Delete, after a confirmation: one is left, and the pattern counts it once.
    await page.setViewportSize(DESKTOP);
    await page.goto(reactionUrl);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this reaction?' });
    await confirm.getByRole('button', { name: 'Delete reaction' }).click();
    await page.waitForURL('**/reactions');
    await poll(() => logged.getByRole('article').count()).toBe(1);
    await poll(() => emotions.getByRole('listitem').first().textContent()).toBe(
      'anxious1 time · intensity 6',
    );

    expect(problems).toEqual([]);
    await context.close();
  });
});
