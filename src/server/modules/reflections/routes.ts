import { pageOf } from '../../../contracts/common';
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
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { badRequest } from '../../errors';
import { callerId } from '../../http/authenticate';
import { ownedItemRoutes } from '../../http/owned-item-routes';
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

const readReflection = async (db: Db, userId: string, id: string) =>
  presentReflection(await findOwnReflection(db, userId, id));

/** Reflections: journal entries in Markdown with prompts, mood, emotions, tags and forms. */
export async function reflectionRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'reflections');
  route.get(
    '/api/reflections',
    {
      summary: 'My reflections, newest first; with q, a full-text search ranked by relevance',
      query: ReflectionQuery,
      reply: pageOf(ReflectionSearchHit),
      errors: [400, 401],
    },
    async (request) => {
      if (request.query.from && request.query.to && request.query.from > request.query.to) {
        throw badRequest('validation_failed', '`from` is after `to`.', [
          { path: ['from'], message: 'Choose a start on or before the end.' },
        ]);
      }
      const page = await searchReflections(db, callerId(request), request.query);
      return { items: page.items.map(presentHit), nextCursor: page.nextCursor };
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
