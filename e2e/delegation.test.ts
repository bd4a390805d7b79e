import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { addOrganization } from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { api, heading, look, lookEverywhere, noDialog, seen, settled } from './support/flows';

const e2e = useE2e('delegation');
const AREA = 'Hiring for the team';
const PAIR = 'Lea Moreau and Mo Tanaka';
const nextYear = `${new Date().getFullYear() + 1}-03-01`;

/** Lea, who leads, and Mo, a member, in the organization Riverside Clinic. */
async function pair() {
  const leader = await e2e.signedIn({ name: 'Lea Moreau' });
  const member = await e2e.signedIn({ name: 'Mo Tanaka' });
  const orgId = await addOrganization(leader, 'Riverside Clinic', [member]);
  return { leader, member, orgId };
}

type Agreement = { id: string; areas: { id: string }[] };

/**
 * Lea's agreement with Mo on one area, through the API; each choice given is laid down.
 * Resolves to the agreement's path and the area's API path.
 */
async function agreement(
  leader: SignedIn,
  member: SignedIn,
  orgId: string,
  choices: { leader?: number; member?: number } = {},
) {
  const made = await api<Agreement>(leader.page, 'POST', '/api/delegation', {
    orgId,
    colleagueId: member.id,
    myRole: 'leader',
    areas: [{ title: AREA }],
  });
  const area = `/api/delegation/${made.id}/areas/${made.areas[0]!.id}`;
  if (choices.leader) await choose(leader.page, area, choices.leader);
  if (choices.member) await choose(member.page, area, choices.member);
  return { path: `/delegation/${made.id}`, area };
}

async function choose(page: Page, area: string, level: number) {
  await api(page, 'PUT', `${area}/poker/choice`, { level });
}

/** An agreement at 4 · Agree: Lea chose 5, Mo 3, Mo proposed 4, Lea confirmed. */
async function agreed(leader: SignedIn, member: SignedIn, orgId: string) {
  const made = await agreement(leader, member, orgId, { leader: 5, member: 3 });
  await api(member.page, 'POST', `${made.area}/proposal`, { level: 4 }, 200);
  await api(leader.page, 'POST', `${made.area}/proposal/confirm`, { level: 4 }, 200);
  return made.path;
}

/** The card of one decision area. */
const areaCard = (page: Page) => page.getByRole('region', { name: AREA });

/** Opens a page and waits until it is headed by the pair's names. */
async function openAgreement(page: Page, path: string) {
  await page.goto(path);
  await heading(page, PAIR);
}

/** The page at every size and theme, reloaded each time: fits, passes axe, photographed. */
async function everyLook(page: Page, name: string, ready: () => Promise<void>) {
  const open = async () => {
    await page.reload();
    await ready();
  };
  await lookEverywhere(page, name, open);
  await open();
  await look(page, `${name}-desktop-light`);
}

/** A 1:1 Mo keeps with Lea, through the API; resolves to its path and API path. */
async function oneOnOne(leader: SignedIn, member: SignedIn, orgId: string) {
  const space = await api<{ id: string }>(member.page, 'POST', '/api/one-on-ones', {
    orgId,
    colleagueId: leader.id,
    title: 'Weekly with Lea',
  });
  return { path: `/one-on-ones/${space.id}`, api: `/api/one-on-ones/${space.id}` };
}

describe('Delegation poker, two people side by side', () => {
  it('lets a leader start an agreement, which the member finds waiting for his card', async () => {
    const { leader, member } = await pair();
    await leader.page.goto('/delegation');
    await heading(leader.page, 'Delegation', { exact: true });
    await expect
      .poll(() => leader.page.getByText('Start your first agreement').isVisible())
      .toBe(true);
    await seen(leader.page, 'delegation, empty', 'delegation-empty-desktop');
    await leader.page.getByRole('button', { name: 'New agreement' }).first().click();
    const dialog = leader.page.getByRole('dialog', { name: 'New delegation agreement' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('With', { exact: true }).inputValue()).not.toBe('');
    await dialog.getByRole('radio', { name: 'The leader' }).check();
    await dialog.getByLabel('A first decision area (optional)').fill(AREA);
    await seen(leader.page, 'delegation, new agreement dialog', 'delegation-new-desktop');
    await dialog.getByRole('button', { name: 'Start agreement' }).click();
    await leader.page.waitForURL(/\/delegation\/[0-9A-Z]{26}$/);
    const path = new URL(leader.page.url()).pathname;
    await heading(leader.page, PAIR);
    await noDialog(leader.page);

    await member.page.goto('/delegation');
    await expect.poll(() => member.page.getByText('Your turn on 1 area').isVisible()).toBe(true);
    await member.page.getByRole('link', { name: 'With Lea Moreau' }).click();
    await member.page.waitForURL(`**${path}`);
    await heading(member.page, PAIR);
  });

  it('keeps a card private until both have chosen, then reveals both together', async () => {
    const { leader, member, orgId } = await pair();
    const { path } = await agreement(leader, member, orgId);
    await openAgreement(leader.page, path);
    const leaArea = areaCard(leader.page);
    await leaArea.getByRole('radio', { name: /^5 · Advise/ }).check();
    await leaArea.getByRole('button', { name: 'Lay down this card' }).click();
    await expect
      .poll(() => leaArea.getByRole('status').textContent())
      .toContain('You chose 5 · Advise.');
    await expect
      .poll(() => leaArea.getByRole('status').textContent())
      .toContain('Mo Tanaka hasn’t chosen yet.');
    await seen(leader.page, 'agreement, my card down', 'delegation-leader-chose-desktop');

    // Mo sees that Lea chose — not what — on the page and in the API.
    await openAgreement(member.page, path);
    const moArea = areaCard(member.page);
    await expect
      .poll(() => moArea.getByRole('status').textContent())
      .toContain('Lea Moreau has chosen.');
    expect(await moArea.getByRole('heading', { name: 'Cards revealed' }).count()).toBe(0);
    const hidden = await api<{ areas: { poker: unknown }[] }>(member.page, 'GET', `/api${path}`);
    expect(hidden.areas[0]!.poker).toMatchObject({
      myChoice: null,
      otherHasChosen: true,
      revealed: null,
    });
    await seen(member.page, 'agreement, the other chose', 'delegation-member-choosing-desktop');

    await moArea.getByRole('radio', { name: /^3 · Consult/ }).check();
    await moArea.getByRole('button', { name: 'Lay down this card' }).click();
    await expect
      .poll(() => moArea.getByRole('heading', { name: 'Cards revealed' }).isVisible())
      .toBe(true);
    await expect.poll(() => moArea.getByText('You see it differently.').isVisible()).toBe(true);
    await leader.page.reload();
    await expect
      .poll(() => leaArea.getByRole('heading', { name: 'Cards revealed' }).isVisible())
      .toBe(true);
    const revealedCards = leaArea.getByRole('listitem');
    await expect.poll(() => revealedCards.first().textContent()).toContain('5Advise');
    await expect.poll(() => revealedCards.nth(1).textContent()).toContain('3Consult');
    await seen(leader.page, 'agreement, revealed', 'delegation-revealed-desktop');
  });

  it('fits the cards to choose from on a phone and in the dark', async () => {
    const { leader, member, orgId } = await pair();
    const { path } = await agreement(leader, member, orgId, { leader: 5 });
    await openAgreement(member.page, path);
    await everyLook(member.page, 'delegation-poker', async () => {
      await expect
        .poll(() =>
          areaCard(member.page)
            .getByRole('radio', { name: /^7 · Delegate/ })
            .isVisible(),
        )
        .toBe(true);
    });
  });

  it('agrees a level the member proposes and the leader confirms, and plans a transition', async () => {
    const { leader, member, orgId } = await pair();
    const { path } = await agreement(leader, member, orgId, { leader: 5, member: 3 });
    await openAgreement(member.page, path);
    const moArea = areaCard(member.page);
    await moArea.getByLabel('Propose a level').selectOption('4');
    await moArea.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect
      .poll(() =>
        moArea.getByText('You proposed 4 · Agree. Waiting for Lea Moreau to confirm.').isVisible(),
      )
      .toBe(true);
    await openAgreement(leader.page, path);
    const leaArea = areaCard(leader.page);
    await expect
      .poll(() => leaArea.getByText('Mo Tanaka proposes 4 · Agree.').isVisible())
      .toBe(true);
    await settled(leader.page);
    await expectAccessible(leader.page, 'agreement, proposal to confirm');
    await leaArea.getByRole('button', { name: 'Confirm 4 · Agree' }).click();
    await expect.poll(() => leaArea.getByText('Agreed: 4 · Agree').isVisible()).toBe(true);

    // A planned transition: 4 → 5 by a date next year.
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
    await seen(leader.page, 'agreement, agreed with history', 'delegation-agreed-desktop');
    await member.page.reload();
    await expect.poll(() => moArea.getByText('Agreed: 4 · Agree').isVisible()).toBe(true);
  });

  it('fits an agreed agreement and the list on a phone and in the dark', async () => {
    const { leader, member, orgId } = await pair();
    const path = await agreed(leader, member, orgId);
    const { page } = member;
    await openAgreement(page, path);
    await everyLook(page, 'delegation-agreement', async () => {
      await heading(page, PAIR);
      await expect.poll(() => areaCard(page).getByText('Agreed: 4 · Agree').isVisible()).toBe(true);
    });
    await page.goto('/delegation');
    await everyLook(page, 'delegation-list', async () => {
      await expect
        .poll(() => page.getByRole('link', { name: 'With Lea Moreau' }).isVisible())
        .toBe(true);
    });
  });
});

describe('A 1:1, two people side by side', () => {
  it('lets a member start a 1:1 with his leader from the empty page', async () => {
    const { member } = await pair();
    const { page } = member;
    await page.goto('/one-on-ones');
    await heading(page, '1:1s', { exact: true });
    await expect.poll(() => page.getByText('Start your first 1:1').isVisible()).toBe(true);
    await seen(page, '1:1s, empty', 'one-on-ones-empty-desktop');
    await page.getByRole('button', { name: 'New 1:1' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New 1:1' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Name (optional)').fill('Weekly with Lea');
    await settled(page);
    await expectAccessible(page, '1:1s, new dialog');
    await dialog.getByRole('button', { name: 'Start 1:1' }).click();
    await page.waitForURL(/\/one-on-ones\/[0-9A-Z]{26}$/);
    await heading(page, 'Weekly with Lea');
    await expect
      .poll(() => page.getByText('Only Lea Moreau and you can see this 1:1.').isVisible())
      .toBe(true);
  });

  it('holds topics with Markdown notes, actions and notes from both', async () => {
    const { leader, member, orgId } = await pair();
    const space = await oneOnOne(leader, member, orgId);
    await leader.page.goto('/one-on-ones');
    await leader.page.getByRole('link', { name: 'Weekly with Lea' }).click();
    await leader.page.waitForURL(`**${space.path}`);
    await heading(leader.page, 'Weekly with Lea');
    await leader.page
      .getByLabel('Topic', { exact: true })
      .fill('Your next step on the career ladder');
    await leader.page
      .getByLabel('Notes (optional, Markdown)')
      .fill('**Bring** two examples of work you are proud of.');
    await leader.page.getByRole('button', { name: 'Add topic' }).click();
    await expect
      .poll(() => leader.page.getByText('Your next step on the career ladder').isVisible())
      .toBe(true);
    await expect
      .poll(() => leader.page.getByRole('strong').filter({ hasText: 'Bring' }).isVisible())
      .toBe(true);

    const { page } = member;
    await page.goto(space.path);
    await expect.poll(() => page.getByText('Added by Lea Moreau').isVisible()).toBe(true);
    await page.getByLabel('What will be done').fill('Collect two examples');
    await page.getByLabel('Due (optional)').fill(nextYear);
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => page.getByText('Collect two examples').isVisible()).toBe(true);
    await page.getByLabel('A note (Markdown)').fill('We meet *every* Tuesday.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => page.getByRole('emphasis').filter({ hasText: 'every' }).isVisible())
      .toBe(true);
    await page.getByLabel('Discussed: Your next step on the career ladder').check();
    await expect
      .poll(async () =>
        (await api<{ topics: { discussed: boolean }[] }>(page, 'GET', space.api)).topics.map(
          (t) => t.discussed,
        ),
      )
      .toEqual([true]);
    await seen(page, '1:1, filled', 'one-on-one-desktop');
  });

  it('fits a 1:1 on a phone and in the dark', async () => {
    const { leader, member, orgId } = await pair();
    const space = await oneOnOne(leader, member, orgId);
    await api(leader.page, 'POST', `${space.api}/topics`, {
      title: 'Your next step on the career ladder',
      notes: '**Bring** two examples of work you are proud of.',
    });
    await api(member.page, 'POST', `${space.api}/actions`, {
      text: 'Collect two examples',
      ownerId: member.id,
      dueOn: nextYear,
    });
    const { page } = member;
    await page.goto(space.path);
    await everyLook(page, 'one-on-one', async () => {
      await heading(page, 'Weekly with Lea');
      await expect.poll(() => page.getByText('Collect two examples').isVisible()).toBe(true);
    });
  });

  it('lets the member end a 1:1: he keeps it read-only, and it is gone for the leader', async () => {
    const { leader, member, orgId } = await pair();
    const space = await oneOnOne(leader, member, orgId);
    // The only failures are the 404s Lea is meant to get.
    leader.expected.push(new RegExp(`404.*${space.path}|${space.path}.*404`));
    await leader.page.goto(space.path);
    await heading(leader.page, 'Weekly with Lea');

    const { page } = member;
    await page.goto(space.path);
    await heading(page, 'Weekly with Lea');
    await page.getByRole('button', { name: 'End this 1:1' }).click();
    const confirm = page.getByRole('dialog', { name: 'End this 1:1?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await seen(page, '1:1, end confirmation', 'one-on-one-end-desktop');
    await confirm.getByRole('button', { name: 'End 1:1' }).click();
    await noDialog(page);
    await expect
      .poll(() => page.getByText(/This 1:1 ended on .*read-only\./).isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Add topic' }).count()).toBe(0);
    await seen(page, '1:1, ended', 'one-on-one-ended-desktop');

    await leader.page.reload();
    await heading(leader.page, 'This 1:1 isn’t here');
    await api(leader.page, 'GET', space.api, undefined, 404);
    await leader.page.goto('/one-on-ones');
    await expect.poll(() => leader.page.getByText('Start your first 1:1').isVisible()).toBe(true);
    await leader.page.goto(space.path);
    await heading(leader.page, 'This 1:1 isn’t here');
    await seen(leader.page, '1:1, gone for the colleague', 'one-on-one-gone-desktop');
  });
});
