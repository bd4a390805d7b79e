import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router';
import { PageLoading } from '../components/ui/page-loading';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { meQuery } from '../lib/session';
import { HomeRedirect, PublicOnly, RequireSignIn } from './route-guards';
import { orgRoutes } from './routes/org-routes';
import { page } from './routes/page';
import { practiceRoutes } from './routes/practice-routes';
import { togetherRoutes } from './routes/together-routes';

/** The app's router; `hydrationData` when it takes over a page the server drew (app/hydrate.ts). */
export function createAppRouter(routes = appRoutes(), hydrationData?: HydrationState) {
  return createBrowserRouter(routes, { hydrationData });
}

/** Every page of the app and who may see it. */
export function appRoutes(): RouteObject[] {
  return [
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
            {
              path: 'sign-up',
              lazy: page(
                () => import('../features/auth/components/sign-up-page'),
                (m) => m.SignUpPage,
              ),
            },
            {
              path: 'forgot-password',
              lazy: page(
                () => import('../features/auth/components/forgot-password-page'),
                (m) => m.ForgotPasswordPage,
              ),
            },
            {
              path: 'verify-email/:token',
              lazy: page(
                () => import('../features/auth/components/verify-email-page'),
                (m) => m.VerifyEmailPage,
              ),
            },
          ],
        },
        {
          // Works signed in or out (a reset signs every session out).
          path: 'reset-password/:token',
          lazy: page(
            () => import('../features/auth/components/reset-password-page'),
            (m) => m.ResetPasswordPage,
          ),
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
              // Loaded beside the page's own chunk, so the sign-in page stays small.
              lazy: page(
                () => import('./app-shell'),
                (m) => m.AppShell,
                { words: 'first', reads: () => [meQuery] },
              ),
              children: [...practiceRoutes, ...orgRoutes, ...togetherRoutes],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
