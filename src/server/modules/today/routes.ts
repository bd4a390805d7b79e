import { pageOf } from '../../../contracts/common';
import {
  MoodCheckin,
  MoodCheckinBody,
  MoodQuery,
  PromptQuery,
  PromptView,
  Today,
} from '../../../contracts/today';
import { isoWeekday, localDate } from '../../../core/calendar';
import { PROMPTS } from '../../../core/prompts';
import { timeZoneOf } from '../../db/people';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { newId } from '../../lib/ids';
import { addMs, nowIso } from '../../lib/time';
import { listAspirations, loadParts } from '../aspirations/commands';
import { presentSummary } from '../aspirations/presenters';
import { loadCheckIns, practiceColumns, scheduleOf } from '../practices/commands';
import { presentPractice } from '../practices/presenters';
import { promptForToday } from './commands';

const presentPrompt = ({ id, theme, text, why }: PromptView) => ({ id, theme, text, why });

const presentMood = (row: {
  id: string;
  userId?: string;
  at: string;
  date: string;
  pleasantness: number;
  energy: number;
  emotions: string;
}) => ({
  id: row.id,
  at: row.at,
  date: row.date,
  pleasantness: row.pleasantness,
  energy: row.energy,
  emotions: JSON.parse(row.emotions) as string[],
});

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
    async (request) => {
      const userId = callerId(request);
      const now = nowIso();
      const timeZone = await timeZoneOf(db, userId);
      const today = localDate(now, timeZone);

      const aspirationPage = await listAspirations(db, userId, { status: 'active', limit: 100 });
      const partsOf = await loadParts(
        db,
        aspirationPage.items.map((a) => a.id),
      );
      const aspirations = aspirationPage.items.map((row) => {
        const { revisions, assessments, steps } = partsOf(row.id);
        return presentSummary(row, revisions, assessments, steps, now);
      });

      const practiceRows = await db
        .selectFrom('practices')
        .select(practiceColumns)
        .where('userId', '=', userId)
        .where('archivedAt', 'is', null)
        .orderBy('id')
        .limit(100)
        .execute();
      const checkIns = await loadCheckIns(
        db,
        practiceRows.map((p) => p.id),
      );
      const weekday = isoWeekday(today);
      const practices = practiceRows.map((row) => {
        const schedule = scheduleOf(row);
        return {
          ...presentPractice(
            row,
            checkIns.filter((c) => c.practiceId === row.id),
            today,
          ),
          scheduledToday: schedule.type !== 'weekdays' || schedule.days.includes(weekday),
        };
      });

      const [prompt, mood, reflections] = await Promise.all([
        promptForToday(db, userId, today, timeZone, now, aspirations),
        db
          .selectFrom('moodCheckins')
          .select(['id', 'at', 'date', 'pleasantness', 'energy', 'emotions'])
          .where('userId', '=', userId)
          .where('date', '=', today)
          .orderBy('at', 'desc')
          .executeTakeFirst(),
        db
          .selectFrom('reflections')
          .select('promptId')
          .where('userId', '=', userId)
          .where('date', '=', today)
          .execute(),
      ]);
      return {
        date: today,
        weekday,
        prompt: presentPrompt(prompt),
        answeredPrompt: reflections.some((r) => r.promptId === prompt.id),
        practices,
        mood: mood ? presentMood(mood) : null,
        aspirations,
        reflectionsToday: reflections.length,
      };
    },
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
      const userId = callerId(request);
      const at = nowIso();
      const row = {
        id: newId(),
        userId,
        at,
        date: localDate(at, await timeZoneOf(db, userId)),
        pleasantness: request.body.pleasantness,
        energy: request.body.energy,
        emotions: JSON.stringify(request.body.emotions ?? []),
      };
      await db.insertInto('moodCheckins').values(row).execute();
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
      const rows = await db
        .selectFrom('moodCheckins')
        .select(['id', 'at', 'date', 'pleasantness', 'energy', 'emotions'])
        .where('userId', '=', callerId(request))
        .where('at', '>=', addMs(nowIso(), -request.query.days * 86_400_000))
        .orderBy('at')
        .limit(2000)
        .execute();
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
