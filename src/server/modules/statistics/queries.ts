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

/**
 * The organization-wide decision of one period: the organization and every team of it, decided
 * in one `suppressDashboard` call. The team dashboard shows its team as this decision did, so a
 * person who sees both can compare nothing more than either shows.
 */
async function decideOrg(db: Db, orgId: string, query: { from?: string; to?: string }) {
  const weeks = periodOf(query);
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

/** The organization's dashboard: admins and facilitators (403 for other members, 404 outside). */
export async function orgDashboard(
  db: Db,
  orgId: string,
  userId: string,
  query: { from?: string; to?: string },
) {
  if (!canSeeOrgDashboard(await requireOrgMember(db, orgId, userId))) {
    throw forbidden(
      'dashboard_not_allowed',
      'Only the organization’s admins and facilitators see its dashboard.',
    );
  }
  return decideOrg(db, orgId, query);
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
  const decided = await decideOrg(db, team.orgId, query);
  return {
    k: decided.k,
    weeks: decided.weeks,
    programs: decided.programs,
    team: decided.teams.find((t) => t.id === teamId)!,
  };
}
