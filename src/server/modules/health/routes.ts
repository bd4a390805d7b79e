import { sql } from 'kysely';
import { Health } from '../../../contracts/health';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';

/** Liveness with the database: 200 when it answers, 503 when it does not. */
export async function healthRoutes(app: App, deps: ServerDeps) {
  const route = routeTable(app, 'health');
  route.get(
    '/api/health',
    {
      summary: 'Whether Praxis and its database answer',
      access: 'public',
      reply: Health,
      also: { 503: Health },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(deps.db);
        return { status: 'ok' as const, database: 'up' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'health check: database did not answer');
        return reply.status(503).send({ status: 'unavailable', database: 'down' });
      }
    },
  );
}
