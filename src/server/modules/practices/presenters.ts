import type {
  PracticeDetail,
  PracticeListItem,
  PracticeSummary,
} from '../../../contracts/practices';
import { addDays } from '../../../core/calendar';
import { currentStrength, strengthSeries, streaks } from '../../../core/practice';
import { type CheckInRow, type PracticeRow, scheduleOf } from './commands';

const presentCheckIn = (c: CheckInRow) => ({ date: c.date, status: c.status, note: c.note });

/** A practice with today's check-in, strength and streaks as of `today` (the person's date). */
export function presentPractice(
  row: PracticeRow,
  checkIns: CheckInRow[],
  today: string,
): PracticeSummary {
  const schedule = scheduleOf(row);
  const { current, best, unit } = streaks(schedule, checkIns, today);
  const todays = checkIns.find((c) => c.date === today);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    schedule,
    aspirationId: row.aspirationId,
    valueId: row.valueId,
    archived: row.archivedAt !== null,
    strength: currentStrength(schedule, checkIns, row.startDate, today),
    streak: current,
    bestStreak: best,
    streakUnit: unit,
    today: { date: today, checkIn: todays ? presentCheckIn(todays) : null },
    createdAt: row.createdAt,
  };
}

/** A practice on the list: also the check-ins of its last seven days (today included). */
export function presentPracticeListItem(
  row: PracticeRow,
  checkIns: CheckInRow[],
  today: string,
): PracticeListItem {
  const since = addDays(today, -6);
  return {
    ...presentPractice(row, checkIns, today),
    week: checkIns.filter((c) => c.date >= since && c.date <= today).map(presentCheckIn),
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
    ...presentPractice(row, checkIns, today),
    history: {
      checkIns: checkIns.filter((c) => c.date >= since).map(presentCheckIn),
      strength: strengthSeries(scheduleOf(row), checkIns, row.startDate, today).filter(
        (p) => p.date > since,
      ),
    },
  };
}
