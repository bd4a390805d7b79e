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
  signUp,
} from './support/flows';

const baseUrl = inject('e2eBaseUrl');
let browser: Browser;

/** Calls the API as the person signed in on the page (cookie plus CSRF token). */
async function api(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'X-CSRF-Token': token },
  });
  return { status: response.status(), body: (await response.json().catch(() => null)) as any };
}

/** Signs up through the form with a given name and skips the welcome guide. */
async function signUpAs(page: Page, name: string) {
  const person = { ...newPerson('delegation'), name };
  await signUp(page, person);
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.waitForURL('**/vision');
  return person;
}

/** The page at every size and theme: fits 360 px, passes axe, and is photographed. */
async function everyLook(page: Page, name: string, ready: () => Promise<void>) {
  for (const [viewport, colorScheme, label] of [
    [PHONE, 'light', 'phone-light'],
    [PHONE, 'dark', 'phone-dark'],
    [DESKTOP, 'dark', 'desktop-dark'],
    [DESKTOP, 'light', 'desktop-light'],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.reload();
    await ready();
    await settled(page);
    await noHorizontalOverflow(page);
    await expectAccessible(page, `${name}, ${label}`);
    await screenshot(page, `${name}-${label}`);
  }
}

/** The card of one decision area. */
const areaCard = (page: Page, title: string) => page.getByRole('region', { name: title });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Delegation poker and a 1:1, two people side by side', () => {
  it('lets a leader and a member agree a level privately first, and a member end a 1:1', async () => {
    const lea = await newContext(browser, baseUrl, { viewport: DESKTOP });
    const mo = await newContext(browser, baseUrl, { viewport: DESKTOP });
    const leader = lea.page;
    const member = mo.page;
    await signUpAs(leader, 'Lea Moreau');
    const moPerson = await signUpAs(member, 'Mo Tanaka');

    // An organization: Lea creates it and invites Mo, who accepts.
    const org = await api(leader, 'POST', '/api/orgs', { name: 'Riverside Clinic' });
    expect(org.status).toBe(201);
    const invitation = await api(leader, 'POST', `/api/orgs/${org.body.id}/invitations`, {
      email: moPerson.email,
      role: 'member',
    });
    expect(invitation.status).toBe(201);
    expect(
      (await api(member, 'POST', `/api/invitations/${invitation.body.token}/accept`)).status,
    ).toBe(200);

    // Lea starts an agreement with Mo from the empty Delegation page.
    await leader.goto('/delegation');
    await heading(leader, 'Delegation', { exact: true });
    await expect.poll(() => leader.getByText('Start your first agreement').isVisible()).toBe(true);
    await settled(leader);
    await expectAccessible(leader, 'delegation, empty');
    await screenshot(leader, 'delegation-empty-desktop');
    await leader.getByRole('button', { name: 'New agreement' }).first().click();
    const dialog = leader.getByRole('dialog', { name: 'New delegation agreement' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('With', { exact: true }).inputValue()).not.toBe('');
    await dialog.getByRole('radio', { name: 'The leader' }).check();
    await dialog.getByLabel('A first decision area (optional)').fill('Hiring for the team');
    await settled(leader);
    await expectAccessible(leader, 'delegation, new agreement dialog');
    await screenshot(leader, 'delegation-new-desktop');
    await dialog.getByRole('button', { name: 'Start agreement' }).click();
    await leader.waitForURL(/\/delegation\/[0-9A-Z]{26}$/);
    const agreementUrl = new URL(leader.url()).pathname;
    await heading(leader, 'Lea Moreau and Mo Tanaka');
    await noDialog(leader);

    // Mo finds it in the list, waiting for a card from him.
    await member.goto('/delegation');
    await expect.poll(() => member.getByText('Your turn on 1 area').isVisible()).toBe(true);
    await member.getByRole('link', { name: 'With Lea Moreau' }).click();
    await member.waitForURL(`**${agreementUrl}`);
    await heading(member, 'Lea Moreau and Mo Tanaka');

    // Lea lays down 5 privately.
    const leaArea = areaCard(leader, 'Hiring for the team');
    await leaArea.getByRole('radio', { name: /^5 · Advise/ }).check();
    await leaArea.getByRole('button', { name: 'Lay down this card' }).click();
    await expect
      .poll(() => leaArea.getByRole('status').textContent())
      .toContain('You chose 5 · Advise.');
    await expect
      .poll(() => leaArea.getByRole('status').textContent())
      .toContain('Mo Tanaka hasn’t chosen yet.');
    await settled(leader);
    await expectAccessible(leader, 'agreement, my card down');
    await screenshot(leader, 'delegation-leader-chose-desktop');

    // Mo sees that Lea chose — not what — on the page and in the API.
    await member.reload();
    const moArea = areaCard(member, 'Hiring for the team');
    await expect
      .poll(() => moArea.getByRole('status').textContent())
      .toContain('Lea Moreau has chosen.');
    expect(await moArea.getByRole('heading', { name: 'Cards revealed' }).count()).toBe(0);
    const hidden = await api(member, 'GET', `/api${agreementUrl}`);
    expect(hidden.body.areas[0].poker).toMatchObject({
      myChoice: null,
      otherHasChosen: true,
      revealed: null,
    });
    await settled(member);
    await expectAccessible(member, 'agreement, the other chose');
    await screenshot(member, 'delegation-member-choosing-desktop');
    await everyLook(member, 'delegation-poker', async () => {
      await expect
        .poll(() => moArea.getByRole('radio', { name: /^7 · Delegate/ }).isVisible())
        .toBe(true);
    });

    // Mo lays down 3: both cards are revealed together.
    await moArea.getByRole('radio', { name: /^3 · Consult/ }).check();
    await moArea.getByRole('button', { name: 'Lay down this card' }).click();
    await expect
      .poll(() => moArea.getByRole('heading', { name: 'Cards revealed' }).isVisible())
      .toBe(true);
    await expect.poll(() => moArea.getByText('You see it differently.').isVisible()).toBe(true);
    await leader.reload();
    await expect
      .poll(() => leaArea.getByRole('heading', { name: 'Cards revealed' }).isVisible())
      .toBe(true);
    const revealedCards = leaArea.getByRole('listitem');
    await expect.poll(() => revealedCards.first().textContent()).toContain('5Advise');
    await expect.poll(() => revealedCards.nth(1).textContent()).toContain('3Consult');
    await settled(leader);
    await expectAccessible(leader, 'agreement, revealed');
    await screenshot(leader, 'delegation-revealed-desktop');

    // They talk; Mo proposes 4, Lea confirms.
    await moArea.getByLabel('Propose a level').selectOption('4');
    await moArea.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect
      .poll(() =>
        moArea.getByText('You proposed 4 · Agree. Waiting for Lea Moreau to confirm.').isVisible(),
      )
      .toBe(true);
    await leader.reload();
    await expect
      .poll(() => leaArea.getByText('Mo Tanaka proposes 4 · Agree.').isVisible())
      .toBe(true);
    await settled(leader);
    await expectAccessible(leader, 'agreement, proposal to confirm');
    await leaArea.getByRole('button', { name: 'Confirm 4 · Agree' }).click();
    await expect.poll(() => leaArea.getByText('Agreed: 4 · Agree').isVisible()).toBe(true);

    // A planned transition: 4 → 5 by a date next year.
    const nextYear = `${new Date().getFullYear() + 1}-03-01`;
    await leaArea.getByLabel('Move to').selectOption('5');
    await leaArea.getByLabel('By', { exact: true }).fill(nextYear);
    await leaArea.getByRole('button', { name: 'Plan transition' }).click();
    await expect
      .poll(() =>
        leaArea
          .getByRole('listitem')
          .filter({ hasText: /4 · Agree → 5 · Advise by/ })
          .isVisible(),
      )
      .toBe(true);
    await leaArea.getByText(/^History/).click();
    await expect
      .poll(() =>
        leaArea
          .getByText('Cards revealed: Lea Moreau chose 5 · Advise, Mo Tanaka chose 3 · Consult')
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => leaArea.getByText('Lea Moreau confirmed 4 · Agree').isVisible())
      .toBe(true);
    await settled(leader);
    await expectAccessible(leader, 'agreement, agreed with history');
    await screenshot(leader, 'delegation-agreed-desktop');
    await member.reload();
    await expect.poll(() => moArea.getByText('Agreed: 4 · Agree').isVisible()).toBe(true);
    await everyLook(member, 'delegation-agreement', async () => {
      await heading(member, 'Lea Moreau and Mo Tanaka');
      await expect.poll(() => moArea.getByText('Agreed: 4 · Agree').isVisible()).toBe(true);
    });
    await member.goto('/delegation');
    await everyLook(member, 'delegation-list', async () => {
      await expect
        .poll(() => member.getByRole('link', { name: 'With Lea Moreau' }).isVisible())
        .toBe(true);
    });

    // Mo starts a 1:1 with Lea.
    await member.goto('/one-on-ones');
    await heading(member, '1:1s', { exact: true });
    await expect.poll(() => member.getByText('Start your first 1:1').isVisible()).toBe(true);
    await settled(member);
    await expectAccessible(member, '1:1s, empty');
    await screenshot(member, 'one-on-ones-empty-desktop');
    await member.getByRole('button', { name: 'New 1:1' }).first().click();
    const newSpace = member.getByRole('dialog', { name: 'New 1:1' });
    await expect.poll(() => newSpace.isVisible()).toBe(true);
    await newSpace.getByLabel('Name (optional)').fill('Weekly with Lea');
    await settled(member);
    await expectAccessible(member, '1:1s, new dialog');
    await newSpace.getByRole('button', { name: 'Start 1:1' }).click();
    await member.waitForURL(/\/one-on-ones\/[0-9A-Z]{26}$/);
    const spaceUrl = new URL(member.url()).pathname;
    await heading(member, 'Weekly with Lea');
    await expect
      .poll(() => member.getByText('Only Lea Moreau and you can see this 1:1.').isVisible())
      .toBe(true);

    // Lea finds it and adds a topic with Markdown notes.
    await leader.goto('/one-on-ones');
    await leader.getByRole('link', { name: 'Weekly with Lea' }).click();
    await leader.waitForURL(`**${spaceUrl}`);
    await heading(leader, 'Weekly with Lea');
    await leader.getByLabel('Topic', { exact: true }).fill('Your next step on the career ladder');
    await leader
      .getByLabel('Notes (optional, Markdown)')
      .fill('**Bring** two examples of work you are proud of.');
    await leader.getByRole('button', { name: 'Add topic' }).click();
    await expect
      .poll(() => leader.getByText('Your next step on the career ladder').isVisible())
      .toBe(true);
    await expect
      .poll(() => leader.locator('.markdown strong', { hasText: 'Bring' }).isVisible())
      .toBe(true);

    // Mo sees it, adds an action item for himself, and writes a note.
    await member.reload();
    await expect.poll(() => member.getByText('Added by Lea Moreau').isVisible()).toBe(true);
    await member.getByLabel('What will be done').fill('Collect two examples');
    await member.getByLabel('Due (optional)').fill(nextYear);
    await member.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => member.getByText('Collect two examples').isVisible()).toBe(true);
    await member.getByLabel('A note (Markdown)').fill('We meet *every* Tuesday.');
    await member.getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => member.locator('.markdown em', { hasText: 'every' }).isVisible())
      .toBe(true);
    await member.getByLabel('Discussed: Your next step on the career ladder').check();
    await expect
      .poll(async () =>
        (await api(member, 'GET', `/api${spaceUrl}`)).body.topics.map((t: any) => t.discussed),
      )
      .toEqual([true]);
    await settled(member);
    await expectAccessible(member, '1:1, filled');
    await screenshot(member, 'one-on-one-desktop');
    await everyLook(member, 'one-on-one', async () => {
      await heading(member, 'Weekly with Lea');
      await expect.poll(() => member.getByText('Collect two examples').isVisible()).toBe(true);
    });

    // Mo ends it: Lea gets "not here" at once; Mo keeps it, read-only.
    await member.getByRole('button', { name: 'End this 1:1' }).click();
    const confirm = member.getByRole('dialog', { name: 'End this 1:1?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await settled(member);
    await expectAccessible(member, '1:1, end confirmation');
    await screenshot(member, 'one-on-one-end-desktop');
    await confirm.getByRole('button', { name: 'End 1:1' }).click();
    await noDialog(member);
    await expect
      .poll(() => member.getByText(/This 1:1 ended on .*read-only\./).isVisible())
      .toBe(true);
    expect(await member.getByRole('button', { name: 'Add topic' }).count()).toBe(0);
    await settled(member);
    await expectAccessible(member, '1:1, ended');
    await screenshot(member, 'one-on-one-ended-desktop');

    await leader.reload();
    await heading(leader, 'This 1:1 isn’t here');
    expect((await api(leader, 'GET', `/api${spaceUrl}`)).status).toBe(404);
    await leader.goto('/one-on-ones');
    await expect.poll(() => leader.getByText('Start your first 1:1').isVisible()).toBe(true);
    await leader.goto(spaceUrl);
    await heading(leader, 'This 1:1 isn’t here');
    await settled(leader);
    await expectAccessible(leader, '1:1, gone for the colleague');
    await screenshot(leader, 'one-on-one-gone-desktop');

    // The only failures were the 404s Lea was meant to get.
    const expected = (problem: string) => problem.includes('404') && problem.includes(spaceUrl);
    expect(lea.problems.filter((p) => !expected(p))).toEqual([]);
    expect(mo.problems).toEqual([]);
    await lea.context.close();
    await mo.context.close();
  });
});
