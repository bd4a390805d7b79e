import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, PHONE, screenshot } from './support/browser';
import { addAspiration, assessReality, COACHING_VISION } from './support/data';
import { useE2e } from './support/fixtures';
import {
  api,
  checkLook,
  heading,
  noDialog,
  noHorizontalOverflow,
  OTHER_LOOKS,
  seen,
  settled,
} from './support/flows';

const e2e = useE2e('vision');
const PHONE_DARK = { viewport: PHONE, colorScheme: 'dark' } as const;

/** Sets a 0–10 slider the way a keyboard user does. */
async function setLevel(page: Page, label: string, level: number) {
  const slider = page.getByRole('slider', { name: label, exact: true });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < level; i += 1) await page.keyboard.press('ArrowRight');
  expect(await slider.inputValue()).toBe(String(level));
}

const tensionPicture = (page: Page, name: RegExp) =>
  page.getByRole('img', { name }).filter({ visible: true });

/** "Coach, not fix" at vision 8, assessed at 4 and then at `reality`; resolves to its id. */
async function addAssessed(page: Page, reality = 4): Promise<string> {
  const id = await addAspiration(page, 'Coach, not fix', 8);
  await assessReality(page, id, 4, 'In two of five 1:1s I gave advice before asking.');
  if (reality !== 4) await assessReality(page, id, reality, 'Asked first in three of five 1:1s.');
  return id;
}

/** An eroding aspiration: reality up from 4 to 5, the vision lowered from 8 to 6; its id. */
async function addEroding(page: Page): Promise<string> {
  const id = await addAssessed(page, 5);
  await api(page, 'PATCH', `/api/aspirations/${id}`, {
    visionLevel: 6,
    reason: 'Eight felt like a performance, not a wish.',
  });
  return id;
}

const erodingRegion = (page: Page) =>
  page.getByRole('region', { name: 'A question, not a verdict' });

/** Opens an aspiration's page. */
async function openAspiration(page: Page, id: string, title = 'Coach, not fix') {
  await page.goto(`/vision/aspirations/${id}`);
  await heading(page, title, { exact: true });
}

describe('personal vision and creative tension in the browser', () => {
  it('guides a new person to a purpose, a value, a first aspiration and its reality', async () => {
    const { page } = await e2e.signedIn({ onboarding: 'pending' });
    await page.goto('/welcome');
    await heading(page, 'What is your purpose?', { exact: true });

    // 1 · Purpose
    await expectAccessible(page, 'welcome, purpose');
    await screenshot(page, 'welcome-purpose-desktop');
    await page
      .getByLabel('Your purpose', { exact: true })
      .fill('That the people around me grow braver and kinder.');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 2 · Values
    await heading(page, 'What do you value?', { exact: true });
    await page.getByLabel('Value', { exact: true }).fill('Honesty');
    await page.getByLabel('What it means to you', { exact: true }).fill('Say what is, kindly.');
    await page.getByRole('button', { name: 'Add value' }).click();
    await expect.poll(() => page.getByText('Say what is, kindly.').isVisible()).toBe(true);
    await expectAccessible(page, 'welcome, values');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 3 · A first aspiration
    await heading(page, 'A first aspiration', { exact: true });
    await page.getByLabel('Life domain', { exact: true }).selectOption('career');
    await page.getByLabel('Title', { exact: true }).fill('Coach, not fix');
    await page.getByLabel('Your vision', { exact: true }).fill(COACHING_VISION);
    await setLevel(page, 'Vision level', 8);
    await expectAccessible(page, 'welcome, aspiration');
    await screenshot(page, 'welcome-aspiration-desktop');
    await page.getByRole('button', { name: 'Continue' }).click();

    // 4 · An honest look at today
    await heading(page, 'An honest look at today', { exact: true });
    await expect
      .poll(() => page.getByText('What would an honest friend say?').isVisible())
      .toBe(true);
    await setLevel(page, 'Reality level', 4);
    await page
      .getByLabel(/^Evidence/)
      .fill('In two of five 1:1s this week I gave advice before asking a single question.');
    await expectAccessible(page, 'welcome, reality');
    await screenshot(page, 'welcome-reality-desktop');
    await page.getByRole('button', { name: 'Finish' }).click();

    // The guide ends on Today; the Vision page holds purpose, the value and the aspiration.
    await page.waitForURL('**/today');
    await page.goto('/vision');
    await heading(page, 'Vision', { exact: true });
    const card = page.getByRole('article', { name: 'Coach, not fix' });
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => tensionPicture(page, /vision 8, reality 4/).count()).toBeGreaterThan(0);
    await expect.poll(() => card.getByText('Gap 4').isVisible()).toBe(true);
    expect(await page.getByText('That the people around me grow braver and kinder.').count()).toBe(
      1,
    );
    expect(await page.getByText('Honesty').count()).toBe(1);
    await seen(page, 'vision', 'vision-desktop');
  });

  it('assesses reality again from the aspiration’s page', async () => {
    const { page } = await e2e.signedIn();
    await addAssessed(page);
    await page.goto('/vision');
    const card = page.getByRole('article', { name: 'Coach, not fix' });
    await card.getByRole('link', { name: 'Coach, not fix' }).click();
    await page.waitForURL('**/vision/aspirations/**');
    await heading(page, 'Coach, not fix', { exact: true });
    await expectAccessible(page, 'aspiration');

    await page.getByRole('button', { name: 'Assess reality' }).click();
    const assess = page.getByRole('dialog', { name: 'Assess current reality' });
    await setLevel(page, 'Reality level', 5);
    await assess.getByLabel(/^Evidence/).fill('Asked first in three of five 1:1s.');
    await settled(page);
    await expectAccessible(page, 'assess reality dialog');
    await assess.getByRole('button', { name: 'Save assessment' }).click();
    await noDialog(page);
    await expect.poll(() => tensionPicture(page, /vision 8, reality 5/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Reality assessed at 5 (before: 4)').count()).toBe(1);
  });

  it('asks why a vision is lowered, then asks whether it was a choice or relief', async () => {
    const { page } = await e2e.signedIn();
    await openAspiration(page, await addAssessed(page, 5));
    await page.getByRole('button', { name: 'Change vision' }).click();
    const change = page.getByRole('dialog', { name: 'Change the vision' });
    expect(await change.getByLabel('Why are you lowering it?').count()).toBe(0);
    await setLevel(page, 'Vision level', 6);
    const reason = change.getByLabel('Why are you lowering it?', { exact: true });
    await expect.poll(() => reason.isVisible()).toBe(true);
    await change.getByRole('button', { name: 'Save vision' }).click();
    await expect
      .poll(() => change.getByText('Write a few words about why.').isVisible())
      .toBe(true);
    await seen(page, 'change vision dialog, reason missing', 'aspiration-change-vision-desktop');
    await reason.fill('Eight felt like a performance, not a wish.');
    await change.getByRole('button', { name: 'Save vision' }).click();
    await noDialog(page);

    const eroding = erodingRegion(page);
    await expect.poll(() => eroding.isVisible()).toBe(true);
    await expect
      .poll(() => eroding.getByText('Was that a choice, or relief from tension?').count())
      .toBe(1);
    expect(await eroding.getByText('Eight felt like a performance, not a wish.').count()).toBe(1);
    await expect
      .poll(() => page.getByText('Vision lowered from 8 to 6', { exact: true }).count())
      .toBe(1);
  });

  it('adds an action step, and ticks and unticks it', async () => {
    const { page } = await e2e.signedIn();
    await openAspiration(page, await addEroding(page));
    await page.getByLabel('Next step', { exact: true }).fill('Ask one open question first');
    await page.getByRole('button', { name: 'Add step' }).click();
    const step = page.getByRole('checkbox', { name: 'Ask one open question first' });
    await expect.poll(() => step.isVisible()).toBe(true);
    await step.check();
    await expect.poll(() => step.isChecked()).toBe(true);
    await step.uncheck();
    await expect.poll(() => step.isChecked()).toBe(false);
    await expect.poll(() => erodingRegion(page).isVisible()).toBe(true);
    await seen(page, 'aspiration, eroding', 'aspiration-desktop');
  });

  it('says quietly on the Vision card that the vision came down, and shows the next step', async () => {
    const { page } = await e2e.signedIn();
    const id = await addEroding(page);
    await api(page, 'POST', `/api/aspirations/${id}/steps`, {
      text: 'Ask one open question first',
    });
    await openAspiration(page, id);
    await page.getByRole('link', { name: 'Vision', exact: true }).first().click();
    await page.waitForURL('**/vision');
    const card = page.getByRole('article', { name: 'Coach, not fix' });
    await expect
      .poll(() =>
        card
          .getByText('The vision came down more than reality went up.', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => card.getByText('Ask one open question first').isVisible()).toBe(true);
  });

  for (const look of OTHER_LOOKS) {
    it(`fits Vision, an aspiration and the guide, ${look[2]}`, async () => {
      const { page } = await e2e.signedIn();
      const id = await addEroding(page);
      await checkLook(page, look, [
        [
          '/vision',
          'vision',
          () => page.getByRole('article', { name: 'Coach, not fix' }).isVisible(),
        ],
        [`/vision/aspirations/${id}`, 'aspiration', () => erodingRegion(page).isVisible()],
        [
          '/welcome',
          'welcome',
          () =>
            page
              .getByRole('heading', { level: 1, name: 'What is your purpose?', exact: true })
              .isVisible(),
        ],
      ]);
    });
  }

  it('lets a person skip the guide, then teaches from an empty Vision page', async () => {
    const { page } = await e2e.signedIn({ ...PHONE_DARK, onboarding: 'pending' });
    await page.goto('/welcome');
    await heading(page, 'What is your purpose?', { exact: true });
    await page.getByRole('button', { name: 'Skip for now' }).click();
    // Skipping lands on Today, like finishing; the Vision page then teaches from empty.
    await page.waitForURL('**/today');
    await page.goto('/vision');
    await heading(page, 'Vision', { exact: true });
    await expect
      .poll(() => page.getByText('Picture what you want to create').isVisible())
      .toBe(true);
    await seen(page, 'vision, empty', 'vision-empty-phone-dark');

    // The app's root opens Today, not the guide.
    await page.goto('/');
    await page.waitForURL('**/today');
  });

  it('ranks values with buttons, no dragging needed', async () => {
    const { page } = await e2e.signedIn(PHONE_DARK);
    await page.goto('/vision');
    await heading(page, 'Vision', { exact: true });
    await page.getByLabel('Value', { exact: true }).fill('Care');
    await page.getByRole('button', { name: 'Add value' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Move Care up' }).count()).toBe(1);
    // The field empties once the first value is saved; typing before that would be cleared.
    await expect.poll(() => page.getByLabel('Value', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Value', { exact: true }).fill('Courage');
    await page.getByRole('button', { name: 'Add value' }).click();
    await page.getByRole('button', { name: 'Move Courage up' }).click();
    await expect
      .poll(() => page.getByRole('main').getByRole('listitem').first().textContent())
      .toContain('Courage');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Courage down');
  });

  it('creates an aspiration from the Vision page, straight to its own page', async () => {
    const { page } = await e2e.signedIn(PHONE_DARK);
    await page.goto('/vision');
    await heading(page, 'Vision', { exact: true });
    await page.getByRole('button', { name: 'New aspiration' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New aspiration' });
    await dialog.getByLabel('Life domain', { exact: true }).selectOption('health');
    await dialog.getByLabel('Title', { exact: true }).fill('Run a half marathon');
    await dialog
      .getByLabel('Your vision', { exact: true })
      .fill('I run 21 km in the spring, calm and unhurried.');
    await setLevel(page, 'Vision level', 9);
    await dialog.getByRole('button', { name: 'Create aspiration' }).click();
    await page.waitForURL('**/vision/aspirations/**');
    await heading(page, 'Run a half marathon', { exact: true });
    await expect
      .poll(() => page.getByText("Reality hasn't been assessed yet.", { exact: false }).isVisible())
      .toBe(true);
    await settled(page);
    await noHorizontalOverflow(page);
    await expectAccessible(page, 'aspiration, not yet assessed');
    await screenshot(page, 'aspiration-new-phone-dark');
  });

  it('says what a value and a new aspiration miss, their rules loaded as they are needed', async () => {
    const { page } = await e2e.signedIn();
    await page.goto('/vision');
    await heading(page, 'Vision', { exact: true });
    // Adding a value: empty, it is refused with a word under the field, which takes focus.
    await page.getByRole('button', { name: 'Add value' }).click();
    await expect.poll(() => page.getByText('Name the value.').isVisible()).toBe(true);
    const name = page.getByLabel('Value', { exact: true });
    await expect.poll(() => name.evaluate((field) => field === document.activeElement)).toBe(true);
    await name.fill('Honesty');
    await page.getByRole('button', { name: 'Add value' }).click();
    await expect.poll(() => page.getByText('Honesty', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Name the value.').isVisible()).toBe(false);
    // A new aspiration without its title and vision.
    await page.getByRole('button', { name: 'New aspiration' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New aspiration' });
    await dialog.getByRole('button', { name: 'Create aspiration' }).click();
    await expect
      .poll(() => dialog.getByText('Give the aspiration a short title.').isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        dialog.getByText('Describe what you want to create, in your own words.').isVisible(),
      )
      .toBe(true);
  });

  it('releases an aspiration with a reflection, and makes it active again', async () => {
    const { page } = await e2e.signedIn(PHONE_DARK);
    await openAspiration(
      page,
      await addAspiration(page, 'Run a half marathon', 9),
      'Run a half marathon',
    );
    await page.getByRole('button', { name: 'Release' }).click();
    const release = page.getByRole('dialog');
    await release.getByLabel('Reflection', { exact: true }).fill('Not this year: my knee.');
    await release.getByRole('button', { name: 'Release' }).click();
    await noDialog(page);
    await expect.poll(() => page.getByText('Not this year: my knee.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Make active again' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Release' }).isVisible()).toBe(true);
  });
});
