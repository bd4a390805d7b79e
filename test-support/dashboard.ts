import type { DashboardGroup, OrgDashboard } from '../src/contracts/dashboard';
import type { HttpClient } from './http-client';

/** The organization dashboard with every group's figures, as it answered before the lean answer. */
export type WholeOrgDashboard = Omit<OrgDashboard, 'group' | 'org' | 'teams' | 'cohorts'> & {
  org: DashboardGroup;
  teams: DashboardGroup[];
  cohorts: DashboardGroup[];
};

/**
 * Every group's figures of the organization dashboard, read one chosen group at a time
 * (`?group=`, decision 0051): `read` answers the dashboard of one group (the organization when
 * `group` is undefined). Each later answer must come from the same kept decision as the first.
 */
export async function wholeOrgDashboard(
  read: (group?: string) => Promise<OrgDashboard>,
): Promise<WholeOrgDashboard> {
  const { group, ...head } = await read();
  const figuresOf = async (g: { id: string }): Promise<DashboardGroup> => {
    if (g.id === group.id) return group;
    const answer = await read(g.id);
    if (answer.computedAt !== head.computedAt) throw new Error('The dashboard changed meanwhile.');
    return answer.group;
  };
  const all = async (groups: { id: string }[]) => {
    const figures: DashboardGroup[] = [];
    for (const g of groups) figures.push(await figuresOf(g));
    return figures;
  };
  return {
    ...head,
    org: await figuresOf(head.org),
    teams: await all(head.teams),
    cohorts: await all(head.cohorts),
  };
}

/** `wholeOrgDashboard` over HTTP, as `client` (who must see it); `query` the period's, if any. */
export function readWholeOrgDashboard(client: HttpClient, orgId: string, query = '') {
  return wholeOrgDashboard(async (group) => {
    const params = new URLSearchParams(query);
    if (group !== undefined) params.set('group', group);
    const search = params.size > 0 ? `?${params.toString()}` : '';
    const answer = await client.get<OrgDashboard>(`/api/orgs/${orgId}/dashboard${search}`);
    if (answer.status !== 200) throw new Error(`dashboard answered ${answer.status}`);
    return answer.body;
  });
}
