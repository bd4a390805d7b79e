/**
 * The reads `public/early-reads.js` starts while the app's scripts load (issue 16, budget 5):
 * GET /api/me on every page and the first page's own reads, keyed by address.
 */
declare global {
  interface Window {
    __praxisEarly?: { startedAt: number; reads: Record<string, Promise<Response> | undefined> };
  }
}

/**
 * How long a first page's answers count as fresh (their queries' `staleTime`): read just before
 * the page is first drawn (app/routes/page.ts), they are not asked for again as it mounts. A
 * write still refreshes them at once (it invalidates them).
 */
export const FIRST_READ_FRESH_MS = 5_000;

/** An answer older than this is not used: the app asks again (a page opened much later). */
const FRESH_MS = 10_000;

/** Where the server's drawing of a first page gets its answers (src/web/server-render.tsx). */
type AnswerSource = (path: string) => Promise<Response> | undefined;
let serverAnswers: AnswerSource | undefined;

/**
 * On the server only: every GET the app makes is answered by `source` (the person's own
 * answers, asked of the server in-process for that request), never by the network.
 */
export function answerReadsFrom(source: AnswerSource): void {
  serverAnswers = source;
}

/**
 * The early read of `path`, taken once (a second request for it goes to the server), or
 * undefined when there is none to use. Only a GET without a body matches.
 */
export function takeEarlyRead(path: string): Promise<Response> | undefined {
  if (serverAnswers) return serverAnswers(path);
  const early = window.__praxisEarly;
  const read = early?.reads[path];
  if (!early || !read) return undefined;
  early.reads[path] = undefined;
  return Date.now() - early.startedAt <= FRESH_MS ? read : undefined;
}
