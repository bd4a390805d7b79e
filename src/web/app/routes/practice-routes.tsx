import type { RouteObject } from 'react-router';
import { page } from './page';

/**
 * The pages of one person's own practice: today, journal, beliefs, vision, practices,
 * learning, reactions, weekly review and the account.
 * Signed-in pages inside the app shell; the router in ../router.tsx places them.
 */
export const practiceRoutes: RouteObject[] = [
  {
    path: 'today',
    lazy: page(
      () => import('../../features/today/components/today-page'),
      (m) => m.TodayPage,
      { words: 'first', reads: (m) => m.todayPageReads },
    ),
  },
  {
    path: 'journal',
    lazy: page(
      () => import('../../features/reflections/components/journal-page'),
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
          import('../../features/reflections/components/reflection-page'),
          import('../../features/beliefs/components/examine-belief-dialog'),
          import('../../features/sharing/components/who-can-see'),
        ]),
      ([{ ReflectionPage }, { ExamineBeliefDialog }, { WhoCanSee }]) =>
        function ReflectionWithBeliefs() {
          return <ReflectionPage ExamineBelief={ExamineBeliefDialog} ShareControl={WhoCanSee} />;
        },
    ),
  },
  {
    path: 'beliefs',
    lazy: page(
      () =>
        Promise.all([
          import('../../features/beliefs/components/beliefs-page'),
          import('../../features/sharing/components/who-can-see'),
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
      () => import('../../features/aspirations/components/vision-page'),
      (m) => m.VisionPage,
      { reads: (m) => m.visionPageReads },
    ),
  },
  {
    path: 'vision/aspirations/:id',
    lazy: page(
      () =>
        Promise.all([
          import('../../features/aspirations/components/aspiration-page'),
          import('../../features/sharing/components/who-can-see'),
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
      () => import('../../features/practices/components/practices-page'),
      (m) => m.PracticesPage,
    ),
  },
  {
    path: 'practices/:id',
    lazy: page(
      () =>
        Promise.all([
          import('../../features/practices/components/practice-page'),
          import('../../features/sharing/components/who-can-see'),
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
      () => import('../../features/learning/components/learning-page'),
      (m) => m.LearningPage,
    ),
  },
  {
    path: 'learning/:id',
    lazy: page(
      () => import('../../features/learning/components/item-page'),
      (m) => m.ItemPage,
    ),
  },
  {
    path: 'reactions',
    lazy: page(
      () => import('../../features/reactions/components/reactions-page'),
      (m) => m.ReactionsPage,
    ),
  },
  {
    path: 'reactions/:id',
    lazy: page(
      () => import('../../features/reactions/components/reaction-page'),
      (m) => m.ReactionPage,
    ),
  },
  {
    path: 'review',
    lazy: page(
      () => import('../../features/reviews/components/review-page'),
      (m) => m.ReviewPage,
    ),
  },
  {
    path: 'review/:week',
    lazy: page(
      () =>
        Promise.all([
          import('../../features/reviews/components/review-week-page'),
          import('../../features/sharing/components/who-can-see'),
        ]),
      ([{ ReviewWeekPage }, { WhoCanSee }]) =>
        function ReviewWeekWithSharing() {
          return <ReviewWeekPage ShareControl={WhoCanSee} />;
        },
    ),
  },
  {
    path: 'account',
    lazy: page(
      () => import('../../features/account/components/account-page'),
      (m) => m.AccountPage,
    ),
  },
  {
    path: 'account/data',
    lazy: page(
      () => import('../../features/portability/components/your-data-page'),
      (m) => m.YourDataPage,
    ),
  },
];
