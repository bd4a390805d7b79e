import { Purpose, PurposeBody } from '../../../contracts/vision';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';

/** How many earlier versions of the purpose are returned. */
const REVISIONS_SHOWN = 100;

async function loadPurpose(db: Db, userId: string): Promise<Purpose> {
  const revisions = await db
    .selectFrom('purposeRevisions')
    .select(['id', 'text', 'at'])
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(REVISIONS_SHOWN)
    .execute();
  const current = revisions[0];
  return { text: current?.text ?? null, updatedAt: current?.at ?? null, revisions };
}

/** A person's purpose — their why — kept as a list of versions; the newest is in force. */
export async function purposeRoutes(app: App, deps: ServerDeps) {
  app.get(
    '/api/purpose',
    {
      schema: {
        tags: ['vision'],
        summary: 'My purpose and its earlier versions',
        response: { 200: Purpose, ...errorResponses(401) },
      },
    },
    async (request) => loadPurpose(deps.db, callerId(request)),
  );

  app.put(
    '/api/purpose',
    {
      schema: {
        tags: ['vision'],
        summary: 'Write a new version of my purpose (earlier versions are kept)',
        body: PurposeBody,
        response: { 200: Purpose, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      const current = await loadPurpose(deps.db, userId);
      if (current.text !== request.body.text) {
        await deps.db
          .insertInto('purposeRevisions')
          .values({ id: newId(), userId, text: request.body.text, at: nowIso() })
          .execute();
      }
      return loadPurpose(deps.db, userId);
    },
  );
}
