import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayLabel } from '../src/core/shared-title';
import { addAspiration, addOrganization, addTeam, share } from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { api, heading, look, lookEverywhere, newPerson, noDialog } from './support/flows';

const e2e = useE2e('sharing');
/** Refusals met on purpose: a used invitation, and the last admin stepping down (409). */
const REFUSED = /status of 409 .*\/api\/(invitations\/|orgs\/\w+\/members\/)/;
/** …and an item no longer shared (404). */
const UNSHARED = /status of 404 .*\/api\/shared\/aspiration\//;

/** Lea, who leads, and Mia, a member, in the organization North Star Lab. */
async function leaderAndMember() {
  const leader = await e2e.signedIn({ name: 'Lea Leader' });
  const member = await e2e.signedIn({ name: 'Mia Member' });
  const orgId = await addOrganization(leader, 'North Star Lab', [member]);
  return { leader, member, orgId };
}

/** Mia's aspiration "Coach, not fix", shared with Lea; resolves to its id. */
async function sharedAspiration(leader: SignedIn, member: SignedIn): Promise<string> {
  const id = await addAspiration(member.page, 'Coach, not fix');
  await share(member.page, 'aspiration', id, { userId: leader.id });
  return id;
}

/** Opens an aspiration, checks whom its control says it is shared with, and opens the dialog. */
async function openSharing(page: Page, aspirationId: string, sharedWith: string) {
  await page.goto(`/vision/aspirations/${aspirationId}`);
  await heading(page, 'Coach, not fix', { exact: true });
  const control = page.getByRole('button', { name: /^Who can see this/ });
  await expect.poll(() => control.textContent()).toContain(sharedWith);
  await control.click();
  return { control, dialog: page.getByRole('dialog', { name: 'Who can see this' }) };
}

describe('organizations, teams and sharing by consent', () => {
  it('lets an admin create an organization and a team, and make an invitation link', async () => {
    const { page } = await e2e.signedIn({ name: 'Lea Leader' });
    await page.goto('/orgs');
    await heading(page, 'Organizations', { exact: true });
    await expect.poll(() => page.getByText('No organizations yet').isVisible()).toBe(true);
    await look(page, 'orgs-empty-desktop');
    await page.getByLabel('Name of the organization').fill('North Star Lab');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.waitForURL(/\/orgs\/[0-9A-Z]{26}$/);
    await heading(page, 'North Star Lab', { exact: true });

    await page.getByLabel('Name of the team').fill('Coaching circle');
    await page.getByRole('checkbox', { name: 'I lead this team' }).check();
    await page.getByRole('button', { name: 'Create team' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Coaching circle' }).isVisible())
      .toBe(true);

    await page.getByLabel('Email', { exact: true }).fill(newPerson('sharing').email);
    await page.getByLabel('Role', { exact: true }).selectOption('member');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Invitation link' });
    await expect.poll(() => linkDialog.isVisible()).toBe(true);
    expect(await linkDialog.getByRole('code').textContent()).toMatch(/\/invitations\/\S+$/);
    await look(page, 'org-invitation-link-desktop');
    await linkDialog.getByRole('button', { name: 'Done' }).click();
    await noDialog(page);
    await expect.poll(() => page.getByText('Waiting to be accepted').isVisible()).toBe(true);
    await look(page, 'org-admin-desktop');
  });

  it('lets a person invited open the link signed out, create an account and join', async () => {
    const leader = await e2e.signedIn({ name: 'Lea Leader' });
    const org = await api<{ id: string }>(leader.page, 'POST', '/api/orgs', {
      name: 'North Star Lab',
    });
    const mia = { ...newPerson('sharing'), name: 'Mia Member' };
    const invitation = await api<{ url: string }>(
      leader.page,
      'POST',
      `/api/orgs/${org.id}/invitations`,
      { email: mia.email, role: 'member' },
    );
    const member = await e2e.visitor();
    member.expected.push(REFUSED);
    const { page } = member;
    await page.goto(invitation.url);
    await heading(page, 'Join North Star Lab', { exact: true });
    await expect
      .poll(() =>
        page.getByText('Lea Leader invited you to join North Star Lab on Praxis.').isVisible(),
      )
      .toBe(true);
    await look(page, 'invitation-signed-out-desktop');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/sign-up?next=**');
    await page.getByLabel('Name', { exact: true }).fill(mia.name);
    await page.getByLabel('Email', { exact: true }).fill(mia.email);
    await page.getByLabel('Password', { exact: true }).fill(mia.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/invitations/**');
    await heading(page, 'Join North Star Lab', { exact: true });
    await expect.poll(() => page.getByText('You are invited as a member.').isVisible()).toBe(true);
    await look(page, 'invitation-desktop');
    await page.getByRole('button', { name: 'Accept and join' }).click();
    await page.waitForURL(`**/orgs/${org.id}`);
    await heading(page, 'North Star Lab', { exact: true });
    // A member sees names and roles, none of the admin's tools.
    expect(await page.getByRole('button', { name: 'Create invitation link' }).count()).toBe(0);
    expect(await page.getByText(leader.person.email).count()).toBe(0);
    await look(page, 'org-member-desktop');

    // The invitation link has done its job.
    await page.goto(invitation.url);
    await heading(page, 'This invitation has been used', { exact: true });
  });

  it('lets the team’s leader see a new member arrive and add her to the team', async () => {
    const { leader, orgId } = await leaderAndMember();
    await addTeam(leader.page, orgId, 'Coaching circle', true);
    const { page } = leader;
    await page.goto(`/orgs/${orgId}`);
    await expect.poll(() => page.getByText('Mia Member').first().isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Coaching circle' }).click();
    await page.waitForURL('**/teams/**');
    await heading(page, 'Coaching circle', { exact: true });
    await expect
      .poll(() => page.getByLabel('Role of Lea Leader in the team').inputValue())
      .toBe('leader');
    await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Mia Member' });
    await page.getByLabel('Role in the team', { exact: true }).selectOption('member');
    await page.getByRole('button', { name: 'Add to team' }).click();
    await expect
      .poll(() => page.getByLabel('Role of Mia Member in the team').inputValue())
      .toBe('member');
    await expect
      .poll(() => page.getByText('Everyone in North Star Lab is in this team.').isVisible())
      .toBe(true);
    // The team sees who came in, and by whom.
    await expect.poll(() => page.getByText('Lea Leader added Mia Member').isVisible()).toBe(true);
    await look(page, 'team-desktop');
  });

  it('says plainly that the last admin cannot step down', async () => {
    const { leader, orgId } = await leaderAndMember();
    leader.expected.push(REFUSED);
    const { page } = leader;
    await page.goto(`/orgs/${orgId}`);
    await heading(page, 'North Star Lab', { exact: true });
    await page.getByLabel('Role of Lea Leader').selectOption('member');
    await expect
      .poll(() =>
        page
          .getByRole('alert')
          .getByText('An organization always needs an admin.', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    expect(await page.getByLabel('Role of Lea Leader').inputValue()).toBe('admin');
  });

  it('lets a member share a private aspiration with a person, in a deliberate dialog', async () => {
    const { member } = await leaderAndMember();
    const { page } = member;
    const id = await addAspiration(page, 'Coach, not fix');
    const { control, dialog } = await openSharing(page, id, 'Only you');
    await expect.poll(() => dialog.getByText('Only you can see this.').isVisible()).toBe(true);
    await dialog.getByRole('radio', { name: 'A person' }).check();
    const person = dialog.getByLabel('Person', { exact: true });
    await expect.poll(() => person.getByRole('option', { includeHidden: true }).count()).toBe(2);
    await person.selectOption({ label: 'Lea Leader (North Star Lab)' });
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Unshare with Lea Leader' }).isVisible())
      .toBe(true);
    await look(page, 'share-dialog-desktop');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await noDialog(page);
    await expect.poll(() => control.textContent()).toContain('Shared with Lea Leader');
    await look(page, 'aspiration-shared-desktop');
  });

  it('lets the leader read what is shared, read-only, and the member see who read it', async () => {
    const { leader, member } = await leaderAndMember();
    const id = await sharedAspiration(leader, member);
    await leader.page.goto('/shared');
    await heading(leader.page, 'Shared with you', { exact: true });
    await expect
      .poll(() => leader.page.getByRole('heading', { name: 'From Mia Member' }).isVisible())
      .toBe(true);
    await look(leader.page, 'shared-desktop');
    await leader.page.getByRole('link', { name: 'Coach, not fix' }).click();
    await leader.page.waitForURL(`**/shared/aspiration/${id}`);
    await heading(leader.page, 'Coach, not fix', { exact: true });
    await expect
      .poll(() => leader.page.getByText('Aspiration shared by Mia Member').isVisible())
      .toBe(true);
    await expect
      .poll(() => leader.page.getByRole('img', { name: /Creative tension|Vision \d/ }).count())
      .toBeGreaterThan(0);
    expect(await leader.page.getByRole('button', { name: 'Assess reality' }).count()).toBe(0);
    await look(leader.page, 'shared-aspiration-desktop');

    await member.page.goto('/access-log');
    await heading(member.page, 'Who read what you shared', { exact: true });
    const entry = member.page.getByRole('listitem').filter({
      hasText: `Lea Leader (${leader.person.email}) read your aspiration “Coach, not fix” today`,
    });
    await expect.poll(() => entry.count()).toBeGreaterThan(0);
    await look(member.page, 'access-log-desktop');
  });

  it('lists a shared untitled reflection by its date, never by its words', async () => {
    const { leader, member } = await leaderAndMember();
    const words = 'I froze when the director questioned my plan.';
    const reflection = await api<{ id: string; date: string }>(
      member.page,
      'POST',
      '/api/reflections',
      { kind: 'daily', body: words },
    );
    await share(member.page, 'reflection', reflection.id, { userId: leader.id });
    const { page } = leader;
    await page.goto('/shared');
    await heading(page, 'Shared with you', { exact: true });
    const listed = page.getByRole('link', {
      name: `Reflection · ${dayLabel(reflection.date, reflection.date)}`,
    });
    await expect.poll(() => listed.isVisible()).toBe(true);
    expect(await page.getByText(words, { exact: false }).count()).toBe(0);
    expect(await page.getByText('I froze', { exact: false }).count()).toBe(0);
    await look(page, 'shared-untitled-reflection-desktop');
  });

  it('fits the organization, the team and a shared aspiration on a phone and in the dark', async () => {
    const { leader, member, orgId } = await leaderAndMember();
    const teamId = await addTeam(leader.page, orgId, 'Coaching circle', true);
    const id = await sharedAspiration(leader, member);
    const { page } = leader;
    await lookEverywhere(page, 'org', async () => {
      await page.goto(`/orgs/${orgId}`);
      await heading(page, 'North Star Lab', { exact: true });
    });
    await lookEverywhere(page, 'team', async () => {
      await page.goto(`/teams/${teamId}`);
      await heading(page, 'Coaching circle', { exact: true });
    });
    await lookEverywhere(page, 'shared-aspiration', async () => {
      await page.goto(`/shared/aspiration/${id}`);
      await heading(page, 'Coach, not fix', { exact: true });
    });
  });

  it('fits the access log and the share dialog on a phone and in the dark', async () => {
    const { leader, member } = await leaderAndMember();
    const id = await sharedAspiration(leader, member);
    await api(leader.page, 'GET', `/api/shared/aspiration/${id}`);
    const { page } = member;
    await lookEverywhere(page, 'access-log', async () => {
      await page.goto('/access-log');
      await expect.poll(() => page.getByText(/read your aspiration/).count()).toBeGreaterThan(0);
    });
    await lookEverywhere(page, 'share-dialog', async () => {
      const { dialog } = await openSharing(page, id, 'Shared with Lea Leader');
      await expect
        .poll(() => dialog.getByRole('button', { name: 'Unshare with Lea Leader' }).isVisible())
        .toBe(true);
    });
  });

  it('takes an item away from the leader when the member unshares it', async () => {
    const { leader, member } = await leaderAndMember();
    leader.expected.push(UNSHARED);
    const id = await sharedAspiration(leader, member);
    const { control, dialog } = await openSharing(member.page, id, 'Shared with Lea Leader');
    await dialog.getByRole('button', { name: 'Unshare with Lea Leader' }).click();
    await expect.poll(() => dialog.getByText('Only you can see this.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await noDialog(member.page);
    await expect.poll(() => control.textContent()).toContain('Only you');

    const { page } = leader;
    await page.goto('/shared');
    await heading(page, 'Shared with you', { exact: true });
    await expect.poll(() => page.getByText('Nothing shared with you yet').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Coach, not fix' }).count()).toBe(0);
    await look(page, 'shared-empty-desktop');
    await page.goto(`/shared/aspiration/${id}`);
    await heading(page, 'This isn’t shared with you', { exact: true });
    await look(page, 'shared-aspiration-gone-desktop');
  });
});
