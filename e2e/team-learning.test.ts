import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../src/core/calendar';
import {
  addAspiration,
  addOrganization,
  addTeam,
  addValue,
  daysBefore,
  setTeamRole,
  share,
  today,
} from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { api, heading, look, lookEverywhere, noDialog, settled } from './support/flows';

const e2e = useE2e('team');
const BUDDY = 'Every newcomer has a buddy';
const FIRST_CHANGE = 'First change shipped in week one';
const MINE = 'Be the colleague people ask first';
const ITEM = 'Choose buddies a week ahead';
const OPEN_ITEMS = 'Still open from earlier reviews';

/** The list item of one outcome on the team page, found by its title. */
function outcome(page: Page, title: string) {
  return page.getByRole('listitem', { name: new RegExp(`${title}$`) });
}

/** The outcomes' headings on the team page, in order. */
const outcomeHeadings = (page: Page) =>
  page.getByRole('heading', { level: 3, name: /^Outcome \d+ of \d+: / });

/**
 * Lea, who leads the team Onboarding crew in North Star Lab, and Mia, a member of it; with
 * `outcomes`, the team's two outcomes (the buddy one first). Set up through the API.
 */
async function crew(options: { outcomes?: boolean } = {}) {
  const leader = await e2e.signedIn({ name: 'Lea Leader' });
  const member = await e2e.signedIn({ name: 'Mia Member' });
  const orgId = await addOrganization(leader, 'North Star Lab', [member]);
  const teamId = await addTeam(leader.page, orgId, 'Onboarding crew', true);
  await setTeamRole(leader.page, teamId, member.id, 'member');
  const outcomes: Record<string, string> = {};
  if (options.outcomes) {
    for (const title of [BUDDY, FIRST_CHANGE]) {
      const made = await api<{ id: string }>(leader.page, 'POST', `/api/teams/${teamId}/outcomes`, {
        title,
      });
      outcomes[title] = made.id;
    }
  }
  return { leader, member, teamId, teamUrl: `/teams/${teamId}`, outcomes };
}

/** Mia's aspiration, aligned with the buddy outcome (not shared); resolves to its id. */
async function aligned(member: SignedIn, teamId: string, outcomeId: string) {
  const id = await addAspiration(
    member.page,
    MINE,
    8,
    'New people come to me with questions, and leave with their own answers.',
  );
  await api(
    member.page,
    'PUT',
    `/api/teams/${teamId}/outcomes/${outcomeId}/aspirations/${id}`,
    undefined,
    204,
  );
  return id;
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

type Aar = { id: string; actionItems: { id: string }[] };

/** A review through the API, `daysAgo` days back; with an item owned by `owner` if given. */
async function addReview(
  page: Page,
  teamId: string,
  title: string,
  daysAgo: number,
  owner?: string,
): Promise<Aar> {
  return api<Aar>(page, 'POST', `/api/teams/${teamId}/aars`, {
    title,
    date: daysBefore(await today(page), daysAgo),
    whyDifferent: '- Buddies were chosen late\n- Nobody owned the first-day plan',
    actionItems: owner ? [{ text: ITEM, ownerId: owner }] : [],
  });
}

/** The spring review with Mia's open item, and the summer one that carries it. */
async function springAndSummer(leader: SignedIn, member: SignedIn, teamId: string) {
  const spring = await addReview(leader.page, teamId, 'Spring cohort onboarding', 14, member.id);
  const summer = await addReview(leader.page, teamId, 'Summer cohort onboarding', 7);
  return { spring, summer };
}

describe('team vision and opt-in alignment', () => {
  it('shows an admin not in the team no team content, and lets her not place herself in it', async () => {
    const leader = await e2e.signedIn({ name: 'Lea Leader' });
    const member = await e2e.signedIn({ name: 'Mia Member' });
    const orgId = await addOrganization(leader, 'North Star Lab', [member]);
    const teamId = await addTeam(leader.page, orgId, 'Onboarding crew');

    const visionAsked: string[] = [];
    const noteVision = (request: { url: () => string }) => {
      if (request.url().endsWith('/vision')) visionAsked.push(request.url());
    };
    leader.page.on('request', noteVision);
    await leader.page.goto(`/teams/${teamId}`);
    await heading(leader.page, 'Onboarding crew', { exact: true });
    await settled(leader.page);
    leader.page.off('request', noteVision);
    // Not even asked for: the page knows the admin is not in the team.
    expect(visionAsked).toEqual([]);
    expect(await leader.page.getByRole('heading', { name: 'Team vision' }).count()).toBe(0);
    expect(await leader.page.getByRole('alert').count()).toBe(0);

    // Nor can the admin place herself in it: she asks Mia to lead it, and Mia, as its leader,
    // brings Lea in as a leader; Lea then makes Mia a member.
    const members = `/api/teams/${teamId}/members`;
    await api(leader.page, 'PUT', `${members}/${leader.id}`, { role: 'leader' }, 403);
    await setTeamRole(leader.page, teamId, member.id, 'leader');
    await setTeamRole(member.page, teamId, leader.id, 'leader');
    await setTeamRole(leader.page, teamId, member.id, 'member');
  });

  it('lets the leader write the team vision in place, with Markdown', async () => {
    const { leader, teamUrl } = await crew();
    const { page } = leader;
    await page.goto(teamUrl);
    await heading(page, 'Onboarding crew', { exact: true });
    await page.getByRole('button', { name: 'Write the team vision' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('vision');
    await page
      .getByRole('textbox', { name: 'The team’s vision' })
      .fill(
        'Every newcomer feels **at home within a month**: they know whom to ask, ' +
          'and they have shipped something small that matters.',
      );
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Preview of The team’s vision' })
          .getByRole('strong')
          .textContent(),
      )
      .toBe('at home within a month');
    await page.getByRole('button', { name: 'Save vision' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Edit vision');
    await expect
      .poll(() => page.getByText('Last written by Lea Leader', { exact: false }).count())
      .toBe(1);
    expect(await page.getByRole('strong').first().textContent()).toBe('at home within a month');
  });

  it('lets the leader add two outcomes and put the second first', async () => {
    const { leader, teamUrl } = await crew();
    const { page } = leader;
    await page.goto(teamUrl);
    await heading(page, 'Onboarding crew', { exact: true });
    for (const [title, description] of [
      [BUDDY, 'Chosen **before** their first day.'],
      [FIRST_CHANGE, ''],
    ] as const) {
      await page.getByRole('button', { name: 'Add outcome' }).click();
      const dialog = page.getByRole('dialog', { name: 'New outcome' });
      await dialog.getByLabel('Outcome', { exact: true }).fill(title);
      if (description) await dialog.getByLabel('Description (optional)').fill(description);
      if (title === FIRST_CHANGE) await look(page, 'outcome-dialog-desktop');
      await dialog.getByRole('button', { name: 'Add outcome' }).click();
      await noDialog(page);
      await expect.poll(() => outcome(page, title).count()).toBe(1);
    }
    await page.getByRole('button', { name: `Move “${FIRST_CHANGE}” up` }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe(`Move “${FIRST_CHANGE}” down`);
    await expect
      .poll(() => outcomeHeadings(page).allTextContents())
      .toEqual([`Outcome 1 of 2: ${FIRST_CHANGE}`, `Outcome 2 of 2: ${BUDDY}`]);
    await page.reload();
    await expect
      .poll(() => outcomeHeadings(page).first().textContent())
      .toBe(`Outcome 1 of 2: ${FIRST_CHANGE}`);
    await look(page, 'team-learning-leader-desktop');
  });

  it('lets a member align an aspiration with an outcome, which shares nothing', async () => {
    const { member, teamUrl } = await crew({ outcomes: true });
    const { page } = member;
    const id = await addAspiration(page, MINE);
    await page.goto(teamUrl);
    await heading(page, 'Onboarding crew', { exact: true });
    // A member reads who writes the vision, and cannot change it.
    await expect
      .poll(() => page.getByText('The team’s leaders write the vision and outcomes.').isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Add outcome' }).count()).toBe(0);
    const buddy = outcome(page, BUDDY);
    await buddy.getByRole('button', { name: /^Align one of my aspirations/ }).click();
    const align = page.getByRole('dialog', { name: 'Align one of your aspirations' });
    await expect
      .poll(() => align.getByText('Aligning does not share anything.', { exact: false }).count())
      .toBe(1);
    await align.getByLabel('Your aspiration').selectOption({ label: MINE });
    await look(page, 'align-dialog-desktop');
    await align.getByRole('button', { name: 'Align aspiration' }).click();
    await noDialog(page);
    const mine = buddy.getByRole('link', { name: MINE });
    await expect.poll(() => mine.getAttribute('href')).toBe(`/vision/aspirations/${id}`);
    await look(page, 'team-learning-member-desktop');
  });

  it('shows the leader an aligned aspiration only once it is shared with the team', async () => {
    const { leader, member, teamId, teamUrl, outcomes } = await crew({ outcomes: true });
    const id = await aligned(member, teamId, outcomes[BUDDY]!);
    const { page } = leader;
    await page.goto(teamUrl);
    const buddy = outcome(page, BUDDY);
    await expect.poll(() => buddy.getByText('None that you can see.').isVisible()).toBe(true);
    expect(await page.getByText(MINE).count()).toBe(0);

    await share(member.page, 'aspiration', id, { teamId });
    await page.reload();
    const theirs = buddy.getByRole('link', { name: MINE });
    await expect.poll(() => theirs.getAttribute('href')).toBe(`/shared/aspiration/${id}`);
    expect(await buddy.getByText('Mia Member').count()).toBe(1);
    await lookEverywhere(page, 'team-learning-leader', async () => {
      await page.goto(teamUrl);
      await expect.poll(() => theirs.isVisible()).toBe(true);
    });
  });

  it('lets the leader let members write the vision and outcomes', async () => {
    const { leader, member, teamId, teamUrl } = await crew();
    await api(leader.page, 'PUT', `/api/teams/${teamId}/vision`, {
      vision: 'Every newcomer feels **at home within a month**.',
    });
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
  });

  it('lets a member withdraw an alignment, with focus back on aligning', async () => {
    const { member, teamId, teamUrl, outcomes } = await crew({ outcomes: true });
    await aligned(member, teamId, outcomes[BUDDY]!);
    const { page } = member;
    await page.goto(teamUrl);
    const buddy = outcome(page, BUDDY);
    await buddy.getByRole('button', { name: /^Withdraw/ }).click();
    await expect.poll(() => buddy.getByText('None that you can see.').isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Align one of my aspirations/);
  });

  it('lets the leader rename an outcome, then delete it after confirming', async () => {
    const { leader, teamUrl } = await crew({ outcomes: true });
    const { page } = leader;
    await page.goto(teamUrl);
    await outcome(page, FIRST_CHANGE).getByRole('button', { name: /^Edit/ }).click();
    const edit = page.getByRole('dialog', { name: 'Edit outcome' });
    await edit.getByLabel('Outcome', { exact: true }).fill(`A ${FIRST_CHANGE.toLowerCase()}`);
    await edit.getByRole('button', { name: 'Save outcome' }).click();
    await noDialog(page);
    const renamed = outcome(page, `A ${FIRST_CHANGE.toLowerCase()}`);
    await expect.poll(() => renamed.count()).toBe(1);
    await renamed.getByRole('button', { name: /^Delete/ }).click();
    const confirm = page.getByRole('dialog', { name: /^Delete the outcome/ });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await look(page, 'outcome-delete-desktop');
    await confirm.getByRole('button', { name: 'Delete outcome' }).click();
    await noDialog(page);
    await expect.poll(() => renamed.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Outcomes');
  });
});

describe('after-action reviews', () => {
  it('writes a review with an action item owned by a member', async () => {
    const { leader, teamUrl } = await crew();
    const { page } = leader;
    await writeReview(page, teamUrl, {
      title: 'Spring cohort onboarding',
      date: daysBefore(await today(page), 14),
      item: { text: ITEM, owner: 'Mia Member' },
    });
    const item = page.getByRole('checkbox', { name: ITEM });
    await expect.poll(() => item.isChecked()).toBe(false);
    expect(await page.getByText('Owner: Mia Member').count()).toBe(1);
    // Sanitized Markdown: the list of causes is a list.
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: /^(Buddies were chosen late|Nobody owned the first-day plan)$/ })
        .count(),
    ).toBe(2);
    await look(page, 'aar-first-desktop');
  });

  it('carries an open action item into the next review, from the new review’s page on', async () => {
    const { leader, member, teamId, teamUrl } = await crew();
    await addReview(leader.page, teamId, 'Spring cohort onboarding', 14, member.id);
    const { page } = leader;
    await page.goto(teamUrl);
    await page.getByRole('link', { name: 'New review' }).click();
    await heading(page, 'New after-action review', { exact: true });
    await expect.poll(() => page.getByRole('heading', { name: OPEN_ITEMS }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Add an action item' }).click();
    await lookEverywhere(page, 'aar-new', async () => {
      await page.goto(`${teamUrl}/reviews/new`);
      await heading(page, 'New after-action review', { exact: true });
      await page.getByRole('button', { name: 'Add an action item' }).click();
    });
    const secondUrl = await writeReview(page, teamUrl, {
      title: 'Summer cohort onboarding',
      date: daysBefore(await today(page), 7),
    });
    const carried = page.getByRole('region', { name: OPEN_ITEMS });
    await expect.poll(() => carried.getByRole('checkbox', { name: ITEM }).isVisible()).toBe(true);
    expect(await carried.getByRole('link', { name: 'Spring cohort onboarding' }).count()).toBe(1);
    await look(page, 'aar-carried-desktop');
    await lookEverywhere(page, 'aar-carried', async () => {
      await page.goto(secondUrl);
      await heading(page, 'Summer cohort onboarding', { exact: true });
      await expect.poll(() => carried.isVisible()).toBe(true);
    });
  });

  it('lets the member tick her item done from a later review she may not delete', async () => {
    const { leader, member, teamId } = await crew();
    const { spring, summer } = await springAndSummer(leader, member, teamId);
    const { page } = member;
    await page.goto(`/aars/${summer.id}`);
    await heading(page, 'Summer cohort onboarding', { exact: true });
    const ticking = page
      .getByRole('region', { name: OPEN_ITEMS })
      .getByRole('checkbox', { name: ITEM });
    await ticking.check();
    await expect.poll(() => page.getByText(`Done: “${ITEM}”`).count()).toBeGreaterThan(0);
    expect(await ticking.isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Delete review' }).count()).toBe(0);
    await lookEverywhere(page, 'aar-done-member', async () => {
      await page.goto(`/aars/${spring.id}`);
      await heading(page, 'Spring cohort onboarding', { exact: true });
      await expect.poll(() => page.getByRole('checkbox', { name: ITEM }).isChecked()).toBe(true);
    });
  });

  it('carries nothing once the item is done, and lists the reviews latest first', async () => {
    const { leader, member, teamId, teamUrl } = await crew();
    const { spring } = await springAndSummer(leader, member, teamId);
    await api(
      member.page,
      'PATCH',
      `/api/aars/${spring.id}/action-items/${spring.actionItems[0]!.id}`,
      { done: true },
    );
    const { page } = leader;
    await page.goto(`${teamUrl}/reviews/new`);
    await heading(page, 'New after-action review', { exact: true });
    await settled(page);
    expect(await page.getByRole('heading', { name: OPEN_ITEMS }).count()).toBe(0);
    await writeReview(page, teamUrl, {
      title: 'Autumn cohort onboarding',
      date: await today(page),
    });
    await expect.poll(() => page.getByText('No action items in this review yet.').count()).toBe(1);
    expect(await page.getByRole('heading', { name: OPEN_ITEMS }).count()).toBe(0);
    await look(page, 'aar-third-desktop');

    await page.goto(teamUrl);
    const reviews = page.getByRole('region', { name: 'After-action reviews' });
    await expect
      .poll(() => reviews.getByRole('link').allTextContents())
      .toEqual([
        'New review',
        'Autumn cohort onboarding',
        'Summer cohort onboarding',
        'Spring cohort onboarding',
      ]);
    expect(await reviews.getByText('1 action item, done').count()).toBe(1);
  });

  it('lets the leader correct a review’s title, then delete it after confirming', async () => {
    const { leader, member, teamId, teamUrl } = await crew();
    await springAndSummer(leader, member, teamId);
    const autumn = await addReview(leader.page, teamId, 'Autumn cohort onboarding', 0);
    const { page } = leader;
    await page.goto(`/aars/${autumn.id}`);
    await heading(page, 'Autumn cohort onboarding', { exact: true });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('What are you reviewing?').fill('Autumn cohort, first week');
    await look(page, 'aar-edit-desktop');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading(page, 'Autumn cohort, first week', { exact: true });
    await page.getByRole('button', { name: 'Delete review' }).click();
    const confirm = page.getByRole('dialog', {
      name: 'Delete the review “Autumn cohort, first week”?',
    });
    await confirm.getByRole('button', { name: 'Delete review' }).click();
    await page.waitForURL(`**${teamUrl}`);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'After-action reviews' })
          .getByRole('link')
          .allTextContents(),
      )
      .toEqual(['New review', 'Summer cohort onboarding', 'Spring cohort onboarding']);
  });
});

describe('growth in a team', () => {
  it('shares a weekly review with the team from its page, read by the leader as its week', async () => {
    const { leader, member } = await crew();
    const value = await addValue(member.page, 'Generosity');
    const week = isoWeekOf(await today(member.page));
    const review = await api<{ id: string }>(member.page, 'POST', '/api/reviews/weekly', {
      week,
      valueRatings: [{ valueId: value, rating: 7, evidence: 'Paired with Sam twice.' }],
      wentWell: 'Sam shipped a first change on day three.',
      learned: 'Asking first works better than explaining first.',
      focus: 'Choose the next buddies early.',
    });
    const { page } = member;
    await page.goto(`/review/${week}`);
    await heading(page, `Week ${Number(week.slice(-2))} review`, { exact: true });
    const control = page.getByRole('button', { name: /^Who can see this/ });
    await expect.poll(() => control.textContent()).toContain('Only you');
    await control.click();
    const dialog = page.getByRole('dialog', { name: 'Who can see this' });
    await dialog.getByRole('radio', { name: 'A team' }).check();
    await dialog
      .getByLabel('Team', { exact: true })
      .selectOption({ label: 'Onboarding crew (North Star Lab)' });
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Unshare with Onboarding crew' }).isVisible())
      .toBe(true);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await noDialog(page);
    await expect.poll(() => control.textContent()).toContain('Shared with Onboarding crew');
    await look(page, 'review-week-shared-desktop');

    const weekHeading = new RegExp(`^Week ${Number(week.slice(-2))} · `);
    await leader.page.goto(`/shared/weekly_review/${review.id}`);
    await heading(leader.page, weekHeading);
    await expect.poll(() => leader.page.getByText('70%').isVisible()).toBe(true);
    expect(await leader.page.getByText('Paired with Sam twice.').count()).toBe(1);
    await lookEverywhere(leader.page, 'shared-weekly-review', async () => {
      await leader.page.goto(`/shared/weekly_review/${review.id}`);
      await heading(leader.page, weekHeading);
    });
  });

  it('turns a colleague’s feedback into learning and into evidence for an aspiration', async () => {
    const { leader, member } = await crew();
    const aspiration = await addAspiration(member.page, MINE);
    const request = await api<{ id: string }>(member.page, 'POST', '/api/feedback/requests', {
      question: 'How do I come across when newcomers ask me things?',
      aspirationId: aspiration,
      anonymousAllowed: false,
      recipients: [{ userId: leader.id }],
    });
    await api(leader.page, 'POST', `/api/feedback/requests/${request.id}/answers`, {
      situation: 'When Sam asked about the deploy on Tuesday',
      behavior: 'You asked what Sam had tried before explaining',
      impact: 'Sam found the answer and told me they felt trusted',
      anonymous: false,
    });
    const { page } = member;
    await page.goto(`/feedback/requests/${request.id}`);
    await heading(page, 'How do I come across when newcomers ask me things?', { exact: true });
    const answer = page.getByRole('article', { name: 'Lea Leader' });
    await answer.getByRole('button', { name: /^Save as learning/ }).click();
    await expect
      .poll(() => page.getByText('Saved to your learning log').count())
      .toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Open it' }).first().getAttribute('href')).toMatch(
      /^\/learning\/[0-9A-Z]{26}$/,
    );
    // Saved once; the button now leads to it.
    expect(await answer.getByRole('button', { name: /^Save as learning/ }).count()).toBe(0);
    expect(await answer.getByRole('link', { name: 'In your learning log' }).count()).toBe(1);
    await look(page, 'feedback-growth-desktop');
    await answer.getByRole('button', { name: /^Use as evidence/ }).click();
    const evidence = page.getByRole('dialog', { name: 'Use as evidence' });
    await expect.poll(() => evidence.getByLabel('Your aspiration').inputValue()).toBe(aspiration);
    await evidence.getByRole('slider', { name: 'Current reality' }).fill('6');
    await look(page, 'feedback-evidence-dialog-desktop');
    await evidence.getByRole('button', { name: 'Assess reality' }).click();
    await noDialog(page);
    await page.getByRole('link', { name: 'Open the aspiration' }).first().click();
    await page.waitForURL(`**/vision/aspirations/${aspiration}`);
    await heading(page, MINE, { exact: true });
    await expect
      .poll(() => page.getByText('Sam found the answer', { exact: false }).first().isVisible())
      .toBe(true);
    await lookEverywhere(page, 'feedback-growth', async () => {
      await page.goto(`/feedback/requests/${request.id}`);
      await expect.poll(() => answer.isVisible()).toBe(true);
    });
  });
});
