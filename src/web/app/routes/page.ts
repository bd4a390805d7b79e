import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { loadAllWords } from '../../lib/i18n';

// Deliberately loose: each page names reads of its own answer types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Read = FetchQueryOptions<any, any, any, any>;

let pageReads: QueryClient | undefined;

/** What a page's route carries once loaded: the reads it draws first. */
export interface PageHandle {
  reads: readonly Read[];
}

/** The query cache the first pages' reads go into (set once, before the router starts). */
export function readPagesInto(queryClient: QueryClient): void {
  pageReads = queryClient;
}

/**
 * A page loaded when first visited, so the first screen (sign-in) stays small and each
 * feature's libraries (charts, Markdown) come with the pages that use them. It draws once all
 * the words are there too; a first page (Today, the app shell) whose words are in
 * `locales/en.json` passes `{ words: 'first' }` and does not wait for them.
 *
 * `reads` names the answers the page draws first (its module exports them): the first visit
 * waits for them too, so the page is drawn once, complete, inside the router's transition —
 * which React splits into short tasks — instead of a loading state and then a long redraw
 * when the answers come (issue 16, budget 5). They were usually started before the scripts
 * (`public/early-reads.js`). A failed read does not stop the page: it shows its error.
 *
 * Use: `{ path: 'vision', lazy: page(() => import('…/vision-page'), (m) => m.VisionPage) }`.
 */
export function page<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  {
    words = 'all',
    reads,
  }: { words?: 'first' | 'all'; reads?: (module: M) => readonly Read[] } = {},
) {
  return async () => {
    const [module] = await Promise.all([load(), words === 'all' ? loadAllWords() : undefined]);
    const client = pageReads;
    const first = reads?.(module) ?? [];
    if (client) await Promise.all(first.map((read) => client.prefetchQuery(read)));
    // The server reads them itself before it draws the page (src/web/server-render.tsx).
    const handle: PageHandle = { reads: first };
    return { Component: pick(module), handle };
  };
}
