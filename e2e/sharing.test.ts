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
import { dayLabel } from '../src/core/shared-title';
import {
  api,
  heading,
  newPerson,
  noDialog,
  noHorizontalOverflow,
  settled,
  signUp,
} from './support/flows';

const baseUrl = inject('e2eBaseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Console problems, less the refusals this test meets on purpose: an unshared item (404), a used
 * invitation and the last admin stepping down (409).
 */
const unexpected = (problems: string[]) =>
  problems.filter(
    (problem) =>
      !/status of 404 .*\/api\/shared\/aspiration\//.test(problem) &&
      !/status of 409 .*\/api\/(invitations\/|orgs\/\w+\/members\/)/.test(problem),
  );

/** Checks a page as it is now: no overflow at 360 px, axe, and a screenshot for people. */
async function look(page: Page, name: string) {
  await settled(page);
  await noHorizontalOverflow(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** The same page on a phone in light and dark, and on the desktop in dark. */
async function lookEverywhere(page: Page, name: string, open: () => Promise<void>) {
  for (const [viewport, colorScheme, label] of [
    [PHONE, 'light', 'phone-light'],
    [PHONE, 'dark', 'phone-dark'],
    [DESKTOP, 'dark', 'desktop-dark'],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await open();
    await look(page, `${name}-${label}`);
  }
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('organizations, teams and sharing by consent, two people side by side', () => {
  it('lets a member share an aspiration with a leader, see the read, and unshare it', async () => {
    const leader = await newContext(browser, baseUrl, { viewport: DESKTOP });
    const member = await newContext(browser, baseUrl, { viewport: DESKTOP });
    const lea = { ...newPerson('sharing'), name: 'Lea Leader' };
    const mia = { ...newPerson('sharing'), name: 'Mia Member' };

    // The leader creates an organization.
    await signUp(leader.page, lea);
    await leader.page.goto('/orgs');
    await heading(leader.page, 'Organizations', { exact: true });
    await expect.poll(() => leader.page.getByText('No organizations yet').isVisible()).toBe(true);
    await look(leader.page, 'orgs-empty-desktop');
    await leader.page.getByLabel('Name of the organization').fill('North Star Lab');
    await leader.page.getByRole('button', { name: 'Create organization' }).click();
    await leader.page.waitForURL(/\/orgs\/[0-9A-Z]{26}$/);
    await heading(leader.page, 'North Star Lab', { exact: true });
    const orgUrl = leader.page.url();

    // … and a team in it.
    await leader.page.getByLabel('Name of the team').fill('Coaching circle');
    await leader.page.getByRole('checkbox', { name: 'I lead this team' }).check();
    await leader.page.getByRole('button', { name: 'Create team' }).click();
    await expect
      .poll(() => leader.page.getByRole('link', { name: 'Coaching circle' }).isVisible())
      .toBe(true);

    // An invitation by link, to copy and pass on.
    await leader.page.getByLabel('Email', { exact: true }).fill(mia.email);
    await leader.page.getByLabel('Role', { exact: true }).selectOption('member');
    await leader.page.getByRole('button', { name: 'Create invitation link' }).click();
    const linkDialog = leader.page.getByRole('dialog', { name: 'Invitation link' });
    await expect.poll(() => linkDialog.isVisible()).toBe(true);
    const invitationUrl = (await linkDialog.locator('code').textContent()) ?? '';
    expect(invitationUrl).toMatch(/\/invitations\/\S+$/);
    await look(leader.page, 'org-invitation-link-desktop');
    await linkDialog.getByRole('button', { name: 'Done' }).click();
    await noDialog(leader.page);
    await expect.poll(() => leader.page.getByText('Waiting to be accepted').isVisible()).toBe(true);
    await look(leader.page, 'org-admin-desktop');

    // The member opens the link signed out, creates an account, and comes back to it.
    await member.page.goto(invitationUrl);
    await heading(member.page, 'You’re invited', { exact: true });
    await look(member.page, 'invitation-signed-out-desktop');
    await member.page.getByRole('link', { name: 'Create an account' }).click();
    await member.page.waitForURL('**/sign-up?next=**');
    await member.page.getByLabel('Name', { exact: true }).fill(mia.name);
    await member.page.getByLabel('Email', { exact: true }).fill(mia.email);
    await member.page.getByLabel('Password', { exact: true }).fill(mia.password);
    await member.page.getByRole('button', { name: 'Create account' }).click();
    await member.page.waitForURL('**/invitations/**');
    await heading(member.page, 'Join North Star Lab', { exact: true });
    await expect
      .poll(() => member.page.getByText('You are invited as a member.').isVisible())
      .toBe(true);
    await look(member.page, 'invitation-desktop');
    await member.page.getByRole('button', { name: 'Accept and join' }).click();
    await member.page.waitForURL(orgUrl);
    await heading(member.page, 'North Star Lab', { exact: true });
    // A member sees names and roles, none of the admin's tools.
    expect(await member.page.getByRole('button', { name: 'Create invitation link' }).count()).toBe(
      0,
    );
    expect(await member.page.getByText(lea.email).count()).toBe(0);
    await look(member.page, 'org-member-desktop');

    // The invitation link has done its job.
    await member.page.goto(invitationUrl);
    await heading(member.page, 'This invitation has been used', { exact: true });

    // The leader, who chose to lead the team when creating it, sees the member arrive and adds her.
    await leader.page.reload();
    await expect.poll(() => leader.page.getByText('Mia Member').first().isVisible()).toBe(true);
    await leader.page.getByRole('link', { name: 'Coaching circle' }).click();
    await leader.page.waitForURL('**/teams/**');
    await heading(leader.page, 'Coaching circle', { exact: true });
    const teamUrl = leader.page.url();
    await expect
      .poll(() => leader.page.getByLabel('Role of Lea Leader in the team').inputValue())
      .toBe('leader');
    await leader.page.getByLabel('Person', { exact: true }).selectOption({ label: 'Mia Member' });
    await leader.page.getByLabel('Role in the team', { exact: true }).selectOption('member');
    await leader.page.getByRole('button', { name: 'Add to team' }).click();
    await expect
      .poll(() => leader.page.getByLabel('Role of Mia Member in the team').inputValue())
      .toBe('member');
    await expect
      .poll(() => leader.page.getByText('Everyone in North Star Lab is in this team.').isVisible())
      .toBe(true);
    // The team sees who came in, and by whom.
    await expect
      .poll(() => leader.page.getByText('Lea Leader added Mia Member').isVisible())
      .toBe(true);
    await look(leader.page, 'team-desktop');

    // The last admin cannot step down: the rule is said plainly.
    await leader.page.goto(orgUrl);
    await heading(leader.page, 'North Star Lab', { exact: true });
    await leader.page.getByLabel('Role of Lea Leader').selectOption('member');
    await expect
      .poll(() =>
        leader.page
          .getByRole('alert')
          .getByText('An organization always needs an admin.', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    expect(await leader.page.getByLabel('Role of Lea Leader').inputValue()).toBe('admin');

    // The member writes an aspiration; it is private until shared.
    await member.page.goto('/vision');
    await heading(member.page, 'Vision', { exact: true });
    await member.page.getByRole('button', { name: 'New aspiration' }).first().click();
    const create = member.page.getByRole('dialog', { name: 'New aspiration' });
    await create.getByLabel('Life domain', { exact: true }).selectOption('career');
    await create.getByLabel('Title', { exact: true }).fill('Coach, not fix');
    await create
      .getByLabel('Your vision', { exact: true })
      .fill('In every 1:1 I ask before I advise. People leave with their own answers.');
    await create.getByRole('button', { name: 'Create aspiration' }).click();
    await member.page.waitForURL('**/vision/aspirations/**');
    await heading(member.page, 'Coach, not fix', { exact: true });
    const aspirationUrl = member.page.url();
    const aspirationId = aspirationUrl.split('/').at(-1);
    const control = member.page.getByRole('button', { name: /^Who can see this/ });
    await expect.poll(() => control.textContent()).toContain('Only you');

    // Sharing is a deliberate dialog.
    await control.click();
    const share = member.page.getByRole('dialog', { name: 'Who can see this' });
    await expect.poll(() => share.getByText('Only you can see this.').isVisible()).toBe(true);
    await share.getByRole('radio', { name: 'A person' }).check();
    await expect
      .poll(() => share.getByLabel('Person', { exact: true }).locator('option').count())
      .toBe(2);
    await share
      .getByLabel('Person', { exact: true })
      .selectOption({ label: 'Lea Leader (North Star Lab)' });
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await expect
      .poll(() => share.getByRole('button', { name: 'Unshare with Lea Leader' }).isVisible())
      .toBe(true);
    await look(member.page, 'share-dialog-desktop');
    await share.getByRole('button', { name: 'Done' }).click();
    await noDialog(member.page);
    await expect.poll(() => control.textContent()).toContain('Shared with Lea Leader');
    await look(member.page, 'aspiration-shared-desktop');

    // The leader finds it under Shared with you, and reads it.
    await leader.page.goto('/shared');
    await heading(leader.page, 'Shared with you', { exact: true });
    await expect
      .poll(() => leader.page.getByRole('heading', { name: 'From Mia Member' }).isVisible())
      .toBe(true);
    await look(leader.page, 'shared-desktop');
    await leader.page.getByRole('link', { name: 'Coach, not fix' }).click();
    await leader.page.waitForURL(`**/shared/aspiration/${aspirationId}`);
    await heading(leader.page, 'Coach, not fix', { exact: true });
    const sharedUrl = leader.page.url();
    await expect
      .poll(() => leader.page.getByText('Aspiration shared by Mia Member').isVisible())
      .toBe(true);
    await expect
      .poll(() => leader.page.getByRole('img', { name: /Creative tension|Vision \d/ }).count())
      .toBeGreaterThan(0);
    // Read-only: nothing to change it with.
    expect(await leader.page.getByRole('button', { name: 'Assess reality' }).count()).toBe(0);
    await look(leader.page, 'shared-aspiration-desktop');

    // The member sees who read it.
    await member.page.goto('/access-log');
    await heading(member.page, 'Who read what you shared', { exact: true });
    const entry = member.page
      .getByRole('listitem')
      .filter({ hasText: `Lea Leader (${lea.email}) read your aspiration “Coach, not fix” today` });
    await expect.poll(() => entry.count()).toBeGreaterThan(0);
    await look(member.page, 'access-log-desktop');

    // An untitled reflection is listed by its date, never by its words, until it is opened.
    const words = 'I froze when the director questioned my plan.';
    const reflection = await api<{ id: string; date: string }>(
      member.page,
      'POST',
      '/api/reflections',
      { kind: 'daily', body: words },
    );
    const leaderId = (await api<{ id: string }>(leader.page, 'GET', '/api/me')).id;
    const reflectionShare = await api<{ id: string }>(member.page, 'POST', '/api/shares', {
      itemType: 'reflection',
      itemId: reflection.id,
      with: { userId: leaderId },
    });
    await leader.page.goto('/shared');
    await heading(leader.page, 'Shared with you', { exact: true });
    const listed = leader.page.getByRole('link', {
      name: `Reflection · ${dayLabel(reflection.date, reflection.date)}`,
    });
    await expect.poll(() => listed.isVisible()).toBe(true);
    expect(await leader.page.getByText(words, { exact: false }).count()).toBe(0);
    expect(await leader.page.getByText('I froze', { exact: false }).count()).toBe(0);
    await look(leader.page, 'shared-untitled-reflection-desktop');
    await api(member.page, 'DELETE', `/api/shares/${reflectionShare.id}`);

    // The same pages on phones and in the dark.
    await lookEverywhere(leader.page, 'org', async () => {
      await leader.page.goto(orgUrl);
      await heading(leader.page, 'North Star Lab', { exact: true });
    });
    await lookEverywhere(leader.page, 'team', async () => {
      await leader.page.goto(teamUrl);
      await heading(leader.page, 'Coaching circle', { exact: true });
    });
    await lookEverywhere(leader.page, 'shared-aspiration', async () => {
      await leader.page.goto(sharedUrl);
      await heading(leader.page, 'Coach, not fix', { exact: true });
    });
    await lookEverywhere(member.page, 'access-log', async () => {
      await member.page.goto('/access-log');
      await expect.poll(() => entry.count()).toBeGreaterThan(0);
    });
    await lookEverywhere(member.page, 'share-dialog', async () => {
      await member.page.goto(aspirationUrl);
      await heading(member.page, 'Coach, not fix', { exact: true });
      await control.click();
      await expect
        .poll(() => share.getByRole('button', { name: 'Unshare with Lea Leader' }).isVisible())
        .toBe(true);
    });

    // The member unshares; the leader has nothing any more, and the address finds nothing.
    await member.page.goto(aspirationUrl);
    await heading(member.page, 'Coach, not fix', { exact: true });
    await control.click();
    await share.getByRole('button', { name: 'Unshare with Lea Leader' }).click();
    await expect.poll(() => share.getByText('Only you can see this.').isVisible()).toBe(true);
    await share.getByRole('button', { name: 'Done' }).click();
    await noDialog(member.page);
    await expect.poll(() => control.textContent()).toContain('Only you');

    await leader.page.goto('/shared');
    await heading(leader.page, 'Shared with you', { exact: true });
    await expect
      .poll(() => leader.page.getByText('Nothing shared with you yet').isVisible())
      .toBe(true);
    expect(await leader.page.getByRole('link', { name: 'Coach, not fix' }).count()).toBe(0);
    await look(leader.page, 'shared-empty-desktop');
    await leader.page.goto(sharedUrl);
    await heading(leader.page, 'This isn’t shared with you', { exact: true });
    await look(leader.page, 'shared-aspiration-gone-desktop');

    expect(unexpected(leader.problems)).toEqual([]);
    expect(unexpected(member.problems)).toEqual([]);
    await leader.context.close();
    await member.context.close();
  });
});
