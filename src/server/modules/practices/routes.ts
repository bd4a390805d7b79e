import { pageOf } from '../../../contracts/common';
import {
  CheckIn,
  CheckInBody,
  CheckInParams,
  CreatePracticeBody,
  PracticeDetail,
  PracticeListItem,
  PracticeQuery,
  UpdatePracticeBody,
} from '../../../contracts/practices';
import { addDays } from '../../../core/calendar';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { callerId } from '../../http/authenticate';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  checkIn,
  createPractice,
  deletePractice,
  findOwnPractice,
  loadCheckIns,
  undoCheckIn,
  updatePractice,
} from './commands';
import { presentPracticeDetail, presentPracticeListItem } from './presenters';
import { checkInsBetween, figuresOf, listPractices } from './queries';

async function detail(db: Db, userId: string, id: string) {
  const row = await findOwnPractice(db, userId, id);
  return presentPracticeDetail(row, await loadCheckIns(db, [id]), await todayFor(db, userId));
}

/** Practices: recurring disciplines with check-ins, streaks and strength. */
export async function practiceRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'practices');
  route.get(
    '/api/practices',
    {
      summary: 'My practices with today’s check-in, strength and streaks (oldest first)',
      query: PracticeQuery,
      reply: pageOf(PracticeListItem),
      errors: [400, 401],
    },
    async (request) => {
      const userId = callerId(request);
      const [page, today] = await Promise.all([
        listPractices(db, userId, request.query),
        todayFor(db, userId),
      ]);
      const ids = page.items.map((p) => p.id);
      const [figures, week] = await Promise.all([
        figuresOf(db, page.items, today),
        checkInsBetween(db, ids, addDays(today, -6), today),
      ]);
      return {
        items: page.items.map((row) =>
          presentPracticeListItem(
            row,
            figures.get(row.id)!,
            week.filter((c) => c.practiceId === row.id),
            today,
          ),
        ),
        nextCursor: page.nextCursor,
      };
    },
  );
  ownedItemRoutes(route, db, {
    path: '/api/practices',
    item: PracticeDetail,
    read: ['One practice with streaks, strength and a year of history', detail],
    create: [
      'Start a practice: daily, N times a week, or on chosen weekdays',
      CreatePracticeBody,
      createPractice,
    ],
    update: ['Change, archive or restore a practice', UpdatePracticeBody, updatePractice],
    remove: ['Delete a practice and its check-ins', deletePractice],
  });
  route.put(
    '/api/practices/:id/checkins/:date',
    {
      summary: 'Check in for a day (today or past, in my time zone): done or skipped',
      params: CheckInParams,
      body: CheckInBody,
      reply: CheckIn,
      errors: [400, 401, 403, 404],
    },
    async ({ auth, params, body }) => {
      const saved = await checkIn(db, callerId({ auth }), params.id, params.date, body);
      return { date: saved.date, status: saved.status, note: saved.note };
    },
  );
  route.delete(
    '/api/practices/:id/checkins/:date',
    {
      summary: 'Undo a day’s check-in',
      params: CheckInParams,
      status: 204,
      errors: [400, 401, 403, 404],
    },
    async (request) => undoCheckIn(db, callerId(request), request.params.id, request.params.date),
  );
}
