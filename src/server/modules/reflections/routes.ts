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
import { addDays, isCalendarDate, localDate } from '../../../core/calendar';
import { timeZoneOf } from '../../db/people';
import { badRequest } from '../../errors';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { nowIso } from '../../lib/time';
import {
  createReflection,
  deleteReflection,
  findOwnReflection,
  reflectionColumns,
  updateReflection,
} from './commands';
import { presentHit, presentReflection } from './presenters';
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

/** How many years back "on this day" looks. */
const ON_THIS_DAY_YEARS = 10;

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
      const first = `${request.query.month}-01`;
      const rows = await db
        .selectFrom('reflections')
        .select(['date', 'moodPleasantness', 'moodEnergy'])
        .where('userId', '=', callerId(request))
        .where('date', '>=', first)
        .where('date', '<', addDays(first, 31))
        .execute();
      const byDay = new Map<
        string,
        { count: number; moods: { pleasantness: number; energy: number }[] }
      >();
      for (const row of rows.filter((r) => r.date.startsWith(request.query.month))) {
        const day = byDay.get(row.date) ?? { count: 0, moods: [] };
        day.count += 1;
        if (row.moodPleasantness !== null && row.moodEnergy !== null) {
          day.moods.push({ pleasantness: row.moodPleasantness, energy: row.moodEnergy });
        }
        byDay.set(row.date, day);
      }
      const mean = (values: number[]) =>
        Math.round(values.reduce((a, b) => a + b, 0) / values.length);
      return {
        days: [...byDay.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([date, { count, moods }]) => ({
            date,
            count,
            mood:
              moods.length === 0
                ? null
                : {
                    pleasantness: mean(moods.map((m) => m.pleasantness)),
                    energy: mean(moods.map((m) => m.energy)),
                  },
          })),
      };
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
      const [year, monthDay] = [Number(today.slice(0, 4)), today.slice(5)];
      const dates = Array.from(
        { length: ON_THIS_DAY_YEARS },
        (_, i) => `${year - i - 1}-${monthDay}`,
      ).filter(isCalendarDate);
      const rows = await db
        .selectFrom('reflections')
        .select(reflectionColumns)
        .where('userId', '=', userId)
        .where('date', 'in', dates)
        .orderBy('at', 'desc')
        .execute();
      return {
        items: rows.map((row) => ({
          yearsAgo: year - Number(row.date.slice(0, 4)),
          reflection: presentReflection(row),
        })),
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
