import { isoWeekday, localDate } from '../../../core/calendar';
import type { MoodQuery, PromptQuery } from '../../../contracts/today';
import { encodeCursor, toPage } from '../../../core/pagination';
import { PROMPTS } from '../../../core/prompts';
import { EROSION_WINDOW_DAYS } from '../../../core/tension';
import { compiledOnce } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import { timeZoneOf } from '../../db/people';
import { addMs, nowIso } from '../../lib/time';
import { listAspirations, loadOpenSteps, loadRecentTimelines } from '../aspirations/commands';
import { presentCurrent } from '../aspirations/presenters';
import { practiceColumns, scheduleOf } from '../practices/commands';
import { checkInsBetween, figuresOf } from '../practices/queries';
import { presentPractice } from '../practices/presenters';
import { presentProgramWeek } from '../programs/presenters';
import { programWeeksFor } from '../programs/queries';
import { promptForToday } from './commands';
import { presentMood, presentPrompt } from './presenters';

const DAY_MS = 86_400_000;

/**
 * Today for a person: one prompt (chosen and remembered for the day), their practices with
 * whether each is due today, their latest mood of the day, their active aspirations' tension,
 * and how many reflections they wrote today.
 */
export async function todayOf(db: Db, userId: string) {
  const now = nowIso();
  const timeZone = await timeZoneOf(db, userId);
  const today = localDate(now, timeZone);
  // Three independent reads at once (on PostgreSQL three round trips overlap; on SQLite's one
  // connection they run one after the other as before); the prompt needs the aspirations.
  const [aspirations, practices, [mood, reflections, programWeeks]] = await Promise.all([
    currentAspirations(db, userId, now),
    practicesOn(db, userId, today),
    Promise.all([
      moodsOn(db, userId, today).then((rows) => rows[0]),
      reflectionsOn(db, userId, today),
      programWeeksFor(db, userId, today),
    ]),
  ]);
  const prompt = await promptForToday(db, userId, today, timeZone, now, aspirations);
  return {
    date: today,
    weekday: isoWeekday(today),
    prompt: presentPrompt(prompt),
    answeredPrompt: reflections.some((r) => r.promptId === prompt.id),
    practices,
    mood: mood ? presentMood(mood) : null,
    aspirations,
    reflectionsToday: reflections.length,
    programs: programWeeks.map(presentProgramWeek),
  };
}

// Today's own reads, each built and compiled once (db/compiled-once.ts).
const moodsOn = compiledOnce((db: Db, userId: string, today: string) =>
  db
    .selectFrom('moodCheckins')
    .select(['id', 'at', 'date', 'pleasantness', 'energy', 'emotions'])
    .where('userId', '=', userId)
    .where('date', '=', today)
    .orderBy('at', 'desc'),
);
const reflectionsOn = compiledOnce((db: Db, userId: string, today: string) =>
  db
    .selectFrom('reflections')
    .select('promptId')
    .where('userId', '=', userId)
    .where('date', '=', today),
);
const activePractices = compiledOnce((db: Db, userId: string) =>
  db
    .selectFrom('practices')
    .select(practiceColumns)
    .where('userId', '=', userId)
    .where('archivedAt', 'is', null)
    .orderBy('id')
    .limit(100),
);

/** A person's active aspirations as they stand now, with the tension Today shows. */
async function currentAspirations(db: Db, userId: string, now: string) {
  const aspirationPage = await listAspirations(db, userId, { status: 'active', limit: 100 });
  const aspirationIds = aspirationPage.items.map((a) => a.id);
  const [{ revisions, assessments }, steps] = await Promise.all([
    loadRecentTimelines(db, aspirationIds, addMs(now, -EROSION_WINDOW_DAYS * DAY_MS)),
    loadOpenSteps(db, aspirationIds),
  ]);
  return aspirationPage.items.map((row) =>
    presentCurrent(
      row,
      revisions.filter((r) => r.aspirationId === row.id),
      assessments.filter((a) => a.aspirationId === row.id),
      steps.filter((step) => step.aspirationId === row.id),
      now,
    ),
  );
}

/** A person's active practices, each with whether it is due today and today's check-in. */
async function practicesOn(db: Db, userId: string, today: string) {
  const practiceRows = await activePractices(db, userId);
  const [figures, todays] = await Promise.all([
    figuresOf(db, practiceRows, today),
    checkInsBetween(
      db,
      practiceRows.map((p) => p.id),
      today,
      today,
    ),
  ]);
  const weekday = isoWeekday(today);
  return practiceRows.map((row) => {
    const schedule = scheduleOf(row);
    return {
      ...presentPractice(
        row,
        figures.get(row.id)!,
        todays.find((c) => c.practiceId === row.id),
        today,
      ),
      scheduledToday: schedule.type !== 'weekdays' || schedule.days.includes(weekday),
    };
  });
}

/** A page of a person's mood check-ins over the last `days` days, oldest first. */
export async function moodCheckinsSince(db: Db, userId: string, query: MoodQuery) {
  const { days, limit, cursor } = query;
  let select = db
    .selectFrom('moodCheckins')
    .select(['id', 'at', 'date', 'pleasantness', 'energy', 'emotions'])
    .where('userId', '=', userId)
    .where('at', '>=', addMs(nowIso(), -days * 86_400_000))
    .orderBy('at')
    .orderBy('id')
    .limit(limit + 1);
  if (cursor) {
    const { at, id } = cursor;
    select = select.where(({ or, and, eb }) =>
      or([eb('at', '>', at), and([eb('at', '=', at), eb('id', '>', id)])]),
    );
  }
  const page = toPage(await select.execute(), limit, 'timed', (row) => row);
  return { items: page.items.map(presentMood), nextCursor: page.nextCursor };
}

/** A page of the prompt library, in its order, optionally of one theme. */
export function promptLibrary(query: PromptQuery) {
  const { theme, limit, cursor = 0 } = query;
  const prompts = PROMPTS.filter((p) => !theme || p.theme === theme);
  const items = prompts.slice(cursor, cursor + limit).map(presentPrompt);
  const next = cursor + limit;
  return { items, nextCursor: next < prompts.length ? encodeCursor('offset', next) : null };
}
