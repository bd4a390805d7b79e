import type { RouteObject } from 'react-router';
import { page } from './page';

/**
 * The pages people share with each other: the inbox, shared items, the access log, feedback,
 * delegation and one-on-ones.
 * Signed-in pages inside the app shell; the router in ../router.tsx places them.
 */
export const togetherRoutes: RouteObject[] = [
  {
    path: 'inbox',
    lazy: page(
      () => import('../../features/inbox/components/inbox-page'),
      (m) => m.InboxPage,
    ),
  },
  {
    path: 'shared',
    lazy: page(
      () => import('../../features/sharing/components/shared-page'),
      (m) => m.SharedPage,
    ),
  },
  {
    path: 'shared/:type/:id',
    // Each feature shows its own kind of item; the sharing page only frames it.
    lazy: page(
      () =>
        Promise.all([
          import('../../features/sharing/components/shared-item-page'),
          import('../../features/aspirations/components/aspiration-read-view'),
          import('../../features/reflections/components/reflection-read-view'),
          import('../../features/learning/components/learning-read-view'),
          import('../../features/practices/components/practice-read-view'),
          import('../../features/beliefs/components/belief-read-view'),
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
      () => import('../../features/sharing/components/access-log-page'),
      (m) => m.AccessLogPage,
    ),
  },
  {
    path: 'feedback',
    lazy: page(
      () => import('../../features/feedback/components/feedback-page'),
      (m) => m.FeedbackPage,
    ),
  },
  {
    path: 'feedback/requests/:id',
    lazy: page(
      () => import('../../features/feedback/components/request-page'),
      (m) => m.RequestPage,
    ),
  },
  {
    path: 'feedback/asked/:id',
    lazy: page(
      () => import('../../features/feedback/components/asked-page'),
      (m) => m.AskedPage,
    ),
  },
  {
    path: 'delegation',
    lazy: page(
      () => import('../../features/delegation/components/delegation-page'),
      (m) => m.DelegationPage,
    ),
  },
  {
    path: 'delegation/:id',
    lazy: page(
      () => import('../../features/delegation/components/agreement-page'),
      (m) => m.AgreementPage,
    ),
  },
  {
    path: 'one-on-ones',
    lazy: page(
      () => import('../../features/one-on-ones/components/one-on-ones-page'),
      (m) => m.OneOnOnesPage,
    ),
  },
  {
    path: 'one-on-ones/:id',
    lazy: page(
      () => import('../../features/one-on-ones/components/space-page'),
      (m) => m.SpacePage,
    ),
  },
];
