import type { RouteObject } from 'react-router';
import { page } from './page';

/**
 * The pages of organizations and their teams: members, statistics, dashboards, programs,
 * the practice library and the teams' after-action reviews.
 * Signed-in pages inside the app shell; the router in ../router.tsx places them.
 */
export const orgRoutes: RouteObject[] = [
  {
    path: 'orgs',
    lazy: page(
      () => import('../../features/orgs/components/orgs-page'),
      (m) => m.OrgsPage,
    ),
  },
  {
    // The organization page asks about, and links to, the anonymous statistics.
    path: 'orgs/:id',
    lazy: page(
      () =>
        Promise.all([
          import('../../features/orgs/components/org-page'),
          import('../../features/statistics/components/org-statistics-section'),
        ]),
      ([{ OrgPage }, { OrgStatisticsSection }]) =>
        function OrgWithStatistics() {
          return <OrgPage OrgSections={OrgStatisticsSection} />;
        },
    ),
  },
  {
    path: 'orgs/:id/dashboard',
    lazy: page(
      () => import('../../features/statistics/components/dashboard-page'),
      (m) => m.DashboardPage,
    ),
  },
  {
    path: 'orgs/:id/statistics',
    lazy: page(
      () => import('../../features/statistics/components/what-org-sees-page'),
      (m) => m.WhatOrgSeesPage,
    ),
  },
  {
    path: 'orgs/:id/programs',
    lazy: page(
      () => import('../../features/programs/components/programs-page'),
      (m) => m.ProgramsPage,
    ),
  },
  {
    path: 'programs/:id',
    lazy: page(
      () => import('../../features/programs/components/program-page'),
      (m) => m.ProgramPage,
    ),
  },
  {
    path: 'orgs/:id/library',
    lazy: page(
      () => import('../../features/library/components/library-page'),
      (m) => m.LibraryPage,
    ),
  },
  {
    path: 'orgs/:id/library/proposals',
    lazy: page(
      () => import('../../features/library/components/proposals-page'),
      (m) => m.ProposalsPage,
    ),
  },
  {
    // An entry's page lists the programs whose curriculum holds it (programs).
    path: 'orgs/:id/library/:entryId',
    lazy: page(
      () =>
        Promise.all([
          import('../../features/library/components/entry-page'),
          import('../../features/programs/components/entry-programs'),
        ]),
      ([{ EntryPage }, { EntryPrograms }]) =>
        function EntryWithPrograms() {
          return <EntryPage Uses={EntryPrograms} />;
        },
    ),
  },
  {
    // The team page shows the team's shared work below its members: its vision and
    // outcomes (team-vision), then its after-action reviews (after-action-reviews).
    path: 'teams/:id',
    lazy: page(
      () =>
        Promise.all([
          import('../../features/orgs/components/team-page'),
          import('../../features/team-vision/components/team-sections'),
          import('../../features/after-action-reviews/components/reviews-section'),
          import('../../features/statistics/components/team-dashboard-section'),
        ]),
      ([{ TeamPage }, { TeamSections }, { ReviewsSection }, { TeamDashboardSection }]) => {
        function TeamWork({ teamId }: { teamId: string }) {
          return (
            <>
              <TeamSections teamId={teamId} Reviews={ReviewsSection} />
              <TeamDashboardSection teamId={teamId} />
            </>
          );
        }
        return function TeamWithSections() {
          return <TeamPage TeamSections={TeamWork} />;
        };
      },
    ),
  },
  {
    path: 'teams/:teamId/reviews/new',
    lazy: page(
      () => import('../../features/after-action-reviews/components/new-aar-page'),
      (m) => m.NewAarPage,
    ),
  },
  {
    path: 'aars/:id',
    lazy: page(
      () => import('../../features/after-action-reviews/components/aar-page'),
      (m) => m.AarPage,
    ),
  },
];
