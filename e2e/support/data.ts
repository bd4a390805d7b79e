import type { Page } from 'playwright-core';
import { api } from './flows';
import type { SignedIn } from './fixtures';

/**
 * Set-up through the API, as the person signed in on the page: what a test needs to exist
 * before it starts clicking, so that only the behaviour under test goes through the UI.
 */

/** The vision every e2e aspiration starts with. */
export const COACHING_VISION =
  'In every 1:1 I ask before I advise. People leave with their own answers.';

/** Creates an aspiration with a vision and no reality yet; resolves to its id. */
export async function addAspiration(
  page: Page,
  title: string,
  visionLevel = 8,
  vision = COACHING_VISION,
): Promise<string> {
  const aspiration = await api<{ id: string }>(page, 'POST', '/api/aspirations', {
    title,
    domain: 'career',
    vision,
    visionLevel,
  });
  return aspiration.id;
}

/** Records an honest look at an aspiration's current reality. */
export async function assessReality(
  page: Page,
  aspirationId: string,
  level: number,
  evidence = '',
) {
  await api(page, 'POST', `/api/aspirations/${aspirationId}/assessments`, { level, evidence });
}

/** Adds a value; resolves to its id. */
export async function addValue(page: Page, name: string): Promise<string> {
  return (await api<{ id: string }>(page, 'POST', '/api/values', { name })).id;
}

/** Starts a daily practice; resolves to its id. */
export async function addPractice(page: Page, name: string): Promise<string> {
  const practice = await api<{ id: string }>(page, 'POST', '/api/practices', {
    name,
    schedule: { type: 'daily' },
  });
  return practice.id;
}

/** Today's calendar date in the person's time zone (YYYY-MM-DD), as the server counts it. */
export async function today(page: Page): Promise<string> {
  return (await api<{ date: string }>(page, 'GET', '/api/today')).date;
}

/** A calendar date `days` before `date` (both YYYY-MM-DD). */
export function daysBefore(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}

/**
 * An organization made by `admin`, which every one of `members` has joined by invitation;
 * resolves to its id.
 */
export async function addOrganization(
  admin: SignedIn,
  name: string,
  members: SignedIn[] = [],
): Promise<string> {
  const org = await api<{ id: string }>(admin.page, 'POST', '/api/orgs', { name });
  for (const member of members) {
    const invitation = await api<{ token: string }>(
      admin.page,
      'POST',
      `/api/orgs/${org.id}/invitations`,
      { email: member.person.email, role: 'member' },
    );
    await api(member.page, 'POST', `/api/invitations/${invitation.token}/accept`, undefined, 200);
  }
  return org.id;
}

/** A team in the organization; its maker leads it when `lead` is true. Resolves to its id. */
export async function addTeam(page: Page, orgId: string, name: string, lead = false) {
  return (await api<{ id: string }>(page, 'POST', `/api/orgs/${orgId}/teams`, { name, lead })).id;
}

/** Puts a person into a team with a role (as one of the team's leaders). */
export async function setTeamRole(
  page: Page,
  teamId: string,
  userId: string,
  role: 'leader' | 'member',
) {
  await api(page, 'PUT', `/api/teams/${teamId}/members/${userId}`, { role });
}

type ShareWith = { userId: string } | { teamId: string } | { orgId: string };

/** Shares one of my items; resolves to the share's id. */
export async function share(
  page: Page,
  itemType: string,
  itemId: string,
  withWhom: ShareWith,
): Promise<string> {
  const made = await api<{ id: string }>(page, 'POST', '/api/shares', {
    itemType,
    itemId,
    with: withWhom,
  });
  return made.id;
}
