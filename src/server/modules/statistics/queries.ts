import { addDays } from '../../../core/calendar';
import { canSeeOrgDashboard, canSeeTeamDashboard } from '../../../core/org-policy';
import { MAX_PERIOD_WEEKS, periodWeeks } from '../../../core/statistics';
import type { Db } from '../../db/database';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import { badRequest, forbidden, notFound } from '../../errors';
import { nowIso } from '../../lib/time';
import { atomRollups } from './atom-rollups';
import { periodPrograms } from './cohorts';
import { decideFromAtoms, orgAndTeams } from './decision';
import type { DashboardFigures, DashboardGroup } from '../../../contracts/dashboard';
import { dashboardGeneration, HEAD, keepDecision, keptRows } from '../../db/kept-dashboards';

/** The caller's role in the organization; 404 when they are not in it. */
export async function requireOrgMember(db: Db, orgId: string, userId: string) {
  const role = await orgRoleOf(db, orgId, userId);
  if (!role) throw notFound('No such organization.');
  return role;
}

/** My choice for an organization, "not asked yet" included, with the organization's k. */
export async function myConsent(db: Db, orgId: string, userId: string) {
  await requireOrgMember(db, orgId, userId);
  const [org, consent] = await Promise.all([
    db
      .selectFrom('orgs')
      .select(['name', 'minGroupSize'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('statisticsConsents')
      .select(['contribute', 'decidedAt'])
      .where('orgId', '=', orgId)
      .where('userId', '=', userId)
      .executeTakeFirst(),
  ]);
  return {
    orgId,
    orgName: org.name,
    contributeStatistics: consent?.contribute === 1,
    asked: consent !== undefined,
    decidedAt: consent?.decidedAt ?? null,
    k: org.minGroupSize,
  };
}

/** The period's whole ISO weeks: to defaults to today, from to a year before to. */
function periodOf(query: { from?: string; to?: string }) {
  const to = query.to ?? nowIso().slice(0, 10);
  const from = query.from ?? addDays(to, -7 * 51);
  const weeks = periodWeeks(from, to);
  if (weeks.length > MAX_PERIOD_WEEKS) {
    throw badRequest('period_too_long', 'A dashboard shows at most 12 months.', [
      { path: ['from'], message: 'At most 12 months before to.' },
    ]);
  }
  return weeks;
}

/** How long a kept decision is served after its figures were computed (decision 0051). */
export const KEPT_DASHBOARD_MS = 10 * 60_000;

/**
 * The organization-wide decision of one period: the organization and every team of it, decided
 * in one `suppressDashboard` call. The team dashboard shows its team as this decision did, so a
 * person who sees both can compare nothing more than either shows.
 */
async function decideOrg(db: Db, orgId: string, weeks: string[]) {
  const programs = await periodPrograms(db, orgId, weeks);
  const [[org, teams], atoms] = await Promise.all([
    orgAndTeams(db, orgId),
    atomRollups(
      db,
      orgId,
      weeks,
      programs.map((p) => p.id),
    ),
  ]);
  return decideFromAtoms({ org, teams, programs, weeks, atoms });
}

type Decided = Awaited<ReturnType<typeof decideOrg>>;
type GroupKind = 'org' | 'team' | 'cohort';
/** What the kept head holds: the period, k, programs and every group without its figures. */
type KeptHead = Pick<Decided, 'k' | 'weeks' | 'programs'> & {
  groups: (Omit<DashboardGroup, 'figures'> & { kind: GroupKind })[];
};
/** A decision as kept: its head, when its figures were computed, and the groups' figures. */
type Kept = { head: KeptHead; computedAt: string; figures: Map<string, DashboardFigures> };

/**
 * The organization's decision of the period, kept (decision 0051): served from
 * `dashboard_answers` while computed less than `KEPT_DASHBOARD_MS` ago — a change of who counts
 * has forgotten it in its own transaction — otherwise decided again and kept. Reads the head and
 * the figures of `groupIds` (every group with `null`). The caller has authorized the reader.
 */
async function keptDecision(
  db: Db,
  orgId: string,
  query: { from?: string; to?: string },
  groupIds: readonly string[] | null,
): Promise<Kept> {
  const weeks = periodOf(query);
  const period = `${weeks[0]}/${weeks.at(-1)}`;
  const now = nowIso();
  const rows = await keptRows(db, orgId, period, groupIds);
  const head = rows.find((r) => r.groupId === HEAD);
  if (head && Date.parse(now) - Date.parse(head.computedAt) < KEPT_DASHBOARD_MS) {
    return {
      head: JSON.parse(head.body) as KeptHead,
      computedAt: head.computedAt,
      figures: new Map(
        rows
          .filter((r) => r.groupId !== HEAD)
          .map((r) => [r.groupId, JSON.parse(r.body) as DashboardFigures]),
      ),
    };
  }
  // Read before deciding: a change of who counts from now on moves it and nothing is kept.
  const generation = await dashboardGeneration(db, orgId);
  const decided = await decideOrg(db, orgId, weeks);
  const groups = [
    { kind: 'org' as const, group: decided.org },
    ...decided.teams.map((group) => ({ kind: 'team' as const, group })),
    ...decided.cohorts.map((group) => ({ kind: 'cohort' as const, group })),
  ];
  const kept: Kept = {
    head: {
      k: decided.k,
      weeks: decided.weeks,
      programs: decided.programs,
      groups: groups.map(({ kind, group }) => ({ kind, ...withoutFigures(group) })),
    },
    computedAt: now,
    figures: new Map(groups.map(({ group }) => [group.id, group.figures])),
  };
  await keepDecision(db, {
    orgId,
    generation,
    period,
    computedAt: now,
    olderThan: new Date(Date.parse(now) - KEPT_DASHBOARD_MS).toISOString(),
    rows: [
      { groupId: HEAD, body: JSON.stringify(kept.head) },
      ...groups.map(({ group }) => ({ groupId: group.id, body: JSON.stringify(group.figures) })),
    ],
  });
  return kept;
}

/** A group's id, name, `suppressed` and contributors: what the head keeps of it. */
const withoutFigures = (group: Omit<DashboardGroup, 'figures'>) => ({
  id: group.id,
  name: group.name,
  suppressed: group.suppressed,
  contributors: group.contributors,
});

/** A group of the kept decision with its figures; 404 when the decision has no such group. */
function keptGroup(kept: Kept, groupId: string): DashboardGroup {
  const group = kept.head.groups.find((g) => g.id === groupId);
  const figures = kept.figures.get(groupId);
  if (!group || !figures) throw notFound('No such group in this dashboard.');
  return { ...withoutFigures(group), figures };
}

/**
 * The organization's dashboard: admins and facilitators (403 for other members, 404 outside).
 * Every group's id, name, `suppressed` and contributors, and the figures of the one chosen
 * (`query.group`, the organization by default; 404 for a group not in the answer): the head
 * row and that group's kept row are all it reads (decision 0051, the lean answer).
 */
export async function orgDashboard(
  db: Db,
  orgId: string,
  userId: string,
  query: { from?: string; to?: string; group?: string },
) {
  if (!canSeeOrgDashboard(await requireOrgMember(db, orgId, userId))) {
    throw forbidden(
      'dashboard_not_allowed',
      'Only the organization’s admins and facilitators see its dashboard.',
    );
  }
  const groupId = query.group ?? orgId;
  const kept = await keptDecision(db, orgId, query, [groupId]);
  const { k, weeks, programs, groups } = kept.head;
  const ofKind = (kind: GroupKind) => groups.filter((g) => g.kind === kind).map(withoutFigures);
  return {
    k,
    weeks,
    programs,
    computedAt: kept.computedAt,
    org: ofKind('org')[0]!,
    teams: ofKind('team'),
    cohorts: ofKind('cohort'),
    group: keptGroup(kept, groupId),
  };
}

/** A team's dashboard, as the organization-wide decision shows it: the team's members. */
export async function teamDashboard(
  db: Db,
  teamId: string,
  userId: string,
  query: { from?: string; to?: string },
) {
  const team = await db
    .selectFrom('teams')
    .select(['id', 'orgId'])
    .where('id', '=', teamId)
    .executeTakeFirst();
  const orgRole = team ? await orgRoleOf(db, team.orgId, userId) : null;
  if (!team || !orgRole) throw notFound('No such team.');
  const teamRole = await teamRoleOf(db, teamId, userId);
  if (!canSeeTeamDashboard({ orgRole, teamRole })) {
    throw forbidden('dashboard_not_allowed', 'Only the team’s members see its dashboard.');
  }
  const kept = await keptDecision(db, team.orgId, query, [teamId]);
  return {
    k: kept.head.k,
    weeks: kept.head.weeks,
    programs: kept.head.programs,
    computedAt: kept.computedAt,
    team: keptGroup(kept, teamId),
  };
}
