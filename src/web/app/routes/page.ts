import type { ComponentType } from 'react';
import { loadAllWords } from '../../lib/i18n';

/**
 * A page loaded when first visited, so the first screen (sign-in) stays small and each
 * feature's libraries (charts, Markdown) come with the pages that use them. It draws once all
 * the words are there too; a first page (Today, the app shell) whose words are in
 * `locales/en.json` passes `{ words: 'first' }` and does not wait for them.
 * Use: `{ path: 'vision', lazy: page(() => import('…/vision-page'), (m) => m.VisionPage) }`.
 */
export function page<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  { words }: { words: 'first' | 'all' } = { words: 'all' },
) {
  return async () => {
    const [module] = await Promise.all([load(), words === 'all' ? loadAllWords() : undefined]);
    return { Component: pick(module) };
  };
}
