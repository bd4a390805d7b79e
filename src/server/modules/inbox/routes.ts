import { IdParams, NoContent } from '../../../contracts/common';
import { InboxCount, InboxPage, InboxQuery } from '../../../contracts/inbox';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { markAllInboxItemsRead, markInboxItemRead } from './commands';
import { presentInboxItem } from './presenters';
import { countUnread, listInbox } from './queries';

/** My inbox: what asks for my attention, each item linking to what it is about. */
export async function inboxRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'inbox');
  route.get(
    '/api/inbox',
    {
      summary: 'My inbox, newest first (only unread items with unread=true)',
      query: InboxQuery,
      reply: InboxPage,
      errors: [400, 401],
    },
    async (request) => {
      const page = await listInbox(db, callerId(request), request.query);
      return { items: page.items.map(presentInboxItem), nextCursor: page.nextCursor };
    },
  );
  route.get(
    '/api/inbox/count',
    { summary: 'How many items of my inbox I have not read', reply: InboxCount, errors: [401] },
    async (request) => ({ unread: await countUnread(db, callerId(request)) }),
  );
  route.post(
    '/api/inbox/:id/read',
    {
      summary: 'Mark one item of my inbox read',
      params: IdParams,
      reply: NoContent,
      status: 204,
      errors: [400, 401, 404],
    },
    async (request) => {
      await markInboxItemRead(db, callerId(request), request.params.id);
    },
  );
  route.post(
    '/api/inbox/read-all',
    { summary: 'Mark every item of my inbox read', reply: NoContent, status: 204, errors: [401] },
    async (request) => {
      await markAllInboxItemsRead(db, callerId(request));
    },
  );
}
