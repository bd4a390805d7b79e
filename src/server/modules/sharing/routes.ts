import { IdParams, NoContent, PageQuery, pageOf } from '../../../contracts/common';
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
import { notFound } from '../../errors';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { decideAccess } from './access';
import { logRead, shareItem, unshare } from './commands';
import { accessLog, sharedItemView, sharedWithMe, sharesOf } from './queries';

/**
 * Sharing by consent: an author shares an item with a person, a team or an organization and
 * can unshare at any time; every read by someone else goes into the author's access log.
 */
export async function sharingRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['sharing'];

  app.post(
    '/api/shares',
    {
      schema: {
        tags,
        summary: 'Share one of my items with a person, a team or an organization',
        body: CreateShareBody,
        response: {
          200: ShareCreated,
          201: ShareCreated,
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { id, created } = await shareItem(db, callerId(request), request.body);
      return reply.status(created ? 201 : 200).send({ id });
    },
  );

  app.delete(
    '/api/shares/:id',
    {
      schema: {
        tags,
        summary: 'Unshare: access through this share ends at once',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await unshare(db, callerId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/shares',
    {
      schema: {
        tags,
        summary: 'Whom my items are shared with: one item, one kind, or all of them',
        querystring: ShareListQuery,
        response: { 200: pageOf(Share), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => sharesOf(db, callerId(request), request.query),
  );

  app.get(
    '/api/shared-with-me',
    {
      schema: {
        tags,
        summary: 'Items others share with me now, newest share first',
        querystring: PageQuery,
        response: { 200: pageOf(SharedItemSummary), ...errorResponses(400, 401) },
      },
    },
    async (request) => sharedWithMe(db, callerId(request), request.query),
  );

  app.get(
    '/api/shared/:itemType/:itemId',
    {
      schema: {
        tags,
        summary: 'Read an item shared with me (read-only; the author sees that I read it)',
        params: SharedItemParams,
        response: { 200: SharedItem, ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const viewerId = callerId(request);
      const { itemType, itemId } = request.params;
      const { access, header } = await decideAccess(db, viewerId, itemType, itemId);
      if (access === 'none' || !header) throw notFound('No such item.');
      if (access === 'shared') {
        await logRead(db, {
          ownerId: header.ownerId,
          readerId: viewerId,
          itemType,
          itemId,
          itemTitle: header.title,
        });
      }
      return sharedItemView(db, itemType, itemId, header);
    },
  );

  app.get(
    '/api/access-log',
    {
      schema: {
        tags,
        summary: 'Who read my shared items, and when (newest first)',
        querystring: PageQuery,
        response: { 200: pageOf(AccessLogEntry), ...errorResponses(400, 401) },
      },
    },
    async (request) => accessLog(db, callerId(request), request.query),
  );
}
