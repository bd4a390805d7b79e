import { LEARNING_THEMES } from '../../../contracts/dashboard';
import { LEARNING_KINDS } from '../../../contracts/learning';
import { suppressDashboard } from '../../../core/anonymity/dashboard';
import { type AtomRollup, dashboardFacts } from '../../../core/dashboard-facts';
import type { Db } from '../../db/database';
import { presentGroup } from './presenters';

type Named = { id: string; name: string };

/**
 * The organization-wide decision from its atoms, however they were added up: the organization,
 * every team and every cohort, decided in one `suppressDashboard` call and presented as the API
 * shows them. The dashboard gives it the rollups; bench case 3 gives it the raw rows.
 */
export function decideFromAtoms(input: {
  org: Named & { minGroupSize: number };
  teams: Named[];
  programs: { id: string; title: string }[];
  weeks: string[];
  atoms: AtomRollup[];
}) {
  const { org, teams, programs, weeks, atoms } = input;
  const decided = suppressDashboard(
    dashboardFacts({
      k: org.minGroupSize,
      org,
      teams,
      cohorts: programs,
      weeks,
      kinds: LEARNING_KINDS,
      themes: LEARNING_THEMES,
      atoms,
    }),
  );
  const names = new Map([
    [org.id, org.name],
    ...teams.map((t) => [t.id, t.name] as const),
    ...programs.map((p) => [p.id, p.title] as const),
  ]);
  const groups = decided.map((group) => ({
    kind: group.kind,
    shown: presentGroup(group, names.get(group.id) ?? ''),
  }));
  const ofKind = (kind: string) => groups.filter((g) => g.kind === kind).map((g) => g.shown);
  return {
    k: org.minGroupSize,
    weeks,
    programs: programs.map((p) => ({ id: p.id, title: p.title })),
    org: groups[0]!.shown,
    teams: ofKind('team'),
    cohorts: ofKind('cohort'),
  };
}

/** The organization (with its k) and its teams by name, as the decision names them. */
export function orgAndTeams(db: Db, orgId: string) {
  return Promise.all([
    db
      .selectFrom('orgs')
      .select(['id', 'name', 'minGroupSize'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('orgId', '=', orgId)
      .orderBy('name')
      .orderBy('id')
      .execute(),
  ]);
}
