import { IdParams } from '../../../contracts/common';
import {
  AccessLogEntry,
  CreateShareBody,
  Share,
  ShareCreated,
  SharedItem,
  SharedItemParams,
  SharedItemSummary,
  ShareListQuery,
} from '../../../contracts/sharing';
import { callerId } from '../../http/authenticate';
import { listRoute } from '../../http/list-route';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { readSharedItem, shareItem, unshare } from './commands';
import { accessLog, sharedWithMe, sharesOf } from './queries';

/**
 * Sharing by consent: an author shares an item with a person, a team or an organization and
 * can unshare at any time; every read by someone else goes into the author's access log.
 */
export async function sharingRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'sharing');
  route.post(
    '/api/shares',
    {
      summary: 'Share one of my items with a person, a team or an organization',
      body: CreateShareBody,
      reply: ShareCreated,
      status: 201,
      also: { 200: ShareCreated },
      errors: [400, 401, 403, 404],
    },
    async (request, reply) => {
      const { id, created } = await shareItem(db, callerId(request), request.body);
      // Sharing again what is already shared changes nothing: 200 with the existing share.
      return created ? { id } : reply.status(200).send({ id });
    },
  );
  route.delete(
    '/api/shares/:id',
    {
      summary: 'Unshare: access through this share ends at once',
      params: IdParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) => unshare(db, callerId(request), request.params.id),
  );
  listRoute(
    route,
    '/api/shares',
    {
      summary: 'Whom my items are shared with: one item, one kind, or all of them',
      item: Share,
      query: ShareListQuery,
      errors: [400, 401, 404],
    },
    (userId, query) => sharesOf(db, userId, query),
  );
  listRoute(
    route,
    '/api/shared-with-me',
    { summary: 'Items others share with me now, newest share first', item: SharedItemSummary },
    (userId, page) => sharedWithMe(db, userId, page),
  );
  route.get(
    '/api/shared/:itemType/:itemId',
    {
      summary: 'Read an item shared with me (read-only; the author sees that I read it)',
      params: SharedItemParams,
      reply: SharedItem,
      errors: [401, 404],
    },
    async (request) =>
      readSharedItem(db, callerId(request), request.params.itemType, request.params.itemId),
  );
  listRoute(
    route,
    '/api/access-log',
    { summary: 'Who read my shared items, and when (newest first)', item: AccessLogEntry },
    (userId, page) => accessLog(db, userId, page),
  );
}
