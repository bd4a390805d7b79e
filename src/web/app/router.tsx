import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/components/account-page';
import { ExamineBeliefDialog } from '../features/beliefs/components/belief-dialog';
import { BeliefsPage } from '../features/beliefs/components/beliefs-page';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { SignUpPage } from '../features/auth/components/sign-up-page';
import { JournalPage } from '../features/journal/components/journal-page';
import { ReflectionPage } from '../features/journal/components/reflection-page';
import { PracticePage } from '../features/practices/components/practice-page';
import { PracticesPage } from '../features/practices/components/practices-page';
import { ReviewPage } from '../features/reviews/components/review-page';
import { ReviewWeekPage } from '../features/reviews/components/review-week-page';
import { TodayPage } from '../features/today/components/today-page';
import { AspirationPage } from '../features/vision/components/aspiration-page';
import { VisionPage } from '../features/vision/components/vision-page';
import { WelcomePage } from '../features/vision/components/welcome-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { HomeRedirect, PublicOnly, RequireSignIn } from './route-guards';

/** Every page of the app and who may see it. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
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
            { path: 'welcome', element: <WelcomePage /> },
            {
              element: <AppShell />,
              children: [
                { path: 'today', element: <TodayPage /> },
                { path: 'journal', element: <JournalPage /> },
                {
                  // The app composes the two features: a reflection opens the belief dialog.
                  path: 'journal/:id',
                  element: <ReflectionPage ExamineBelief={ExamineBeliefDialog} />,
                },
                { path: 'beliefs', element: <BeliefsPage /> },
                { path: 'vision', element: <VisionPage /> },
                { path: 'vision/aspirations/:id', element: <AspirationPage /> },
                { path: 'practices', element: <PracticesPage /> },
                { path: 'practices/:id', element: <PracticePage /> },
                { path: 'review', element: <ReviewPage /> },
                { path: 'review/:week', element: <ReviewWeekPage /> },
                { path: 'account', element: <AccountPage /> },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
