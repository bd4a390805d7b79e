import { sql } from 'kysely';
import { z } from 'zod';
import type { App, ServerDeps } from '../../http/types';

const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
});

/** Liveness with the database: 200 when it answers, 503 when it does not. */
export async function healthRoutes(app: App, deps: ServerDeps) {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Whether Praxis and its database answer',
        response: { 200: Health, 503: Health },
      },
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
