import { NoContent, pageOf, pageQuery } from '../../../contracts/common';
import {
  Aar,
  AarParams,
  AarSummary,
  ActionItem,
  ActionItemBody,
  ActionItemParams,
  CarriedActionItem,
  CreateAarBody,
  OpenActionItemsQuery,
  TeamAarParams,
  UpdateAarBody,
  UpdateActionItemBody,
} from '../../../contracts/after-action-reviews';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import {
  addActionItem,
  createReview,
  deleteActionItem,
  deleteReview,
  updateActionItem,
  updateReview,
} from './commands';
import { listReviews, loadReview, teamOpenItems } from './queries';
import { presentActionItem, presentCarried, presentReview, presentSummary } from './presenters';

const reviewFor = async (db: Db, reviewId: string, userId: string) =>
  presentReview(await loadReview(db, reviewId, userId));

/**
 * After-action reviews, the team's learning: what was expected, what happened, why the
 * difference, what we will do next time; action items carried into later reviews until done.
 * Team content: for the team's members now, and no one else.
 */
export async function afterActionReviewRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['after-action reviews'];

  app.get(
    '/api/teams/:id/aars',
    {
      schema: {
        tags,
        summary: 'The team’s after-action reviews, latest first (team members only)',
        params: TeamAarParams,
        querystring: pageQuery('dated'),
        response: { 200: pageOf(AarSummary), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const page = await listReviews(db, request.params.id, callerId(request), request.query);
      return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/teams/:id/aars',
    {
      schema: {
        tags,
        summary:
          'Write an after-action review of the team; it carries the open action items of earlier ones',
        params: TeamAarParams,
        body: CreateAarBody,
        response: { 201: Aar, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const id = await createReview(db, request.params.id, userId, request.body);
      return reply.status(201).send(await reviewFor(db, id, userId));
    },
  );

  app.get(
    '/api/teams/:id/action-items',
    {
      schema: {
        tags,
        summary: 'The team’s open action items from all its reviews (what a new review carries)',
        params: TeamAarParams,
        querystring: OpenActionItemsQuery,
        response: { 200: pageOf(CarriedActionItem), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({
      items: (
        await teamOpenItems(db, request.params.id, callerId(request), request.query.ownerId)
      ).map(presentCarried),
      nextCursor: null,
    }),
  );

  app.get(
    '/api/aars/:id',
    {
      schema: {
        tags,
        summary: 'One review with its action items and the open ones carried from earlier reviews',
        params: AarParams,
        response: { 200: Aar, ...errorResponses(401, 404) },
      },
    },
    async (request) => reviewFor(db, request.params.id, callerId(request)),
  );

  app.patch(
    '/api/aars/:id',
    {
      schema: {
        tags,
        summary: 'Change a review’s title, date or answers (team members)',
        params: AarParams,
        body: UpdateAarBody,
        response: { 200: Aar, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await updateReview(db, request.params.id, userId, request.body);
      return reviewFor(db, request.params.id, userId);
    },
  );

  app.delete(
    '/api/aars/:id',
    {
      schema: {
        tags,
        summary: 'Delete a review with its action items (its writer or the team’s leaders)',
        params: AarParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteReview(db, request.params.id, callerId(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/aars/:id/action-items',
    {
      schema: {
        tags,
        summary: 'Add an action item owned by a member of the team',
        params: AarParams,
        body: ActionItemBody,
        response: { 201: ActionItem, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentActionItem(
            await addActionItem(db, request.params.id, callerId(request), request.body),
          ),
        ),
  );

  app.patch(
    '/api/aars/:id/action-items/:itemId',
    {
      schema: {
        tags,
        summary: 'Change an action item, or mark it done (or open again)',
        params: ActionItemParams,
        body: UpdateActionItemBody,
        response: { 200: ActionItem, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { id, itemId } = request.params;
      return presentActionItem(
        await updateActionItem(db, id, itemId, callerId(request), request.body),
      );
    },
  );

  app.delete(
    '/api/aars/:id/action-items/:itemId',
    {
      schema: {
        tags,
        summary: 'Remove an action item',
        params: ActionItemParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, itemId } = request.params;
      await deleteActionItem(db, id, itemId, callerId(request));
      return reply.status(204).send(null);
    },
  );
}
