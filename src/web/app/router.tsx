import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { PageLoading } from '../components/ui/page-loading';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { SignUpPage } from '../features/auth/components/sign-up-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { HomeRedirect, PublicOnly, RequireSignIn } from './route-guards';

/**
 * A page loaded when first visited, so the first screen (sign-in) stays small and each
 * feature's libraries (charts, Markdown) come with the pages that use them.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

/** Every page of the app and who may see it. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          element: <PublicOnly />,
          children: [
            { path: 'sign-in', element: <SignInPage /> },
            { path: 'sign-up', element: <SignUpPage /> },
          ],
        },
        {
          // Both work signed out: an invitation explains itself and offers sign-in, which
          // returns here; a feedback link is answered without an account.
          path: 'invitations/:token',
          lazy: page(
            () => import('../features/orgs/components/invitation-page'),
            (m) => m.InvitationPage,
          ),
        },
        {
          path: 'feedback/:token',
          lazy: page(
            () => import('../features/feedback/components/answer-page'),
            (m) => m.AnswerPage,
          ),
        },
        {
          element: <RequireSignIn />,
          children: [
            {
              path: 'welcome',
              lazy: page(
                () => import('../features/aspirations/components/welcome-page'),
                (m) => m.WelcomePage,
              ),
            },
            {
              element: <AppShell />,
              children: [
                {
                  path: 'today',
                  lazy: page(
                    () => import('../features/today/components/today-page'),
                    (m) => m.TodayPage,
                  ),
                },
                {
                  path: 'journal',
                  lazy: page(
                    () => import('../features/reflections/components/journal-page'),
                    (m) => m.JournalPage,
                  ),
                },
                {
                  // The app composes the features: a reflection opens the belief dialog, and
                  // shows who can see it.
                  path: 'journal/:id',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/reflections/components/reflection-page'),
                        import('../features/beliefs/components/examine-belief-dialog'),
                        import('../features/sharing/components/who-can-see'),
                      ]),
                    ([{ ReflectionPage }, { ExamineBeliefDialog }, { WhoCanSee }]) =>
                      function ReflectionWithBeliefs() {
                        return (
                          <ReflectionPage
                            ExamineBelief={ExamineBeliefDialog}
                            ShareControl={WhoCanSee}
                          />
                        );
                      },
                  ),
                },
                {
                  path: 'beliefs',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/beliefs/components/beliefs-page'),
                        import('../features/sharing/components/who-can-see'),
                      ]),
                    ([{ BeliefsPage }, { WhoCanSee }]) =>
                      function BeliefsWithSharing() {
                        return <BeliefsPage ShareControl={WhoCanSee} />;
                      },
                  ),
                },
                {
                  path: 'vision',
                  lazy: page(
                    () => import('../features/aspirations/components/vision-page'),
                    (m) => m.VisionPage,
                  ),
                },
                {
                  path: 'vision/aspirations/:id',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/aspirations/components/aspiration-page'),
                        import('../features/sharing/components/who-can-see'),
                      ]),
                    ([{ AspirationPage }, { WhoCanSee }]) =>
                      function AspirationWithSharing() {
                        return <AspirationPage ShareControl={WhoCanSee} />;
                      },
                  ),
                },
                {
                  path: 'practices',
                  lazy: page(
                    () => import('../features/practices/components/practices-page'),
                    (m) => m.PracticesPage,
                  ),
                },
                {
                  path: 'practices/:id',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/practices/components/practice-page'),
                        import('../features/sharing/components/who-can-see'),
                      ]),
                    ([{ PracticePage }, { WhoCanSee }]) =>
                      function PracticeWithSharing() {
                        return <PracticePage ShareControl={WhoCanSee} />;
                      },
                  ),
                },
                {
                  path: 'learning',
                  lazy: page(
                    () => import('../features/learning/components/learning-page'),
                    (m) => m.LearningPage,
                  ),
                },
                {
                  path: 'learning/:id',
                  lazy: page(
                    () => import('../features/learning/components/item-page'),
                    (m) => m.ItemPage,
                  ),
                },
                {
                  path: 'reactions',
                  lazy: page(
                    () => import('../features/reactions/components/reactions-page'),
                    (m) => m.ReactionsPage,
                  ),
                },
                {
                  path: 'reactions/:id',
                  lazy: page(
                    () => import('../features/reactions/components/reaction-page'),
                    (m) => m.ReactionPage,
                  ),
                },
                {
                  path: 'review',
                  lazy: page(
                    () => import('../features/reviews/components/review-page'),
                    (m) => m.ReviewPage,
                  ),
                },
                {
                  path: 'review/:week',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/reviews/components/review-week-page'),
                        import('../features/sharing/components/who-can-see'),
                      ]),
                    ([{ ReviewWeekPage }, { WhoCanSee }]) =>
                      function ReviewWeekWithSharing() {
                        return <ReviewWeekPage ShareControl={WhoCanSee} />;
                      },
                  ),
                },
                {
                  path: 'orgs',
                  lazy: page(
                    () => import('../features/orgs/components/orgs-page'),
                    (m) => m.OrgsPage,
                  ),
                },
                {
                  // The organization page asks about, and links to, the anonymous statistics.
                  path: 'orgs/:id',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/orgs/components/org-page'),
                        import('../features/statistics/components/org-statistics-section'),
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
                    () => import('../features/statistics/components/dashboard-page'),
                    (m) => m.DashboardPage,
                  ),
                },
                {
                  path: 'orgs/:id/statistics',
                  lazy: page(
                    () => import('../features/statistics/components/what-org-sees-page'),
                    (m) => m.WhatOrgSeesPage,
                  ),
                },
                {
                  path: 'orgs/:id/programs',
                  lazy: page(
                    () => import('../features/programs/components/programs-page'),
                    (m) => m.ProgramsPage,
                  ),
                },
                {
                  path: 'programs/:id',
                  lazy: page(
                    () => import('../features/programs/components/program-page'),
                    (m) => m.ProgramPage,
                  ),
                },
                {
                  path: 'orgs/:id/library',
                  lazy: page(
                    () => import('../features/library/components/library-page'),
                    (m) => m.LibraryPage,
                  ),
                },
                {
                  path: 'orgs/:id/library/proposals',
                  lazy: page(
                    () => import('../features/library/components/proposals-page'),
                    (m) => m.ProposalsPage,
                  ),
                },
                {
                  path: 'orgs/:id/library/:entryId',
                  lazy: page(
                    () => import('../features/library/components/entry-page'),
                    (m) => m.EntryPage,
                  ),
                },
                {
                  // The team page shows the team's shared work below its members: its vision and
                  // outcomes (team-vision), then its after-action reviews (after-action-reviews).
                  path: 'teams/:id',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/orgs/components/team-page'),
                        import('../features/team-vision/components/team-sections'),
                        import('../features/after-action-reviews/components/reviews-section'),
                        import('../features/statistics/components/team-dashboard-section'),
                      ]),
                    ([
                      { TeamPage },
                      { TeamSections },
                      { ReviewsSection },
                      { TeamDashboardSection },
                    ]) => {
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
                    () => import('../features/after-action-reviews/components/new-aar-page'),
                    (m) => m.NewAarPage,
                  ),
                },
                {
                  path: 'aars/:id',
                  lazy: page(
                    () => import('../features/after-action-reviews/components/aar-page'),
                    (m) => m.AarPage,
                  ),
                },
                {
                  path: 'shared',
                  lazy: page(
                    () => import('../features/sharing/components/shared-page'),
                    (m) => m.SharedPage,
                  ),
                },
                {
                  path: 'shared/:type/:id',
                  // Each feature shows its own kind of item; the sharing page only frames it.
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/sharing/components/shared-item-page'),
                        import('../features/aspirations/components/aspiration-read-view'),
                        import('../features/reflections/components/reflection-read-view'),
                        import('../features/learning/components/learning-read-view'),
                        import('../features/practices/components/practice-read-view'),
                        import('../features/beliefs/components/belief-read-view'),
                      ]),
                    ([
                      { SharedItemPage },
                      { AspirationReadView },
                      { ReflectionReadView },
                      { LearningReadView },
                      { PracticeReadView },
                      { BeliefReadView },
                    ]) => {
                      const views = {
                        Aspiration: AspirationReadView,
                        Reflection: ReflectionReadView,
                        LearningItem: LearningReadView,
                        Practice: PracticeReadView,
                        Belief: BeliefReadView,
                      };
                      return function SharedItemWithViews() {
                        return <SharedItemPage views={views} />;
                      };
                    },
                  ),
                },
                {
                  path: 'access-log',
                  lazy: page(
                    () => import('../features/sharing/components/access-log-page'),
                    (m) => m.AccessLogPage,
                  ),
                },
                {
                  path: 'feedback',
                  lazy: page(
                    () => import('../features/feedback/components/feedback-page'),
                    (m) => m.FeedbackPage,
                  ),
                },
                {
                  path: 'feedback/requests/:id',
                  lazy: page(
                    () => import('../features/feedback/components/request-page'),
                    (m) => m.RequestPage,
                  ),
                },
                {
                  path: 'feedback/asked/:id',
                  lazy: page(
                    () => import('../features/feedback/components/asked-page'),
                    (m) => m.AskedPage,
                  ),
                },
                {
                  path: 'delegation',
                  lazy: page(
                    () => import('../features/delegation/components/delegation-page'),
                    (m) => m.DelegationPage,
                  ),
                },
                {
                  path: 'delegation/:id',
                  lazy: page(
                    () => import('../features/delegation/components/agreement-page'),
                    (m) => m.AgreementPage,
                  ),
                },
                {
                  path: 'one-on-ones',
                  lazy: page(
                    () => import('../features/one-on-ones/components/one-on-ones-page'),
                    (m) => m.OneOnOnesPage,
                  ),
                },
                {
                  path: 'one-on-ones/:id',
                  lazy: page(
                    () => import('../features/one-on-ones/components/space-page'),
                    (m) => m.SpacePage,
                  ),
                },
                {
                  path: 'account',
                  lazy: page(
                    () => import('../features/account/components/account-page'),
                    (m) => m.AccountPage,
                  ),
                },
                {
                  path: 'account/data',
                  lazy: page(
                    () => import('../features/portability/components/your-data-page'),
                    (m) => m.YourDataPage,
                  ),
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
