import { IdParams, NoContent, pageOf } from '../../../contracts/common';
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
import { hoursOf, minutesByAspiration, monthsEnding } from '../../../core/learning-hours';
import { toPage } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import {
  addSession,
  createLearningItem,
  deleteLearningItem,
  deleteSession,
  findOwnItem,
  learningItemColumns,
  loadLinks,
  loadSessions,
  loadTotals,
  updateLearningItem,
} from './commands';
import { presentLearningItem, presentLearningItemDetail, presentSession } from './presenters';

/** The title of the series of time on items linked to no aspiration. */
const NOT_LINKED = 'Not linked';

async function detail(db: Db, userId: string, id: string) {
  const row = await findOwnItem(db, userId, id);
  const [links, sessions] = await Promise.all([loadLinks(db, [id]), loadSessions(db, id)]);
  return presentLearningItemDetail(row, links, sessions);
}

/** The learning log: books, courses, mentoring, feedback… with insights, hours and aspirations. */
export async function learningRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['learning'];

  app.get(
    '/api/learning',
    {
      schema: {
        tags,
        summary: 'My learning items, newest first, with hours logged and aspirations served',
        querystring: LearningQuery,
        response: { 200: pageOf(LearningItem), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      const { status, kind, aspirationId, limit, cursor } = request.query;
      let select = db
        .selectFrom('learningItems')
        .select(learningItemColumns)
        .where('userId', '=', userId)
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (status) select = select.where('status', '=', status);
      if (kind) select = select.where('kind', '=', kind);
      if (aspirationId) {
        select = select.where('id', 'in', (eb) =>
          eb
            .selectFrom('learningItemAspirations')
            .select('learningItemId')
            .where('aspirationId', '=', aspirationId),
        );
      }
      if (cursor !== undefined) select = select.where('id', '<', cursor);
      const page = toPage(await select.execute(), limit, 'id', (row) => row.id);
      const ids = page.items.map((row) => row.id);
      const [links, totals] = await Promise.all([loadLinks(db, ids), loadTotals(db, ids)]);
      return {
        items: page.items.map((row) => presentLearningItem(row, links, totals.get(row.id) ?? 0)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/api/learning',
    {
      bodyLimit: 128 * 1024,
      schema: {
        tags,
        summary: 'Add a book, course, article, mentoring, feedback or experience to my log',
        body: CreateLearningItemBody,
        response: { 201: LearningItemDetail, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const row = await createLearningItem(db, userId, request.body);
      return reply.status(201).send(await detail(db, userId, row.id));
    },
  );

  app.get(
    '/api/learning/hours',
    {
      schema: {
        tags,
        summary:
          'Hours of learning per month by aspiration served (an item serving two counts for both)',
        querystring: LearningHoursQuery,
        response: { 200: LearningHours, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      const months = monthsEnding(await todayFor(db, userId), request.query.months);
      const [sessions, links] = await Promise.all([
        db
          .selectFrom('learningSessions as s')
          .innerJoin('learningItems as i', 'i.id', 's.learningItemId')
          .select(['s.learningItemId', 's.date', 's.minutes'])
          .where('i.userId', '=', userId)
          .where('s.date', '>=', `${months[0]}-01`)
          .execute(),
        db
          .selectFrom('learningItemAspirations as l')
          .innerJoin('learningItems as i', 'i.id', 'l.learningItemId')
          .innerJoin('aspirations as a', 'a.id', 'l.aspirationId')
          .select(['l.learningItemId', 'l.aspirationId', 'a.title'])
          .where('i.userId', '=', userId)
          .execute(),
      ]);
      const servedBy = new Map<string, string[]>();
      const titles = new Map<string, string>();
      for (const link of links) {
        servedBy.set(link.learningItemId, [
          ...(servedBy.get(link.learningItemId) ?? []),
          link.aspirationId,
        ]);
        titles.set(link.aspirationId, link.title);
      }
      const series = minutesByAspiration(
        sessions.map((s) => ({
          date: s.date,
          minutes: s.minutes,
          aspirationIds: servedBy.get(s.learningItemId) ?? [],
        })),
        months,
      );
      return {
        months,
        series: series.map((s) => ({
          aspirationId: s.aspirationId,
          title: s.aspirationId === null ? NOT_LINKED : (titles.get(s.aspirationId) ?? ''),
          hours: s.minutes.map(hoursOf),
        })),
      };
    },
  );

  app.get(
    '/api/learning/:id',
    {
      schema: {
        tags,
        summary: 'One learning item with its sessions',
        params: IdParams,
        response: { 200: LearningItemDetail, ...errorResponses(401, 404) },
      },
    },
    async (request) => detail(db, callerId(request), request.params.id),
  );

  app.patch(
    '/api/learning/:id',
    {
      bodyLimit: 128 * 1024,
      schema: {
        tags,
        summary: 'Change a learning item: status, dates, insights, the aspirations it serves…',
        params: IdParams,
        body: UpdateLearningItemBody,
        response: { 200: LearningItemDetail, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await updateLearningItem(db, userId, request.params.id, request.body);
      return detail(db, userId, request.params.id);
    },
  );

  app.delete(
    '/api/learning/:id',
    {
      schema: {
        tags,
        summary: 'Delete a learning item with its sessions',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteLearningItem(db, callerId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/learning/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Log time on a learning item: a day (not in the future) and quarter hours',
        params: IdParams,
        body: LearningSessionBody,
        response: { 201: LearningSession, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const session = await addSession(db, callerId(request), request.params.id, request.body);
      return reply.status(201).send(presentSession(session));
    },
  );

  app.delete(
    '/api/learning/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Remove a logged session',
        params: LearningSessionParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteSession(db, callerId(request), request.params.id, request.params.sessionId);
      return reply.status(204).send(null);
    },
  );
}
