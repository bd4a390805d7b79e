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
          element: <RequireSignIn />,
          children: [
            {
              path: 'welcome',
              lazy: page(
                () => import('../features/vision/components/welcome-page'),
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
                    () => import('../features/journal/components/journal-page'),
                    (m) => m.JournalPage,
                  ),
                },
                {
                  // The app composes the two features: a reflection opens the belief dialog.
                  path: 'journal/:id',
                  lazy: page(
                    () =>
                      Promise.all([
                        import('../features/journal/components/reflection-page'),
                        import('../features/beliefs/components/belief-dialog'),
                      ]),
                    ([{ ReflectionPage }, { ExamineBeliefDialog }]) =>
                      function ReflectionWithBeliefs() {
                        return <ReflectionPage ExamineBelief={ExamineBeliefDialog} />;
                      },
                  ),
                },
                {
                  path: 'beliefs',
                  lazy: page(
                    () => import('../features/beliefs/components/beliefs-page'),
                    (m) => m.BeliefsPage,
                  ),
                },
                {
                  path: 'vision',
                  lazy: page(
                    () => import('../features/vision/components/vision-page'),
                    (m) => m.VisionPage,
                  ),
                },
                {
                  path: 'vision/aspirations/:id',
                  lazy: page(
                    () => import('../features/vision/components/aspiration-page'),
                    (m) => m.AspirationPage,
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
                    () => import('../features/practices/components/practice-page'),
                    (m) => m.PracticePage,
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
                    () => import('../features/reviews/components/review-week-page'),
                    (m) => m.ReviewWeekPage,
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
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
