import { daysBetween, localDate } from '../../../core/calendar';
import type { OrgDetail } from '../../../contracts/orgs';
import type { Share, SharedItemSummary } from '../../../contracts/sharing';
import { colleaguesOf, type Colleague } from '../../lib/colleagues';

export interface TeamTarget {
  id: string;
  name: string;
  orgName: string;
}
export interface ShareTargets {
  people: Colleague[];
  teams: TeamTarget[];
  orgs: { id: string; name: string }[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * Whom I can share with, from the organizations I belong to: each other person once (with the
 * organizations we share), every team of those organizations, and the organizations themselves;
 * each list by name.
 *
 * @example shareTargetsFrom([lab], me.id).people // [{ id: 'bea', name: 'Bea', orgNames: ['Lab'] }]
 */
export function shareTargetsFrom(orgs: readonly OrgDetail[], myId: string): ShareTargets {
  const teams = orgs.flatMap((org) =>
    org.teams.map((team) => ({ id: team.id, name: team.name, orgName: org.name })),
  );
  return {
    people: colleaguesOf(orgs, myId),
    teams: teams.sort(byName),
    orgs: orgs.map((org) => ({ id: org.id, name: org.name })).sort(byName),
  };
}

/**
 * Items shared with me, grouped by the person who shared them: the person who shared most
 * recently first, and each person's items newest first.
 */
export function groupByOwner(
  items: readonly SharedItemSummary[],
): { owner: SharedItemSummary['owner']; items: SharedItemSummary[] }[] {
  const sorted = [...items].sort((a, b) => b.sharedAt.localeCompare(a.sharedAt));
  const groups = new Map<
    string,
    { owner: SharedItemSummary['owner']; items: SharedItemSummary[] }
  >();
  for (const item of sorted) {
    const group = groups.get(item.owner.id);
    if (group) group.items.push(item);
    else groups.set(item.owner.id, { owner: item.owner, items: [item] });
  }
  return [...groups.values()];
}

/** The shares of one item, from the list of all mine, in the order they were made. */
export function sharesOfItem(shares: readonly Share[], itemType: string, itemId: string): Share[] {
  return shares.filter((share) => share.itemType === itemType && share.itemId === itemId);
}

export type ReadWhen =
  | { kind: 'today' }
  | { kind: 'yesterday' }
  | { kind: 'weekday'; date: string }
  | { kind: 'date'; date: string };

/**
 * When a read happened, as a person says it: today, yesterday, on a weekday within the last
 * week, or else on a date. Days are the reader's own calendar days in `timeZone`; `date` is the
 * calendar date (YYYY-MM-DD) to name.
 *
 * @example readWhen('2026-11-17T09:00:00Z', new Date('2026-11-19T12:00:00Z'), 'UTC') // { kind: 'weekday', date: '2026-11-17' }
 */
export function readWhen(at: string, now: Date, timeZone: string): ReadWhen {
  const day = localDate(at, timeZone);
  const today = localDate(now.getTime(), timeZone);
  const ago = daysBetween(day, today);
  if (ago <= 0) return { kind: 'today' };
  if (ago === 1) return { kind: 'yesterday' };
  if (ago < 7) return { kind: 'weekday', date: day };
  return { kind: 'date', date: day };
}
