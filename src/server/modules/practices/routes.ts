import { z } from 'zod';
import { cursorOf, IdParams, NoContent, pageOf } from '../../../contracts/common';
import {
  CheckIn,
  CheckInBody,
  CheckInParams,
  CreatePracticeBody,
  PracticeDetail,
  PracticeSummary,
  UpdatePracticeBody,
} from '../../../contracts/practices';
import { toPage } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import {
  checkIn,
  createPractice,
  deletePractice,
  findOwnPractice,
  loadCheckIns,
  practiceColumns,
  undoCheckIn,
  updatePractice,
} from './commands';
import { presentPractice, presentPracticeDetail } from './presenters';

const PracticeQuery = z.object({
  archived: z.enum(['true', 'false', 'all']).default('false'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorOf('id').optional(),
});

async function detail(db: Db, userId: string, id: string) {
  const row = await findOwnPractice(db, userId, id);
  return presentPracticeDetail(row, await loadCheckIns(db, [id]), await todayFor(db, userId));
}

/** Practices: recurring disciplines with check-ins, streaks and strength. */
export async function practiceRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['practices'];

  app.get(
    '/api/practices',
    {
      schema: {
        tags,
        summary: 'My practices with today’s check-in, strength and streaks (oldest first)',
        querystring: PracticeQuery,
        response: { 200: pageOf(PracticeSummary), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      let select = db
        .selectFrom('practices')
        .select(practiceColumns)
        .where('userId', '=', userId)
        .orderBy('id')
        .limit(request.query.limit + 1);
      if (request.query.archived !== 'all') {
        select = select.where(
          'archivedAt',
          request.query.archived === 'true' ? 'is not' : 'is',
          null,
        );
      }
      if (request.query.cursor !== undefined)
        select = select.where('id', '>', request.query.cursor);
      const page = toPage(await select.execute(), request.query.limit, 'id', (row) => row.id);
      const [checkIns, today] = await Promise.all([
        loadCheckIns(
          db,
          page.items.map((p) => p.id),
        ),
        todayFor(db, userId),
      ]);
      return {
        items: page.items.map((row) =>
          presentPractice(
            row,
            checkIns.filter((c) => c.practiceId === row.id),
            today,
          ),
        ),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/api/practices',
    {
      schema: {
        tags,
        summary: 'Start a practice: daily, N times a week, or on chosen weekdays',
        body: CreatePracticeBody,
        response: { 201: PracticeDetail, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const row = await createPractice(db, userId, request.body);
      return reply.status(201).send(await detail(db, userId, row.id));
    },
  );

  app.get(
    '/api/practices/:id',
    {
      schema: {
        tags,
        summary: 'One practice with streaks, strength and a year of history',
        params: IdParams,
        response: { 200: PracticeDetail, ...errorResponses(401, 404) },
      },
    },
    async (request) => detail(db, callerId(request), request.params.id),
  );

  app.patch(
    '/api/practices/:id',
    {
      schema: {
        tags,
        summary: 'Change, archive or restore a practice',
        params: IdParams,
        body: UpdatePracticeBody,
        response: { 200: PracticeDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      await updatePractice(db, userId, request.params.id, request.body);
      return detail(db, userId, request.params.id);
    },
  );

  app.delete(
    '/api/practices/:id',
    {
      schema: {
        tags,
        summary: 'Delete a practice and its check-ins',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deletePractice(db, callerId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/practices/:id/checkins/:date',
    {
      schema: {
        tags,
        summary: 'Check in for a day (today or past, in my time zone): done or skipped',
        params: CheckInParams,
        body: CheckInBody,
        response: { 200: CheckIn, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const saved = await checkIn(
        db,
        callerId(request),
        request.params.id,
        request.params.date,
        request.body,
      );
      return { date: saved.date, status: saved.status, note: saved.note };
    },
  );

  app.delete(
    '/api/practices/:id/checkins/:date',
    {
      schema: {
        tags,
        summary: 'Undo a day’s check-in',
        params: CheckInParams,
        response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await undoCheckIn(db, callerId(request), request.params.id, request.params.date);
      return reply.status(204).send(null);
    },
  );
}
