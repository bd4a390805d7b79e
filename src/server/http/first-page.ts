import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './types';

/** What `vite build --ssr` makes of src/web/server-render.tsx. */
interface ServerRender {
  renderFirstPage(
    url: URL,
    answer: (path: string) => Promise<Response>,
  ): Promise<{ html: string; state: unknown } | undefined>;
}

/** The pages drawn here: those whose route names the reads they draw first (`page(…, { reads })`). */
const DRAWN_PAGES = new Set(['/today', '/vision']);

/** The JSON block the browser's app hydrates from (src/web/main.tsx reads it by this id). */
const STATE_ID = 'praxis-first-page';

/**
 * Draws a first page (Today, Vision) on the server for the person whose request it is
 * (docs/decisions/0068-first-page-drawn-by-the-server.md): the page's own reads are asked of
 * this server in-process with the request's cookie (`app.inject`), so who may read what is
 * decided where it always is; the answers go with the markup in a `<script
 * type="application/json">` block, which the CSP allows because it never runs. Nothing is
 * cached. Undefined when there is no build of the drawing (dist/ssr) for `webDir`.
 */
export async function firstPageDrawer(app: App, webDir: string) {
  const entry = path.join(webDir, '..', 'ssr', 'server-render.js');
  if (!existsSync(entry)) return undefined;
  // Loaded with the first drawn page, not at start: the cold start stays the server's own.
  let drawing: Promise<ServerRender> | undefined;
  const renderFirstPage: ServerRender['renderFirstPage'] = async (url, answer) => {
    // A failed load is not kept: the next page tries again (the plain page goes meanwhile).
    drawing ??= (import(pathToFileURL(entry).href) as Promise<ServerRender>).catch(
      (error: unknown) => {
        drawing = undefined;
        throw error;
      },
    );
    return (await drawing).renderFirstPage(url, answer);
  };
  const templates = new Map<string, string>();

  /** Sends the drawn page and true, or false when the plain page should go instead. */
  return async function sendFirstPage(
    request: FastifyRequest,
    reply: FastifyReply,
    file: string,
  ): Promise<boolean> {
    const cookie = request.headers.cookie;
    const pathname = request.url.split('?')[0]!.replace(/\/$/, '');
    if (!cookie || !DRAWN_PAGES.has(pathname)) return false;
    const answer = async (apiPath: string) => {
      const res = await app.inject({
        method: 'GET',
        url: apiPath,
        headers: { cookie, accept: 'application/json' },
      });
      // A renewed session's cookie goes on to the browser, with whichever page is sent.
      const renewed = res.headers['set-cookie'];
      for (const value of renewed === undefined ? [] : [renewed].flat())
        reply.header('set-cookie', value);
      return new Response(res.body, {
        status: res.statusCode,
        headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
      });
    };
    const drawn = await renderFirstPage(new URL(request.url, 'http://praxis.local'), answer).catch(
      (error: unknown) => {
        request.log.error({ err: error }, 'The first page could not be drawn on the server.');
        return undefined;
      },
    );
    if (!drawn) return false;
    let template = templates.get(file);
    if (template === undefined) {
      template = scriptsAfterPaint(readFileSync(path.join(webDir, file), 'utf8'));
      templates.set(file, template);
    }
    // `<` written as \u003c: the answers cannot close the block (or open a comment) early.
    const state = JSON.stringify(drawn.state).replace(/</g, '\\u003c');
    const html = template.replace(
      '<div id="root"></div>',
      `<div id="root">${drawn.html}</div><script type="application/json" id="${STATE_ID}">${state}</script>`,
    );
    // One person's page: never kept by a shared cache, never served for another cookie.
    reply.header('cache-control', 'private, no-cache').header('vary', 'cookie');
    reply.type('text/html; charset=utf-8');
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (/\bbr\b/.test(accepts)) {
      const body = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      await reply.header('content-encoding', 'br').send(body);
    } else if (/\bgzip\b/.test(accepts)) {
      await reply.header('content-encoding', 'gzip').send(gzipSync(html, { level: 6 }));
    } else {
      await reply.send(html);
    }
    return true;
  };
}

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const EARLY_READS = /\s*<script src="\/early-reads\.js" defer><\/script>/;

/**
 * The page's HTML for a drawn page: no early reads (the answers are in the page), and its
 * modules asked for only once the page is painted (public/after-paint.js), so the first paint
 * does not share the line with 150 KB of scripts.
 */
export function scriptsAfterPaint(template: string): string {
  const modules = [
    ...[...template.matchAll(MODULE_SCRIPT)].map((match) => match[1]!),
    ...[...template.matchAll(MODULE_PRELOAD)].map((match) => match[1]!),
  ];
  const list = JSON.stringify(modules).replace(/"/g, '&quot;');
  return template
    .replace(EARLY_READS, '')
    .replace(MODULE_PRELOAD, '')
    .replace(
      MODULE_SCRIPT,
      `\n    <script src="/after-paint.js" defer data-modules="${list}"></script>`,
    );
}
