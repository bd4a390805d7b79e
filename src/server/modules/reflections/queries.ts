import { addDays, isCalendarDate } from '../../../core/calendar';
import type { Db } from '../../db/database';
import { reflectionColumns, type ReflectionRow } from './commands';

/** How many years back "on this day" looks. */
const ON_THIS_DAY_YEARS = 10;

type CalendarDay = {
  date: string;
  count: number;
  mood: { pleasantness: number; energy: number } | null;
};

/**
 * How many reflections a person wrote on each day of a month (`YYYY-MM`), with the mean mood of
 * those that carry one; days without a reflection are left out.
 */
export async function reflectionCalendar(
  db: Db,
  userId: string,
  month: string,
): Promise<CalendarDay[]> {
  const first = `${month}-01`;
  const rows = await db
    .selectFrom('reflections')
    .select(['date', 'moodPleasantness', 'moodEnergy'])
    .where('userId', '=', userId)
    .where('date', '>=', first)
    .where('date', '<', addDays(first, 31))
    .execute();
  const byDay = new Map<
    string,
    { count: number; moods: { pleasantness: number; energy: number }[] }
  >();
  for (const row of rows.filter((r) => r.date.startsWith(month))) {
    const day = byDay.get(row.date) ?? { count: 0, moods: [] };
    day.count += 1;
    if (row.moodPleasantness !== null && row.moodEnergy !== null) {
      day.moods.push({ pleasantness: row.moodPleasantness, energy: row.moodEnergy });
    }
    byDay.set(row.date, day);
  }
  const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  return [...byDay.entries()]
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
    }));
}

/**
 * What a person wrote on this calendar day (`today`, YYYY-MM-DD) one, two, … up to ten years
 * ago, newest first, each with how many years ago it was.
 */
export async function reflectionsOnThisDay(
  db: Db,
  userId: string,
  today: string,
): Promise<{ yearsAgo: number; row: ReflectionRow }[]> {
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
  return rows.map((row) => ({ yearsAgo: year - Number(row.date.slice(0, 4)), row }));
}
