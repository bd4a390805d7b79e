import { pageOf, pageQuery } from '../../../contracts/common';
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
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
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
export async function afterActionReviewRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'after-action reviews');

  route.get(
    '/api/teams/:id/aars',
    {
      summary: 'The team’s after-action reviews, latest first (team members only)',
      params: TeamAarParams,
      query: pageQuery('dated'),
      reply: pageOf(AarSummary),
      errors: [400, 401, 404],
    },
    async (request) => {
      const page = await listReviews(db, request.params.id, callerId(request), request.query);
      return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
    },
  );
  route.post(
    '/api/teams/:id/aars',
    {
      summary:
        'Write an after-action review of the team; it carries the open action items of earlier ones',
      params: TeamAarParams,
      body: CreateAarBody,
      reply: Aar,
      status: 201,
      errors: [400, 401, 403, 404, 413],
    },
    async (request) => {
      const userId = callerId(request);
      return reviewFor(db, await createReview(db, request.params.id, userId, request.body), userId);
    },
  );
  route.get(
    '/api/teams/:id/action-items',
    {
      summary: 'The team’s open action items from all its reviews (what a new review carries)',
      params: TeamAarParams,
      query: OpenActionItemsQuery,
      reply: pageOf(CarriedActionItem),
      errors: [400, 401, 404],
    },
    async (request) => {
      const page = await teamOpenItems(db, request.params.id, callerId(request), request.query);
      return { items: page.items.map(presentCarried), nextCursor: page.nextCursor };
    },
  );

  route.get(
    '/api/aars/:id',
    {
      summary: 'One review with its action items and the open ones carried from earlier reviews',
      params: AarParams,
      reply: Aar,
      errors: [401, 404],
    },
    async (request) => reviewFor(db, request.params.id, callerId(request)),
  );
  route.patch(
    '/api/aars/:id',
    {
      summary: 'Change a review’s title, date or answers (team members)',
      params: AarParams,
      body: UpdateAarBody,
      reply: Aar,
      errors: [400, 401, 403, 404, 413],
    },
    async (request) => {
      const userId = callerId(request);
      await updateReview(db, request.params.id, userId, request.body);
      return reviewFor(db, request.params.id, userId);
    },
  );
  route.delete(
    '/api/aars/:id',
    {
      summary: 'Delete a review with its action items (its writer or the team’s leaders)',
      params: AarParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) => deleteReview(db, request.params.id, callerId(request)),
  );

  route.post(
    '/api/aars/:id/action-items',
    {
      summary: 'Add an action item owned by a member of the team',
      params: AarParams,
      body: ActionItemBody,
      reply: ActionItem,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) =>
      presentActionItem(
        await addActionItem(db, request.params.id, callerId(request), request.body),
      ),
  );
  route.patch(
    '/api/aars/:id/action-items/:itemId',
    {
      summary: 'Change an action item, or mark it done (or open again)',
      params: ActionItemParams,
      body: UpdateActionItemBody,
      reply: ActionItem,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const { id, itemId } = request.params;
      return presentActionItem(
        await updateActionItem(db, id, itemId, callerId(request), request.body),
      );
    },
  );
  route.delete(
    '/api/aars/:id/action-items/:itemId',
    {
      summary: 'Remove an action item',
      params: ActionItemParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) =>
      deleteActionItem(db, request.params.id, request.params.itemId, callerId(request)),
  );
}
