import type {
  PracticeDetail,
  PracticeListItem,
  PracticeSummary,
} from '../../../contracts/practices';
import { addDays } from '../../../core/calendar';
import type { PracticeFigures } from '../../../core/check-in-summary';
import { currentStrength, strengthSeries, streaks } from '../../../core/practice';
import { type CheckInRow, type PracticeRow, scheduleOf } from './commands';

const presentCheckIn = (c: CheckInRow) => ({ date: c.date, status: c.status, note: c.note });

/** Strength and streaks on `today` computed from every check-in of the practice. */
export const figuresFrom = (
  row: PracticeRow,
  checkIns: readonly CheckInRow[],
  today: string,
): PracticeFigures => ({
  strength: currentStrength(scheduleOf(row), checkIns, row.startDate, today),
  streaks: streaks(scheduleOf(row), checkIns, today),
});

/**
 * A practice with today's check-in, strength and streaks as of `today` (the person's date): the
 * figures from its kept summary (`figuresOf`) or from every check-in (`figuresFrom`).
 */
export function presentPractice(
  row: PracticeRow,
  figures: PracticeFigures,
  todays: CheckInRow | undefined,
  today: string,
): PracticeSummary {
  const { current, best, unit } = figures.streaks;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    schedule: scheduleOf(row),
    aspirationId: row.aspirationId,
    valueId: row.valueId,
    archived: row.archivedAt !== null,
    strength: figures.strength,
    streak: current,
    bestStreak: best,
    streakUnit: unit,
    today: { date: today, checkIn: todays ? presentCheckIn(todays) : null },
    createdAt: row.createdAt,
  };
}

/** A practice on the list: also its check-ins of the last seven days (today included). */
export function presentPracticeListItem(
  row: PracticeRow,
  figures: PracticeFigures,
  week: readonly CheckInRow[],
  today: string,
): PracticeListItem {
  return {
    ...presentPractice(
      row,
      figures,
      week.find((c) => c.date === today),
      today,
    ),
    week: week.map(presentCheckIn),
  };
}

/** A practice with a year of check-ins and strength, for the heatmap and the chart. */
export function presentPracticeDetail(
  row: PracticeRow,
  checkIns: CheckInRow[],
  today: string,
): PracticeDetail {
  const since = addDays(today, -365);
  return {
    ...presentPractice(
      row,
      figuresFrom(row, checkIns, today),
      checkIns.find((c) => c.date === today),
      today,
    ),
    history: {
      checkIns: checkIns.filter((c) => c.date >= since).map(presentCheckIn),
      strength: strengthSeries(scheduleOf(row), checkIns, row.startDate, today).filter(
        (p) => p.date > since,
      ),
    },
  };
}
