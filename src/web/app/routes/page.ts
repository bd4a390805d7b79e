import type { ComponentType } from 'react';

/**
 * A page loaded when first visited, so the first screen (sign-in) stays small and each
 * feature's libraries (charts, Markdown) come with the pages that use them.
 * Use: `{ path: 'today', lazy: page(() => import('…/today-page'), (m) => m.TodayPage) }`.
 */
export function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}
