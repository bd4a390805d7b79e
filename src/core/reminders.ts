import { addDays, dayNumber, isoWeekday, localDate } from './calendar';
import type { Schedule } from './practice';

/**
 * Reminders at a local time ("07:30") in a person's IANA time zone: when the next one fires, and
 * on which days. Daylight-saving rules: a local time that does not exist that day (skipped by a
 * spring-forward) fires at the next valid instant (the moment the clocks jump); a local time that
 * happens twice (a fall-back) fires once, at its first occurrence. No clock: `after` is passed in.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** The days a reminder fires on: every day, or only these ISO weekdays (1 = Monday). */
export type ReminderDays = { type: 'daily' } | { type: 'weekdays'; days: readonly number[] };

/**
 * The days a practice's reminder fires on: its chosen weekdays; every day for a daily practice
 * and for one done N times a week (any day may be one of the N).
 */
export function reminderDaysOf(schedule: Schedule): ReminderDays {
  return schedule.type === 'weekdays'
    ? { type: 'weekdays', days: [...new Set(schedule.days)].sort() }
    : { type: 'daily' };
}

/** Whether a calendar date is one of the reminder's days. */
export function firesOn(days: ReminderDays, date: string): boolean {
  return days.type === 'daily' || days.days.includes(isoWeekday(date));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time at `instant` in a zone, as milliseconds of the same reading in UTC. */
function wallClock(instant: number, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const wall = new Date(0).setUTCFullYear(values.year!, values.month! - 1, values.day!);
  return wall + values.hour! * HOUR_MS + values.minute! * MINUTE_MS + values.second! * 1000;
}

/** The zone's offset from UTC at an instant, in milliseconds (e.g. +3_600_000 for CET). */
export function zoneOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/** The local wall time `HH:MM` at an instant in a zone. */
export function localTimeAt(instant: number, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  const minutes = Math.floor((((wall % 86_400_000) + 86_400_000) % 86_400_000) / MINUTE_MS);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/**
 * The instant a local date and time happen in a zone: the first of two when the hour repeats,
 * and the moment the clocks jump when the time is skipped.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = dayNumber(date) * 86_400_000 + hh * HOUR_MS + mm * MINUTE_MS;
  // Every offset in force within a day either side; a transition lies between them, if any.
  const before = zoneOffset(wall - 26 * HOUR_MS, timeZone);
  const after = zoneOffset(wall + 26 * HOUR_MS, timeZone);
  const candidates = [...new Set([before, after, zoneOffset(wall, timeZone)])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClock(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // Skipped: find the transition (the first instant whose offset is the later one).
  let low = wall - Math.max(before, after);
  let high = wall - Math.min(before, after);
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (zoneOffset(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

export type ReminderRule = {
  /** The local time, `HH:MM`. */
  time: string;
  timeZone: string;
  days: ReminderDays;
};

/**
 * The first instant strictly after `after` at which the reminder fires, or null when it has no
 * day (weekdays chosen: none).
 */
export function nextFireInstant(rule: ReminderRule, after: number): number | null {
  if (rule.days.type === 'weekdays' && rule.days.days.length === 0) return null;
  // From the day before `after` in the zone: a skipped time may fire on its day's next instant.
  let date = addDays(localDate(after, rule.timeZone), -1);
  for (let i = 0; i < 10; i += 1, date = addDays(date, 1)) {
    if (!firesOn(rule.days, date)) continue;
    const instant = zonedInstant(date, rule.time, rule.timeZone);
    if (instant > after) return instant;
  }
  return null;
}

/**
 * The local date a firing belongs to: the date of its local time (a skipped 02:30 fires at 03:00
 * of the same day, so the date of the instant is the date it was meant for).
 */
export function fireDate(instant: number, timeZone: string): string {
  return localDate(instant, timeZone);
}
