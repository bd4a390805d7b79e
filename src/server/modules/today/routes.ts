import {
  MoodCheckin,
  MoodCheckinBody,
  MoodQuery,
  PromptQuery,
  PromptView,
  Today,
} from '../../../contracts/today';
import { callerId } from '../../http/authenticate';
import { listRoute } from '../../http/list-route';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { checkInMood } from './commands';
import { presentMood } from './presenters';
import { moodCheckinsSince, promptLibrary, todayOf } from './queries';

/**
 * Today — the page opened every morning and evening — and the small things it writes: the mood
 * check-in. It composes what other modules present (read-only); it owns no items but moods.
 */
export async function todayRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'today');
  route.get(
    '/api/today',
    {
      summary: 'Today: one prompt, my practices, my mood, my aspirations’ tension',
      reply: Today,
      errors: [401],
    },
    async (request) => todayOf(db, callerId(request)),
  );
  route.post(
    '/api/mood',
    {
      summary: 'Check in my mood: pleasantness and energy (−5..5), and named emotions',
      body: MoodCheckinBody,
      reply: MoodCheckin,
      status: 201,
      errors: [400, 401, 403],
    },
    async (request) => presentMood(await checkInMood(db, callerId(request), request.body)),
  );
  listRoute(
    route,
    '/api/mood',
    {
      summary: 'My mood check-ins over the last days, oldest first',
      item: MoodCheckin,
      query: MoodQuery,
    },
    (userId, query) => moodCheckinsSince(db, userId, query),
  );
  listRoute(
    route,
    '/api/prompts',
    {
      summary: 'The prompt library, optionally of one theme',
      item: PromptView,
      query: PromptQuery,
    },
    async (_userId, query) => promptLibrary(query),
  );
}
