import { pageOf } from '../../../contracts/common';
import {
  MoodCheckin,
  MoodCheckinBody,
  MoodQuery,
  PromptQuery,
  PromptView,
  Today,
} from '../../../contracts/today';
import { PROMPTS } from '../../../core/prompts';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { checkInMood } from './commands';
import { presentMood, presentPrompt } from './presenters';
import { moodCheckinsSince, todayOf } from './queries';

/**
 * Today — the page opened every morning and evening — and the small things it writes: the mood
 * check-in. It composes what other modules present (read-only); it owns no items but moods.
 */
export async function todayRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;

  app.get(
    '/api/today',
    {
      schema: {
        tags: ['today'],
        summary: 'Today: one prompt, my practices, my mood, my aspirations’ tension',
        response: { 200: Today, ...errorResponses(401) },
      },
    },
    async (request) => todayOf(db, callerId(request)),
  );

  app.post(
    '/api/mood',
    {
      schema: {
        tags: ['today'],
        summary: 'Check in my mood: pleasantness and energy (−5..5), and named emotions',
        body: MoodCheckinBody,
        response: { 201: MoodCheckin, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const row = await checkInMood(db, callerId(request), request.body);
      return reply.status(201).send(presentMood(row));
    },
  );

  app.get(
    '/api/mood',
    {
      schema: {
        tags: ['today'],
        summary: 'My mood check-ins over the last days, oldest first',
        querystring: MoodQuery,
        response: { 200: pageOf(MoodCheckin), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const rows = await moodCheckinsSince(db, callerId(request), request.query.days);
      return { items: rows.map(presentMood), nextCursor: null };
    },
  );

  app.get(
    '/api/prompts',
    {
      schema: {
        tags: ['today'],
        summary: 'The prompt library, optionally of one theme',
        querystring: PromptQuery,
        response: { 200: pageOf(PromptView), ...errorResponses(400, 401) },
      },
    },
    async (request) => ({
      items: PROMPTS.filter((p) => !request.query.theme || p.theme === request.query.theme).map(
        presentPrompt,
      ),
      nextCursor: null,
    }),
  );
}
