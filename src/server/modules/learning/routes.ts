import { IdParams, pageOf } from '../../../contracts/common';
import {
  CreateLearningItemBody,
  LearningHours,
  LearningHoursQuery,
  LearningItem,
  LearningItemDetail,
  LearningQuery,
  LearningSession,
  LearningSessionBody,
  LearningSessionParams,
  UpdateLearningItemBody,
} from '../../../contracts/learning';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { callerId } from '../../http/authenticate';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  addSession,
  createLearningItem,
  deleteLearningItem,
  deleteSession,
  findOwnItem,
  loadLinks,
  loadSessions,
  loadTotals,
  updateLearningItem,
} from './commands';
import { presentLearningItem, presentLearningItemDetail, presentSession } from './presenters';
import { learningHours, listLearningItems } from './queries';

/** One learning item with its links and sessions, read together (404 when it is not mine). */
async function detail(db: Db, userId: string, id: string) {
  return presentLearningItemDetail(
    ...(await Promise.all([
      findOwnItem(db, userId, id),
      loadLinks(db, [id]),
      loadSessions(db, id),
    ])),
  );
}

/** The learning log: books, courses, mentoring, feedback… with insights, hours and aspirations. */
export async function learningRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'learning');
  route.get(
    '/api/learning',
    {
      summary: 'My learning items, newest first, with hours logged and aspirations served',
      query: LearningQuery,
      reply: pageOf(LearningItem),
      errors: [400, 401],
    },
    async (request) => {
      const page = await listLearningItems(db, callerId(request), request.query);
      const ids = page.items.map((row) => row.id);
      const [links, totals] = await Promise.all([loadLinks(db, ids), loadTotals(db, ids)]);
      return {
        items: page.items.map((row) => presentLearningItem(row, links, totals.get(row.id) ?? 0)),
        nextCursor: page.nextCursor,
      };
    },
  );
  route.get(
    '/api/learning/hours',
    {
      summary:
        'Hours of learning per month by aspiration served (an item serving two counts for both)',
      query: LearningHoursQuery,
      reply: LearningHours,
      errors: [400, 401],
    },
    async (request) => {
      const userId = callerId(request);
      return learningHours(db, userId, await todayFor(db, userId), request.query.months);
    },
  );
  ownedItemRoutes(route, db, {
    path: '/api/learning',
    item: LearningItemDetail,
    bodyLimit: 128 * 1024,
    read: ['One learning item with its sessions', detail],
    create: [
      'Add a book, course, article, mentoring, feedback or experience to my log',
      CreateLearningItemBody,
      createLearningItem,
    ],
    update: [
      'Change a learning item: status, dates, insights, the aspirations it serves…',
      UpdateLearningItemBody,
      updateLearningItem,
    ],
    remove: ['Delete a learning item with its sessions', deleteLearningItem],
  });
  route.post(
    '/api/learning/:id/sessions',
    {
      summary: 'Log time on a learning item: a day (not in the future) and quarter hours',
      params: IdParams,
      body: LearningSessionBody,
      reply: LearningSession,
      status: 201,
      errors: [400, 401, 403, 404, 409],
    },
    async (request) =>
      presentSession(await addSession(db, callerId(request), request.params.id, request.body)),
  );
  route.delete(
    '/api/learning/:id/sessions/:sessionId',
    {
      summary: 'Remove a logged session',
      params: LearningSessionParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) =>
      deleteSession(db, callerId(request), request.params.id, request.params.sessionId),
  );
}
