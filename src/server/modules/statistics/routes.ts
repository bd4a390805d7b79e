import { OrgParams, TeamParams } from '../../../contracts/orgs';

import {
  Consent,
  ConsentBody,
  DashboardQuery,
  OrgDashboard,
  OrgDashboardQuery,
  TeamDashboard,
} from '../../../contracts/dashboard';
import { callerId } from '../../http/authenticate';
import { readAndChangeRoutes } from '../../http/read-and-change-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { setConsent } from './commands';
import { myConsent, orgDashboard, teamDashboard } from './queries';

/**
 * Anonymous statistics: each person's own consent per organization, and the dashboards of an
 * organization (admins, facilitators) and of a team (its members), where no figure is about
 * fewer than k people, alone or by difference (docs/decisions/0017, 0021).
 */
export async function statisticsRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'statistics');
  readAndChangeRoutes(route, db, {
    path: '/api/orgs/:id/consent',
    params: OrgParams,
    item: Consent,
    read: [
      'My choice to contribute to the organization’s anonymous statistics',
      myConsent,
      [401, 404],
    ],
    change: [
      'put',
      'Choose to contribute to anonymous statistics, or stop (at once)',
      ConsentBody,
      setConsent,
      [400, 401, 404],
    ],
  });
  route.get(
    '/api/orgs/:id/dashboard',
    {
      summary:
        'The organization’s anonymous dashboard (admins and facilitators): every group, and the figures of the chosen one',
      params: OrgParams,
      query: OrgDashboardQuery,
      reply: OrgDashboard,
      errors: [400, 401, 403, 404],
    },
    async (request) => orgDashboard(db, request.params.id, callerId(request), request.query),
  );
  route.get(
    '/api/teams/:id/dashboard',
    {
      summary: 'A team’s anonymous dashboard, as the organization-wide one decides (its members)',
      params: TeamParams,
      query: DashboardQuery,
      reply: TeamDashboard,
      errors: [400, 401, 403, 404],
    },
    async (request) => teamDashboard(db, request.params.id, callerId(request), request.query),
  );
}
