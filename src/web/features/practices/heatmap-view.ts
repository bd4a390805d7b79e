import { addDays, daysBetween, isoWeekday } from '../../../core/calendar';
import type { CheckIn } from '../../../contracts/practices';

export const HEATMAP_WEEKS = 53;

export type DayStatus = 'done' | 'skipped' | 'none';

export interface HeatmapDay {
  date: string;
  status: DayStatus;
  /** After today: drawn empty, never checked in. */
  future: boolean;
}

/**
 * A year of days as 53 weeks (columns, oldest first) of 7 days (Monday to Sunday), the last
 * week being today's. Each day carries its check-in status; days after today are marked future.
 *
 * @example heatmapWeeks('2026-11-25', [])[52][2] // { date: '2026-11-25', status: 'none', future: false }
 */
export function heatmapWeeks(today: string, checkIns: readonly CheckIn[]): HeatmapDay[][] {
  const byDate = new Map(checkIns.map((checkIn) => [checkIn.date, checkIn.status]));
  const monday = addDays(today, 1 - isoWeekday(today));
  const start = addDays(monday, -7 * (HEATMAP_WEEKS - 1));
  return Array.from({ length: HEATMAP_WEEKS }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => {
      const date = addDays(start, week * 7 + day);
      return {
        date,
        status: byDate.get(date) ?? 'none',
        future: daysBetween(today, date) > 0,
      };
    }),
  );
}

/** The first of each month among the weeks: [week index, first date of the month seen]. */
export function monthStarts(weeks: readonly HeatmapDay[][]): { week: number; date: string }[] {
  const starts: { week: number; date: string }[] = [];
  weeks.forEach((days, week) => {
    const first = days.find((day) => day.date.endsWith('-01'));
    if (first && week > 0) starts.push({ week, date: first.date });
  });
  return starts;
}
