import type { ServerResponse } from 'node:http';
import { AppError } from '../errors';
import { callerId } from '../http/authenticate';
import type { App, ServerDeps } from '../http/types';
import { type LiveBus, openLiveBus } from './bus';
import { installChangeNotices } from './change-notices';

/** How often an open stream sends a comment, so proxies and browsers keep it open. */
export const HEARTBEAT_MS = 25_000;

/**
 * `GET /api/events`: the live event stream of the signed-in person (server-sent events, with the
 * session cookie). Each message is `{ type, id }` — what changed, never its content — and the
 * web app reads that again. A comment every `HEARTBEAT_MS`; closing the page ends the stream and
 * its subscription. Not in the OpenAPI document, which cannot describe a stream that never ends.
 */
export async function liveEventRoutes(
  app: App,
  deps: ServerDeps,
  options: { heartbeatMs?: number } = {},
) {
  const bus: LiveBus = openLiveBus(deps.db, app.log);
  const open = new Set<ServerResponse>();
  installChangeNotices(app, deps.db);
  app.addHook('preClose', async () => {
    for (const stream of open) stream.end();
  });
  app.addHook('onClose', async () => bus.close());

  app.route({
    method: 'GET',
    url: '/api/events',
    schema: { hide: true },
    config: { access: 'session' },
    handler: async (request, reply) => {
      const personId = callerId(request);
      let unsubscribe: () => void;
      const stream = reply.raw;
      const send = (text: string) => {
        if (!stream.writableEnded) stream.write(text);
      };
      try {
        unsubscribe = await bus.subscribe(personId, (event) => {
          send(`data: ${JSON.stringify({ type: event.type, id: event.id })}\n\n`);
        });
      } catch {
        throw new AppError(503, 'live_unavailable', 'Live updates are not available just now.');
      }
      reply.hijack();
      stream.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      // The retry delay for the browser, and a first comment: the stream is listening from here.
      send('retry: 3000\n: listening\n\n');
      open.add(stream);
      const heartbeat = setInterval(
        () => send(': heartbeat\n\n'),
        options.heartbeatMs ?? HEARTBEAT_MS,
      );
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(stream);
      };
      request.raw.once('close', end);
      stream.once('close', end);
    },
  });
}
