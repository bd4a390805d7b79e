import { pageQuery } from '../../../contracts/common';
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
import { callerId } from '../../http/authenticate';
import { foundAndPresented } from '../../http/found-and-presented';
import { listRoute } from '../../http/list-route';
import { presentedPage } from '../../http/presented-page';
import { readAndChangeRoutes } from '../../http/read-and-change-routes';
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

const reviewFor = foundAndPresented(loadReview, presentReview);
const reviewsPage = presentedPage(listReviews, presentSummary);
const openItemsPage = presentedPage(teamOpenItems, presentCarried);

/**
 * After-action reviews, the team's learning: what was expected, what happened, why the
 * difference, what we will do next time; action items carried into later reviews until done.
 * Team content: for the team's members now, and no one else.
 */
export async function afterActionReviewRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'after-action reviews');

  listRoute(
    route,
    '/api/teams/:id/aars',
    {
      summary: 'The team’s after-action reviews, latest first (team members only)',
      item: AarSummary,
      params: TeamAarParams,
      query: pageQuery('dated'),
      errors: [400, 401, 404],
    },
    (userId, query, params) => reviewsPage(db, params.id, userId, query),
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
  listRoute(
    route,
    '/api/teams/:id/action-items',
    {
      summary: 'The team’s open action items from all its reviews (what a new review carries)',
      item: CarriedActionItem,
      params: TeamAarParams,
      query: OpenActionItemsQuery,
      errors: [400, 401, 404],
    },
    (userId, query, params) => openItemsPage(db, params.id, userId, query),
  );

  readAndChangeRoutes(route, db, {
    path: '/api/aars/:id',
    params: AarParams,
    item: Aar,
    read: [
      'One review with its action items and the open ones carried from earlier reviews',
      reviewFor,
      [401, 404],
    ],
    change: [
      'patch',
      'Change a review’s title, date or answers (team members)',
      UpdateAarBody,
      updateReview,
      [400, 401, 403, 404, 413],
    ],
  });
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
