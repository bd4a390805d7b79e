import {
  CalendarQuery,
  CreateReflectionBody,
  OnThisDay,
  OnThisDayQuery,
  Reflection,
  ReflectionCalendar,
  ReflectionQuery,
  ReflectionSearchHit,
  UpdateReflectionBody,
} from '../../../contracts/reflections';
import { todayFor } from '../../db/people';
import { badRequest } from '../../errors';
import { callerId } from '../../http/authenticate';
import { foundAndPresented } from '../../http/found-and-presented';
import { listRoute } from '../../http/list-route';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { presentedPage } from '../../http/presented-page';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import {
  createReflection,
  deleteReflection,
  findOwnReflection,
  updateReflection,
} from './commands';
import { presentHit, presentReflection } from './presenters';
import { reflectionCalendar, reflectionsOnThisDay } from './queries';
import { searchReflections } from './search';

const readReflection = foundAndPresented(findOwnReflection, presentReflection);
const hitsPage = presentedPage(searchReflections, presentHit);

/** Reflections: journal entries in Markdown with prompts, mood, emotions, tags and forms. */
export async function reflectionRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'reflections');
  listRoute(
    route,
    '/api/reflections',
    {
      summary: 'My reflections, newest first; with q, a full-text search ranked by relevance',
      item: ReflectionSearchHit,
      query: ReflectionQuery,
    },
    async (userId, query) => {
      if (query.from && query.to && query.from > query.to) {
        throw badRequest('validation_failed', '`from` is after `to`.', [
          { path: ['from'], message: 'Choose a start on or before the end.' },
        ]);
      }
      return hitsPage(db, userId, query);
    },
  );
  route.get(
    '/api/reflections/calendar',
    {
      summary: 'How many reflections I wrote on each day of a month, with the mean mood',
      query: CalendarQuery,
      reply: ReflectionCalendar,
      errors: [400, 401],
    },
    async (request) => ({
      days: await reflectionCalendar(db, callerId(request), request.query.month),
    }),
  );
  route.get(
    '/api/reflections/on-this-day',
    {
      summary: 'What I wrote on this calendar day one, two, … years ago',
      query: OnThisDayQuery,
      reply: OnThisDay,
      errors: [400, 401],
    },
    async (request) => {
      const userId = callerId(request);
      const today = request.query.date ?? (await todayFor(db, userId));
      const found = await reflectionsOnThisDay(db, userId, today);
      return {
        items: found.map(({ yearsAgo, row }) => ({ yearsAgo, reflection: presentReflection(row) })),
        nextCursor: null,
      };
    },
  );
  ownedItemRoutes(route, db, {
    path: '/api/reflections',
    item: Reflection,
    bodyLimit: 128 * 1024,
    read: ['One reflection', readReflection],
    create: [
      'Write a reflection; the answer marks limiting language in it',
      CreateReflectionBody,
      createReflection,
    ],
    update: ['Change a reflection', UpdateReflectionBody, updateReflection],
    remove: ['Delete a reflection (and its search entry)', deleteReflection],
  });
}
