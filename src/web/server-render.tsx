import { AsyncLocalStorage } from 'node:async_hooks';
import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { User } from '../contracts/accounts';
import { appRoutes } from './app/router';
import type { PageHandle } from './app/routes/page';
import { ToastProvider } from './components/ui/toast';
import firstWords from './locales/en.json';
import { answerReadsFrom } from './lib/early-reads';
import { createQueryClient } from './lib/query-client';
import { meQuery } from './lib/session';
import { addWords } from './lib/words';

/**
 * The server's drawing of a first page (Today, Vision) for the person whose request it is
 * (issue 16, budget 5; docs/decisions/0068-first-page-drawn-by-the-server.md): the same routes
 * and components as the browser's, from the answers of the page's own reads, which the app's
 * API client gets from `answer` — the server's own API, asked in-process with that request's
 * cookie — and never from the network. Built by `vite build --ssr` into dist/ssr.
 */

/** One person's answers for one drawing; AsyncLocalStorage keeps concurrent drawings apart. */
type Answer = (path: string) => Promise<Response>;
const answers = new AsyncLocalStorage<Answer>();
answerReadsFrom((path) => {
  const answer = answers.getStore();
  // Outside a drawing nothing is read: the server never asks the network for itself.
  return answer ? answer(path) : Promise.resolve(new Response(null, { status: 503 }));
});
addWords(firstWords);

/** What the browser gets: the page's markup and the answers it was drawn from. */
export interface FirstPage {
  html: string;
  /** TanStack Query's dehydrated cache, for `hydrate` (src/web/main.tsx). */
  state: unknown;
}

/**
 * Draws `url` for the person `answer` speaks for, or undefined when the server should send the
 * plain page instead: nobody signed in, a read that failed, a redirect, an unknown address.
 */
export function renderFirstPage(url: URL, answer: Answer): Promise<FirstPage | undefined> {
  return answers.run(answer, () => render(url));
}

async function render(url: URL): Promise<FirstPage | undefined> {
  const queryClient = createQueryClient();
  const me = await queryClient.fetchQuery(meQuery).catch(() => null);
  if (!isUser(me)) return undefined;
  const routes = appRoutes();
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(url));
  if (context instanceof Response || context.errors || context.statusCode !== 200) return undefined;
  const reads = context.matches.flatMap((match) => (match.route.handle as PageHandle)?.reads ?? []);
  try {
    await Promise.all(reads.map((read) => queryClient.fetchQuery(read)));
  } catch {
    return undefined;
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const page = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider navigate={() => undefined}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>
  );
  const html = await draw(page);
  return { html: withoutStyleAttributes(html), state: dehydrate(queryClient) };
}

/**
 * The CSP's `style-src 'self'` refuses `style` attributes in markup (a bar's width, a marker's
 * place); they travel as `data-ssr-style` and the app sets them through the CSSOM, which the CSP
 * allows, before it takes over the page (src/web/main.tsx). React escapes `"` in text, so only
 * attributes match.
 */
function withoutStyleAttributes(html: string): string {
  return html.replaceAll(' style="', ' data-ssr-style="');
}

async function draw(page: ReactNode): Promise<string> {
  const failed: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(page, {
    onError: (error) => void failed.push(error),
    // Every part in place, in order: past this many bytes React would send a part apart, to be
    // put in place by an inline script, which the CSP refuses.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  // A part that failed here would be drawn by the browser after an inline script: the plain
  // page goes instead.
  if (failed.length > 0) throw new AggregateError(failed, 'Parts of the page failed to draw.');
  if (html.includes('<script') || html.includes('<template'))
    throw new Error('The page had parts to put in place by script.');
  return html;
}

function isUser(me: unknown): me is User {
  return typeof me === 'object' && me !== null;
}
