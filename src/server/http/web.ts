import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { SESSION_COOKIE } from './authenticate';
import { firstPageDrawer } from './first-page';
import type { App } from './types';

/** Per-page index.html copies that preload the page's own chunks (scripts/route-pages.ts). */
const ROUTE_PAGES = 'pages';

/** The static front door (`src/web/front-door.html`), served at "/" to whoever has no session. */
const FRONT_DOOR = 'front-door.html';

/**
 * Serves the built web app: hashed assets cached for a year, index.html never cached, each
 * file as the brotli or gzip copy the build made when the browser accepts it, and
 * index.html for any other page address so the client router can take it (for a first page, its
 * copy that preloads the page's chunks: scripts/route-pages.ts) — except "/" without
 * a session cookie, which is the static front door (docs/decisions/0033-front-door.md).
 * Unknown /api addresses answer 404 JSON.
 */
export async function installWebApp(app: App, webDir: string) {
  const built = existsSync(path.join(webDir, 'index.html'));
  const pagesDir = path.join(webDir, ROUTE_PAGES);
  // "/today" → "pages/today.html", when the build made one for that page.
  const routePages = new Map(
    (existsSync(pagesDir) ? readdirSync(pagesDir) : [])
      .filter((file) => file.endsWith('.html'))
      .map((file) => [`/${file.slice(0, -'.html'.length)}`, `${ROUTE_PAGES}/${file}`]),
  );
  if (built) {
    const compressed = { index: false, preCompressed: true } as const;
    // The hashed assets (hundreds of files with their .br and .gz copies) as one wildcard route:
    // a route per file made start-up register some 1,500 routes (docs/performance.md).
    await app.register(fastifyStatic, {
      ...compressed,
      root: path.join(webDir, 'assets'),
      prefix: '/assets/',
      wildcard: true,
      decorateReply: false,
      setHeaders(res) {
        res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    // The few files beside them (index.html, the front door, the favicon…), a route each.
    await app.register(fastifyStatic, {
      ...compressed,
      root: webDir,
      wildcard: false,
      globIgnore: ['assets/**'],
      setHeaders(res) {
        res.header('cache-control', 'no-cache');
      },
    });
  }
  // Today and Vision drawn by the server for a signed-in person (decision 0068).
  const sendFirstPage = built ? await firstPageDrawer(app, webDir) : undefined;
  app.setNotFoundHandler(async (request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api');
    if (isPage && built) {
      const pathname = request.url.split('?')[0]!;
      if (pathname === '/') {
        // The same address answers two pages, chosen by the cookie: caches must keep them apart.
        reply.header('vary', 'cookie');
        if (!request.cookies[SESSION_COOKIE]) {
          return reply.header('cache-control', 'no-cache').sendFile(FRONT_DOOR);
        }
      }
      const routePage = routePages.get(pathname.replace(/\/$/, ''));
      if (routePage && request.method === 'GET' && sendFirstPage) {
        if (await sendFirstPage(request, reply, routePage)) return reply;
      }
      return reply.header('cache-control', 'no-cache').sendFile(routePage ?? 'index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: isPage
          ? 'The web app is not built here; run `npm run build`.'
          : `No route ${request.method} ${request.url.split('?')[0]}.`,
        details: null,
      },
    });
  });
}
