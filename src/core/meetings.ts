import { addDays, daysBetween, localDate } from './calendar';
import { zonedInstant } from './reminders';

const MINUTE_MS = 60_000;

/** A 1:1's meeting: a local date and time in a zone, a length, maybe a repeat every N weeks. */
export type MeetingRule = {
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: number;
  /** Every this many weeks from `date`; null for a single meeting. */
  repeatWeeks: number | null;
};

/**
 * The next meeting that has not ended at `now` (an instant in ms): its local date and the instant
 * it starts (at the local time on that date, across daylight-saving changes); null when a single
 * meeting is over. No clock: `now` is passed in.
 *
 * @example
 * nextMeeting({ date: '2027-01-04', time: '10:00', timeZone: 'UTC', durationMinutes: 30,
 *   repeatWeeks: 2 }, Date.parse('2027-01-10T00:00:00Z'))
 * // → { date: '2027-01-18', startsAt: Date.parse('2027-01-18T10:00:00Z') }
 */
export function nextMeeting(
  rule: MeetingRule,
  now: number,
): { date: string; startsAt: number } | null {
  const startOf = (date: string) => zonedInstant(date, rule.time, rule.timeZone);
  const over = (date: string) => startOf(date) + rule.durationMinutes * MINUTE_MS <= now;
  let date = rule.date;
  if (over(date)) {
    if (rule.repeatWeeks === null) return null;
    const step = rule.repeatWeeks * 7;
    // Straight to the last occurrence on or before today, then on until one has not ended.
    const passed = Math.floor(daysBetween(rule.date, localDate(now, rule.timeZone)) / step);
    date = addDays(rule.date, Math.max(passed, 1) * step);
    while (over(date)) date = addDays(date, step);
  }
  return { date, startsAt: startOf(date) };
}
