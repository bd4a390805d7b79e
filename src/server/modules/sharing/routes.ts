import { z } from 'zod';
import { IdParams, NoContent, PageQuery, pageOf } from '../../../contracts/common';
import {
  AccessLogEntry,
  CreateShareBody,
  Share,
  SharedItem,
  SharedItemParams,
  SharedItemSummary,
  ShareListQuery,
} from '../../../contracts/sharing';
import type { ItemType } from '../../../contracts/sharing';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { notFound } from '../../errors';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { nowIso } from '../../lib/time';
import { findOwnAspiration, loadParts } from '../aspirations/commands';
import { findOwnBelief } from '../beliefs/commands';
import { presentBelief } from '../beliefs/presenters';
import { findOwnItem, loadSessions } from '../learning/commands';
import { presentLearningItemDetail } from '../learning/presenters';
import { findOwnPractice, loadCheckIns } from '../practices/commands';
import { presentPracticeDetail } from '../practices/presenters';
import { presentDetail } from '../aspirations/presenters';
import { findOwnReflection } from '../reflections/commands';
import { presentReflection } from '../reflections/presenters';
import { findOwnReviewById, loadRatings } from '../reviews/commands';
import { presentReview } from '../reviews/presenters';
import { decideAccess } from './access';
import { accessLog, logRead, sharedWithMe, shareItem, sharesOf, unshare } from './commands';

/** An item as its author has it; sharing reads it for someone the policy let through. */
async function presentItem(db: Db, itemType: ItemType, itemId: string, ownerId: string) {
  switch (itemType) {
    case 'aspiration': {
      const row = await findOwnAspiration(db, ownerId, itemId);
      const { revisions, assessments, steps } = (await loadParts(db, [itemId]))(itemId);
      return {
        itemType,
        item: presentDetail(row, revisions, assessments, steps, nowIso()),
      } as const;
    }
    case 'reflection':
      return {
        itemType,
        item: presentReflection(await findOwnReflection(db, ownerId, itemId)),
      } as const;
    case 'learning_item': {
      const row = await findOwnItem(db, ownerId, itemId);
      // The aspirations it serves are the author's own and not shared with it.
      return {
        itemType,
        item: presentLearningItemDetail(row, [], await loadSessions(db, itemId)),
      } as const;
    }
    case 'practice': {
      const row = await findOwnPractice(db, ownerId, itemId);
      const today = await todayFor(db, ownerId);
      return {
        itemType,
        item: presentPracticeDetail(row, await loadCheckIns(db, [itemId]), today),
      } as const;
    }
    case 'belief':
      return { itemType, item: presentBelief(await findOwnBelief(db, ownerId, itemId)) } as const;
    case 'weekly_review': {
      const row = await findOwnReviewById(db, ownerId, itemId);
      return { itemType, item: presentReview(row, await loadRatings(db, [itemId])) } as const;
    }
  }
}

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
          200: z.object({ id: z.string() }),
          201: z.object({ id: z.string() }),
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
    async (request) => ({
      items: await sharesOf(db, callerId(request), request.query),
      nextCursor: null,
    }),
  );

  app.get(
    '/api/shared-with-me',
    {
      schema: {
        tags,
        summary: 'Items others share with me now',
        response: { 200: pageOf(SharedItemSummary), ...errorResponses(401) },
      },
    },
    async (request) => ({ items: await sharedWithMe(db, callerId(request)), nextCursor: null }),
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
      const owner = await db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('id', '=', header.ownerId)
        .executeTakeFirstOrThrow();
      return {
        ...(await presentItem(db, itemType, itemId, header.ownerId)),
        owner,
        title: header.title,
      };
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
