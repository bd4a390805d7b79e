import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isoWeekOf } from '../src/core/calendar';
import { DESKTOP, launchBrowser, newContext } from './support/browser';
import {
  api,
  heading,
  look,
  lookEverywhere,
  newPerson,
  noDialog,
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

/** Console problems, less a 404 from the vision of a team the person has just left. */
const unexpected = (problems: string[]) =>
  problems.filter((problem) => !/status of 404 .*\/api\/teams\/\w+\/vision/.test(problem));

/** A calendar date `days` before `date` (both YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}

/** The list item of one outcome on the team page, found by its title. */
function outcome(page: Page, title: string) {
  return page.getByRole('listitem', { name: new RegExp(`${title}$`) });
}

/** Writes an after-action review through its page and lands on the saved review. */
async function writeReview(
  page: Page,
  teamUrl: string,
  review: { title: string; date: string; item?: { text: string; owner: string } },
) {
  await page.goto(teamUrl);
  await page.getByRole('link', { name: 'New review' }).click();
  await page.waitForURL('**/reviews/new');
  await heading(page, 'New after-action review', { exact: true });
  await page.getByLabel('What are you reviewing?').fill(review.title);
  await page.getByLabel('When it happened').fill(review.date);
  await page
    .getByRole('textbox', { name: 'What did we expect to happen?' })
    .fill('Every newcomer **paired** with a buddy on day one.');
  await page
    .getByRole('textbox', { name: 'What actually happened?' })
    .fill('Two of three newcomers met their buddy only in week two.');
  await page
    .getByRole('textbox', { name: 'Why was there a difference?' })
    .fill('- Buddies were chosen late\n- Nobody owned the first-day plan');
  await page
    .getByRole('textbox', { name: 'What will we do next time?' })
    .fill('Choose buddies a week ahead.');
  if (review.item) {
    await page.getByRole('button', { name: 'Add an action item' }).click();
    await page.getByLabel('Action item 1').fill(review.item.text);
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: review.item.owner });
  }
  await page.getByRole('button', { name: 'Save review' }).click();
  await page.waitForURL(/\/aars\/[0-9A-Z]{26}$/);
  await heading(page, review.title, { exact: true });
  return page.url();
}

describe('team learning: vision, opt-in alignment and after-action reviews, side by side', () => {
  it('aligns only what is shared, and carries action items until they are done', async () => {
    const leader = await newContext(browser, baseUrl, { viewport: DESKTOP });
    const member = await newContext(browser, baseUrl, { viewport: DESKTOP });
    const lea = { ...newPerson('team'), name: 'Lea Leader' };
    const mia = { ...newPerson('team'), name: 'Mia Member' };
    await signUp(leader.page, lea);
    await signUp(member.page, mia);
    const leaId = (await api<{ id: string }>(leader.page, 'GET', '/api/me')).id;
    const miaId = (await api<{ id: string }>(member.page, 'GET', '/api/me')).id;

    // Organization, team and membership through the API (the sharing test clicks through them).
    const org = await api<{ id: string }>(leader.page, 'POST', '/api/orgs', {
      name: 'North Star Lab',
    });
    const team = await api<{ id: string }>(leader.page, 'POST', `/api/orgs/${org.id}/teams`, {
      name: 'Onboarding crew',
    });
    const invitation = await api<{ token: string }>(
      leader.page,
      'POST',
      `/api/orgs/${org.id}/invitations`,
      { email: mia.email, role: 'member' },
    );
    await api(member.page, 'POST', `/api/invitations/${invitation.token}/accept`, undefined, 200);
    const teamUrl = `/teams/${team.id}`;

    // The organization's admin, not yet in the team, sees no team content and no error.
    const visionAsked: string[] = [];
    const noteVision = (request: { url: () => string }) => {
      if (request.url().endsWith('/vision')) visionAsked.push(request.url());
    };
    leader.page.on('request', noteVision);
    await leader.page.goto(teamUrl);
    await heading(leader.page, 'Onboarding crew', { exact: true });
    await settled(leader.page);
    leader.page.off('request', noteVision);
    // Not even asked for: the page knows the admin is not in the team.
    expect(visionAsked).toEqual([]);
    expect(await leader.page.getByRole('heading', { name: 'Team vision' }).count()).toBe(0);
    expect(await leader.page.getByRole('alert').count()).toBe(0);

    // Nor can the admin place herself in it: she asks Mia to lead it, and Mia, as its leader,
    // brings Lea in as a leader; Lea then makes Mia a member.
    await api(
      leader.page,
      'PUT',
      `/api/teams/${team.id}/members/${leaId}`,
      { role: 'leader' },
      403,
    );
    await api(leader.page, 'PUT', `/api/teams/${team.id}/members/${miaId}`, { role: 'leader' });
    await api(member.page, 'PUT', `/api/teams/${team.id}/members/${leaId}`, { role: 'leader' });
    await api(leader.page, 'PUT', `/api/teams/${team.id}/members/${miaId}`, { role: 'member' });

    // The leader writes the team vision, in place, with Markdown.
    await leader.page.goto(teamUrl);
    await heading(leader.page, 'Onboarding crew', { exact: true });
    await leader.page.getByRole('button', { name: 'Write the team vision' }).click();
    await expect
      .poll(() => leader.page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('vision');
    await leader.page
      .getByRole('textbox', { name: 'The team’s vision' })
      .fill(
        'Every newcomer feels **at home within a month**: they know whom to ask, ' +
          'and they have shipped something small that matters.',
      );
    await leader.page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() =>
        leader.page
          .getByRole('region', { name: 'Preview of The team’s vision' })
          .locator('strong')
          .textContent(),
      )
      .toBe('at home within a month');
    await leader.page.getByRole('button', { name: 'Save vision' }).click();
    await expect
      .poll(() => leader.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Edit vision');
    await expect
      .poll(() => leader.page.getByText('Last written by Lea Leader', { exact: false }).count())
      .toBe(1);
    expect(await leader.page.locator('.markdown strong').first().textContent()).toBe(
      'at home within a month',
    );

    // … and two outcomes, then puts the second first.
    for (const [title, description] of [
      ['Every newcomer has a buddy', 'Chosen **before** their first day.'],
      ['First change shipped in week one', ''],
    ] as const) {
      await leader.page.getByRole('button', { name: 'Add outcome' }).click();
      const dialog = leader.page.getByRole('dialog', { name: 'New outcome' });
      await dialog.getByLabel('Outcome', { exact: true }).fill(title);
      if (description) await dialog.getByLabel('Description (optional)').fill(description);
      if (title === 'First change shipped in week one')
        await look(leader.page, 'outcome-dialog-desktop');
      await dialog.getByRole('button', { name: 'Add outcome' }).click();
      await noDialog(leader.page);
      await expect.poll(() => outcome(leader.page, title).count()).toBe(1);
    }
    await leader.page
      .getByRole('button', { name: 'Move “First change shipped in week one” up' })
      .click();
    await expect
      .poll(() =>
        leader.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
      )
      .toBe('Move “First change shipped in week one” down');
    await expect
      .poll(() => leader.page.locator('ol > li h3').allTextContents())
      .toEqual([
        'Outcome 1 of 2: First change shipped in week one',
        'Outcome 2 of 2: Every newcomer has a buddy',
      ]);
    await leader.page.reload();
    await expect
      .poll(() => leader.page.locator('ol > li h3').first().textContent())
      .toBe('Outcome 1 of 2: First change shipped in week one');
    await look(leader.page, 'team-learning-leader-desktop');

    // The member writes an aspiration and aligns it with the buddy outcome.
    const aspiration = await api<{ id: string }>(member.page, 'POST', '/api/aspirations', {
      title: 'Be the colleague people ask first',
      domain: 'career',
      vision: 'New people come to me with questions, and leave with their own answers.',
      visionLevel: 8,
    });
    await member.page.goto(teamUrl);
    await heading(member.page, 'Onboarding crew', { exact: true });
    // A member reads who writes the vision, and cannot change it.
    await expect
      .poll(() =>
        member.page.getByText('The team’s leaders write the vision and outcomes.').isVisible(),
      )
      .toBe(true);
    expect(await member.page.getByRole('button', { name: 'Add outcome' }).count()).toBe(0);
    const buddy = outcome(member.page, 'Every newcomer has a buddy');
    await buddy.getByRole('button', { name: /^Align one of my aspirations/ }).click();
    const align = member.page.getByRole('dialog', { name: 'Align one of your aspirations' });
    await expect
      .poll(() => align.getByText('Aligning does not share anything.', { exact: false }).count())
      .toBe(1);
    await align
      .getByLabel('Your aspiration')
      .selectOption({ label: 'Be the colleague people ask first' });
    await look(member.page, 'align-dialog-desktop');
    await align.getByRole('button', { name: 'Align aspiration' }).click();
    await noDialog(member.page);
    const mine = buddy.getByRole('link', { name: 'Be the colleague people ask first' });
    await expect.poll(() => mine.getAttribute('href')).toBe(`/vision/aspirations/${aspiration.id}`);
    await look(member.page, 'team-learning-member-desktop');

    // Not shared yet: the leader sees no aspiration under that outcome.
    await leader.page.goto(teamUrl);
    const leadersBuddy = outcome(leader.page, 'Every newcomer has a buddy');
    await expect
      .poll(() => leadersBuddy.getByText('None that you can see.').isVisible())
      .toBe(true);
    expect(await leader.page.getByText('Be the colleague people ask first').count()).toBe(0);

    // Shared with the team, it appears, opening the read-only shared view.
    await api(member.page, 'POST', '/api/shares', {
      itemType: 'aspiration',
      itemId: aspiration.id,
      with: { teamId: team.id },
    });
    await leader.page.reload();
    const theirs = leadersBuddy.getByRole('link', { name: 'Be the colleague people ask first' });
    await expect
      .poll(() => theirs.getAttribute('href'))
      .toBe(`/shared/aspiration/${aspiration.id}`);
    expect(await leadersBuddy.getByText('Mia Member').count()).toBe(1);
    await lookEverywhere(leader.page, 'team-learning-leader', async () => {
      await leader.page.goto(teamUrl);
      await expect.poll(() => theirs.isVisible()).toBe(true);
    });

    // The leader writes a review with an action item owned by the member.
    const today = (await api<{ date: string }>(leader.page, 'GET', '/api/today')).date;
    const firstUrl = await writeReview(leader.page, teamUrl, {
      title: 'Spring cohort onboarding',
      date: daysBefore(today, 14),
      item: { text: 'Choose buddies a week ahead', owner: 'Mia Member' },
    });
    const firstItem = leader.page.getByRole('checkbox', { name: 'Choose buddies a week ahead' });
    await expect.poll(() => firstItem.isChecked()).toBe(false);
    expect(await leader.page.getByText('Owner: Mia Member').count()).toBe(1);
    // Sanitized Markdown: the list of causes is a list.
    expect(await leader.page.locator('.markdown li').count()).toBe(2);
    await look(leader.page, 'aar-first-desktop');

    // The next review carries the open item, from the new review's page on.
    await leader.page.goto(teamUrl);
    await leader.page.getByRole('link', { name: 'New review' }).click();
    await heading(leader.page, 'New after-action review', { exact: true });
    await expect
      .poll(() =>
        leader.page.getByRole('heading', { name: 'Still open from earlier reviews' }).isVisible(),
      )
      .toBe(true);
    await leader.page.getByRole('button', { name: 'Add an action item' }).click();
    await lookEverywhere(leader.page, 'aar-new', async () => {
      await leader.page.goto(`${teamUrl}/reviews/new`);
      await heading(leader.page, 'New after-action review', { exact: true });
      await leader.page.getByRole('button', { name: 'Add an action item' }).click();
    });
    const secondUrl = await writeReview(leader.page, teamUrl, {
      title: 'Summer cohort onboarding',
      date: daysBefore(today, 7),
    });
    const carried = leader.page.getByRole('region', { name: 'Still open from earlier reviews' });
    await expect
      .poll(() =>
        carried.getByRole('checkbox', { name: 'Choose buddies a week ahead' }).isVisible(),
      )
      .toBe(true);
    expect(await carried.getByRole('link', { name: 'Spring cohort onboarding' }).count()).toBe(1);
    await look(leader.page, 'aar-carried-desktop');
    await lookEverywhere(leader.page, 'aar-carried', async () => {
      await leader.page.goto(secondUrl);
      await heading(leader.page, 'Summer cohort onboarding', { exact: true });
      await expect.poll(() => carried.isVisible()).toBe(true);
    });

    // The member ticks it done from the later review.
    await member.page.goto(secondUrl);
    await heading(member.page, 'Summer cohort onboarding', { exact: true });
    const ticking = member.page
      .getByRole('region', { name: 'Still open from earlier reviews' })
      .getByRole('checkbox', { name: 'Choose buddies a week ahead' });
    await ticking.check();
    await expect
      .poll(() => member.page.getByText('Done: “Choose buddies a week ahead”').count())
      .toBeGreaterThan(0);
    expect(await ticking.isChecked()).toBe(true);
    // A member who did not write the review may not delete it.
    expect(await member.page.getByRole('button', { name: 'Delete review' }).count()).toBe(0);
    await lookEverywhere(member.page, 'aar-done-member', async () => {
      await member.page.goto(firstUrl);
      await heading(member.page, 'Spring cohort onboarding', { exact: true });
      await expect
        .poll(() =>
          member.page.getByRole('checkbox', { name: 'Choose buddies a week ahead' }).isChecked(),
        )
        .toBe(true);
    });

    // A third review carries nothing any more.
    await leader.page.goto(`${teamUrl}/reviews/new`);
    await heading(leader.page, 'New after-action review', { exact: true });
    await settled(leader.page);
    expect(
      await leader.page.getByRole('heading', { name: 'Still open from earlier reviews' }).count(),
    ).toBe(0);
    const thirdUrl = await writeReview(leader.page, teamUrl, {
      title: 'Autumn cohort onboarding',
      date: today,
    });
    await expect
      .poll(() => leader.page.getByText('No action items in this review yet.').count())
      .toBe(1);
    expect(
      await leader.page.getByRole('heading', { name: 'Still open from earlier reviews' }).count(),
    ).toBe(0);
    await look(leader.page, 'aar-third-desktop');

    // The team page lists the three reviews, latest first.
    await leader.page.goto(teamUrl);
    const reviews = leader.page.getByRole('region', { name: 'After-action reviews' });
    await expect
      .poll(() => reviews.getByRole('link').allTextContents())
      .toEqual([
        'New review',
        'Autumn cohort onboarding',
        'Summer cohort onboarding',
        'Spring cohort onboarding',
      ]);
    expect(await reviews.getByText('1 action item, done').count()).toBe(1);

    // A weekly review, shared from its page with the team, reads as its week for the leader.
    const value = await api<{ id: string }>(member.page, 'POST', '/api/values', {
      name: 'Generosity',
    });
    const week = isoWeekOf(today);
    const review = await api<{ id: string }>(member.page, 'POST', '/api/reviews/weekly', {
      week,
      valueRatings: [{ valueId: value.id, rating: 7, evidence: 'Paired with Sam twice.' }],
      wentWell: 'Sam shipped a first change on day three.',
      learned: 'Asking first works better than explaining first.',
      focus: 'Choose the next buddies early.',
    });
    await member.page.goto(`/review/${week}`);
    const weekTitle = `Week ${Number(week.slice(-2))} review`;
    await heading(member.page, weekTitle, { exact: true });
    const control = member.page.getByRole('button', { name: /^Who can see this/ });
    await expect.poll(() => control.textContent()).toContain('Only you');
    await control.click();
    const share = member.page.getByRole('dialog', { name: 'Who can see this' });
    await share.getByRole('radio', { name: 'A team' }).check();
    await share
      .getByLabel('Team', { exact: true })
      .selectOption({ label: 'Onboarding crew (North Star Lab)' });
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await expect
      .poll(() => share.getByRole('button', { name: 'Unshare with Onboarding crew' }).isVisible())
      .toBe(true);
    await share.getByRole('button', { name: 'Done' }).click();
    await noDialog(member.page);
    await expect.poll(() => control.textContent()).toContain('Shared with Onboarding crew');
    await look(member.page, 'review-week-shared-desktop');
    await leader.page.goto(`/shared/weekly_review/${review.id}`);
    await heading(leader.page, new RegExp(`^Week ${Number(week.slice(-2))} · `));
    await expect.poll(() => leader.page.getByText('70%').isVisible()).toBe(true);
    expect(await leader.page.getByText('Paired with Sam twice.').count()).toBe(1);
    await lookEverywhere(leader.page, 'shared-weekly-review', async () => {
      await leader.page.goto(`/shared/weekly_review/${review.id}`);
      await heading(leader.page, new RegExp(`^Week ${Number(week.slice(-2))} · `));
    });

    // Feedback into growth: the member asks the leader, and grows from the answer.
    const request = await api<{ id: string }>(member.page, 'POST', '/api/feedback/requests', {
      question: 'How do I come across when newcomers ask me things?',
      aspirationId: aspiration.id,
      anonymousAllowed: false,
      recipients: [{ userId: leaId }],
    });
    // A colleague answers signed in, from the request asked of them.
    await api(leader.page, 'POST', `/api/feedback/requests/${request.id}/answers`, {
      situation: 'When Sam asked about the deploy on Tuesday',
      behavior: 'You asked what Sam had tried before explaining',
      impact: 'Sam found the answer and told me they felt trusted',
      anonymous: false,
    });
    await member.page.goto(`/feedback/requests/${request.id}`);
    await heading(member.page, 'How do I come across when newcomers ask me things?', {
      exact: true,
    });
    const answer = member.page.getByRole('article', { name: 'Lea Leader' });
    await answer.getByRole('button', { name: /^Save as learning/ }).click();
    await expect
      .poll(() => member.page.getByText('Saved to your learning log').count())
      .toBeGreaterThan(0);
    expect(
      await member.page.getByRole('link', { name: 'Open it' }).first().getAttribute('href'),
    ).toMatch(/^\/learning\/[0-9A-Z]{26}$/);
    // Saved once; the button now leads to it.
    expect(await answer.getByRole('button', { name: /^Save as learning/ }).count()).toBe(0);
    expect(await answer.getByRole('link', { name: 'In your learning log' }).count()).toBe(1);
    await look(member.page, 'feedback-growth-desktop');
    await answer.getByRole('button', { name: /^Use as evidence/ }).click();
    const evidence = member.page.getByRole('dialog', { name: 'Use as evidence' });
    await expect
      .poll(() => evidence.getByLabel('Your aspiration').inputValue())
      .toBe(aspiration.id);
    await evidence.getByRole('slider', { name: 'Current reality' }).fill('6');
    await look(member.page, 'feedback-evidence-dialog-desktop');
    await evidence.getByRole('button', { name: 'Assess reality' }).click();
    await noDialog(member.page);
    await member.page.getByRole('link', { name: 'Open the aspiration' }).first().click();
    await member.page.waitForURL(`**/vision/aspirations/${aspiration.id}`);
    await heading(member.page, 'Be the colleague people ask first', { exact: true });
    await expect
      .poll(() =>
        member.page.getByText('Sam found the answer', { exact: false }).first().isVisible(),
      )
      .toBe(true);
    await lookEverywhere(member.page, 'feedback-growth', async () => {
      await member.page.goto(`/feedback/requests/${request.id}`);
      await expect.poll(() => answer.isVisible()).toBe(true);
    });

    // The leader lets members write the vision and outcomes; the member then may.
    await leader.page.goto(teamUrl);
    const mayEdit = leader.page.getByRole('checkbox', {
      name: 'Members may write the vision and outcomes',
    });
    await mayEdit.check();
    await expect
      .poll(() => leader.page.getByText('Members may now write the vision and outcomes').count())
      .toBeGreaterThan(0);
    await member.page.goto(teamUrl);
    await expect
      .poll(() => member.page.getByRole('button', { name: 'Add outcome' }).isVisible())
      .toBe(true);
    expect(await member.page.getByRole('button', { name: 'Edit vision' }).count()).toBe(1);

    // The member withdraws the alignment; focus goes back to aligning.
    const membersBuddy = outcome(member.page, 'Every newcomer has a buddy');
    await membersBuddy.getByRole('button', { name: /^Withdraw/ }).click();
    await expect
      .poll(() => membersBuddy.getByText('None that you can see.').isVisible())
      .toBe(true);
    await expect
      .poll(() => member.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Align one of my aspirations/);

    // The leader renames an outcome, then deletes it after confirming.
    await leader.page.reload();
    await outcome(leader.page, 'First change shipped in week one')
      .getByRole('button', { name: /^Edit/ })
      .click();
    const edit = leader.page.getByRole('dialog', { name: 'Edit outcome' });
    await edit.getByLabel('Outcome', { exact: true }).fill('A first change shipped in week one');
    await edit.getByRole('button', { name: 'Save outcome' }).click();
    await noDialog(leader.page);
    const renamed = outcome(leader.page, 'A first change shipped in week one');
    await expect.poll(() => renamed.count()).toBe(1);
    await renamed.getByRole('button', { name: /^Delete/ }).click();
    const confirmOutcome = leader.page.getByRole('dialog', { name: /^Delete the outcome/ });
    await expect.poll(() => confirmOutcome.isVisible()).toBe(true);
    await look(leader.page, 'outcome-delete-desktop');
    await confirmOutcome.getByRole('button', { name: 'Delete outcome' }).click();
    await noDialog(leader.page);
    await expect.poll(() => renamed.count()).toBe(0);
    await expect
      .poll(() => leader.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Outcomes');

    // The leader corrects the third review's title, then deletes it after confirming.
    await leader.page.goto(thirdUrl);
    await heading(leader.page, 'Autumn cohort onboarding', { exact: true });
    await leader.page.getByRole('button', { name: 'Edit', exact: true }).click();
    await leader.page.getByLabel('What are you reviewing?').fill('Autumn cohort, first week');
    await look(leader.page, 'aar-edit-desktop');
    await leader.page.getByRole('button', { name: 'Save changes' }).click();
    await heading(leader.page, 'Autumn cohort, first week', { exact: true });
    await leader.page.getByRole('button', { name: 'Delete review' }).click();
    const confirmReview = leader.page.getByRole('dialog', {
      name: 'Delete the review “Autumn cohort, first week”?',
    });
    await confirmReview.getByRole('button', { name: 'Delete review' }).click();
    await leader.page.waitForURL(`**${teamUrl}`);
    await expect
      .poll(() => reviews.getByRole('link').allTextContents())
      .toEqual(['New review', 'Summer cohort onboarding', 'Spring cohort onboarding']);

    expect(unexpected(leader.problems)).toEqual([]);
    expect(unexpected(member.problems)).toEqual([]);
    await leader.context.close();
    await member.context.close();
  });
});
