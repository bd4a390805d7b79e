import './styles.css';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes, RouterProvider } from 'react-router';
import { appRoutes, createAppRouter } from './app/router';
import { readPagesInto } from './app/routes/page';
import { ToastProvider } from './components/ui/toast';
import { loadAllWords, setUpI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';
import { watchTheme } from './lib/theme';

setUpI18n();
watchTheme();

const queryClient = createQueryClient();
readPagesInto(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// A first page the server drew for this person (src/web/server-render.tsx), with its answers.
const drawn = document.getElementById('praxis-first-page');

/**
 * Marks `<html data-app="started">` once the app has drawn or taken over the page: until then a
 * page the server drew is only markup (a press on it does nothing). The e2e tests wait for it.
 */
function Started() {
  useEffect(() => {
    document.documentElement.dataset.app = 'started';
  }, []);
  return null;
}

/**
 * Gives the browser its main thread back for a moment (a task of its own after this one), so
 * that starting the app is several short tasks instead of one long one: a press or a frame
 * waits less, and Lighthouse counts no blocking time for them (issue 16, budget 5).
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The app around its router. */
function appOf(router: ReturnType<typeof createAppRouter>) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider navigate={(to) => void router.navigate(to)}>
          <RouterProvider router={router} />
        </ToastProvider>
        <Started />
      </QueryClientProvider>
    </StrictMode>
  );
}

/**
 * Makes ready to take over the page the server drew: its answers in the query cache, its styles
 * put back, and the modules of its routes loaded (they were preloaded by the HTML), so that the
 * first drawing matches the markup instead of a loading state.
 */
async function prepareDrawnPage(
  container: HTMLElement,
  first: HTMLElement,
  routes: ReturnType<typeof appRoutes>,
) {
  hydrate(queryClient, JSON.parse(first.textContent ?? '{}'));
  // The CSP refuses style attributes in markup: the server sent them aside (server-render.tsx).
  for (const element of container.querySelectorAll<HTMLElement>('[data-ssr-style]')) {
    element.style.cssText = element.dataset.ssrStyle ?? '';
    element.removeAttribute('data-ssr-style');
  }
  const lazy = (matchRoutes(routes, window.location) ?? []).map((match) => match.route);
  await Promise.all(
    lazy.map(async (route) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}

async function start(container: HTMLElement) {
  if (!drawn) {
    createRoot(container).render(appOf(createAppRouter(appRoutes())));
    return;
  }
  // The modules have just been evaluated, in one task: the routes are matched in the next.
  await yieldToBrowser();
  const routes = appRoutes();
  await prepareDrawnPage(container, drawn, routes);
  await yieldToBrowser();
  const app = appOf(createAppRouter(routes, { loaderData: {}, actionData: null, errors: null }));
  // Taking over the drawn page is a transition: React splits it into short tasks.
  await yieldToBrowser();
  startTransition(() => void hydrateRoot(container, app));
}
void start(root);

// The other pages' words come once the first page is drawn and the browser is idle, so a
// menu or the next page does not wait for them; a page opened first waits for them itself.
window.addEventListener('load', () => {
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  later(() => void loadAllWords().catch(() => undefined));
});
