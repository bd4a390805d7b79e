import { z } from 'zod';
import { IdParams, NoContent, pageOf } from '../../../contracts/common';
import {
  CreateReflectionBody,
  Mood,
  Reflection,
  ReflectionQuery,
  ReflectionSearchHit,
  UpdateReflectionBody,
} from '../../../contracts/reflections';
import { isCalendarDate, localDate } from '../../../core/calendar';
import { timeZoneOf } from '../../db/people';
import { badRequest } from '../../errors';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { nowIso } from '../../lib/time';
import {
  createReflection,
  deleteReflection,
  findOwnReflection,
  updateReflection,
} from './commands';
import { presentHit, presentReflection } from './presenters';
import { reflectionCalendar, reflectionsOnThisDay } from './queries';
import { searchReflections } from './search';

const CalendarQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Use YYYY-MM.' }),
});
const CalendarDay = z.object({ date: z.string(), count: z.number().int(), mood: Mood.nullable() });
const OnThisDayQuery = z.object({
  date: z
    .string()
    .refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' })
    .optional()
    .describe('Defaults to today in my time zone'),
});
const OnThisDay = z.object({
  items: z.array(z.object({ yearsAgo: z.number().int(), reflection: Reflection })),
  nextCursor: z.null(),
});

/** Reflections: journal entries in Markdown with prompts, mood, emotions, tags and forms. */
export async function reflectionRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['reflections'];

  app.get(
    '/api/reflections',
    {
      schema: {
        tags,
        summary: 'My reflections, newest first; with q, a full-text search ranked by relevance',
        querystring: ReflectionQuery,
        response: { 200: pageOf(ReflectionSearchHit), ...errorResponses(400, 401) },
      },
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

  app.post(
    '/api/reflections',
    {
      bodyLimit: 128 * 1024,
      schema: {
        tags,
        summary: 'Write a reflection; the answer marks limiting language in it',
        body: CreateReflectionBody,
        response: { 201: Reflection, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentReflection(await createReflection(db, callerId(request), request.body))),
  );

  app.get(
    '/api/reflections/calendar',
    {
      schema: {
        tags,
        summary: 'How many reflections I wrote on each day of a month, with the mean mood',
        querystring: CalendarQuery,
        response: { 200: z.object({ days: z.array(CalendarDay) }), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      return { days: await reflectionCalendar(db, callerId(request), request.query.month) };
    },
  );

  app.get(
    '/api/reflections/on-this-day',
    {
      schema: {
        tags,
        summary: 'What I wrote on this calendar day one, two, … years ago',
        querystring: OnThisDayQuery,
        response: { 200: OnThisDay, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      const today = request.query.date ?? localDate(nowIso(), await timeZoneOf(db, userId));
      const found = await reflectionsOnThisDay(db, userId, today);
      return {
        items: found.map(({ yearsAgo, row }) => ({ yearsAgo, reflection: presentReflection(row) })),
        nextCursor: null,
      };
    },
  );

  app.get(
    '/api/reflections/:id',
    {
      schema: {
        tags,
        summary: 'One reflection',
        params: IdParams,
        response: { 200: Reflection, ...errorResponses(401, 404) },
      },
    },
    async (request) =>
      presentReflection(await findOwnReflection(db, callerId(request), request.params.id)),
  );

  app.patch(
    '/api/reflections/:id',
    {
      bodyLimit: 128 * 1024,
      schema: {
        tags,
        summary: 'Change a reflection',
        params: IdParams,
        body: UpdateReflectionBody,
        response: { 200: Reflection, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request) =>
      presentReflection(
        await updateReflection(db, callerId(request), request.params.id, request.body),
      ),
  );

  app.delete(
    '/api/reflections/:id',
    {
      schema: {
        tags,
        summary: 'Delete a reflection (and its search entry)',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteReflection(db, callerId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
