import { Purpose, PurposeBody } from '../../../contracts/vision';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { writePurpose } from './commands';
import { loadPurpose } from './queries';

/** A person's purpose — their why — kept as a list of versions; the newest is in force. */
export async function purposeRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'vision');
  route.get(
    '/api/purpose',
    { summary: 'My purpose and its earlier versions', reply: Purpose, errors: [401] },
    async (request) => loadPurpose(db, callerId(request)),
  );
  route.put(
    '/api/purpose',
    {
      summary: 'Write a new version of my purpose (earlier versions are kept)',
      body: PurposeBody,
      reply: Purpose,
      errors: [400, 401, 403],
    },
    async (request) => {
      await writePurpose(db, callerId(request), request.body.text);
      return loadPurpose(db, callerId(request));
    },
  );
}
