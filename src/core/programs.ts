import { addDays, daysBetween } from './calendar';

/**
 * The rules of a program's seats and weeks, as pure functions of plain facts. Seats are given in
 * queue order: whoever joined first gets the first free seat, and a waitlist exists only while
 * every seat is taken.
 */

/** What a new enrollment becomes, given how many hold a seat now. */
export function statusOnJoining(seats: number, enrolled: number): 'enrolled' | 'waitlisted' {
  return enrolled < seats ? 'enrolled' : 'waitlisted';
}

/**
 * Whom to promote from the waitlist (ids in queue order) so that seats are filled: the first
 * `seats − enrolled` of the waitlist, none when no seat is free.
 *
 * @example promotions(3, 1, ['a', 'b', 'c']) // ['a', 'b']
 */
export function promotions<T>(seats: number, enrolled: number, waitlist: readonly T[]): T[] {
  return waitlist.slice(0, Math.max(0, seats - enrolled));
}

/**
 * How many seats a program may be set to: never fewer than the people holding one now, since a
 * seat given is a promise to a person (who may withdraw themselves).
 */
export function canSetSeats(seats: number, enrolled: number): boolean {
  return Number.isInteger(seats) && seats >= 1 && seats >= enrolled;
}

/** How many weeks a program runs: its days from start to end, inclusive, in whole weeks. */
export function weeksOf(startDate: string, endDate: string): number {
  return Math.max(1, Math.ceil((daysBetween(startDate, endDate) + 1) / 7));
}

/**
 * The program week a date falls in (week 1 starts on the start date), or null before the start
 * and after the end.
 */
export function programWeek(startDate: string, endDate: string, date: string): number | null {
  if (date < startDate || date > endDate) return null;
  return Math.floor(daysBetween(startDate, date) / 7) + 1;
}

/** The first day of a program week. */
export function weekStart(startDate: string, week: number): string {
  return addDays(startDate, (week - 1) * 7);
}

/** Milliseconds a time zone is ahead of UTC at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - (ms - (ms % 1000));
}

/**
 * The UTC instant of a wall-clock date and time in a time zone, e.g.
 * `zonedInstant('2026-03-02', '09:30', 'Europe/Berlin')` → `'2026-03-02T08:30:00.000Z'`. A time
 * skipped by a daylight-saving change is read with the offset before it (02:30 → 03:30); a
 * repeated one is one of its two occurrences.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const wall = Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000;
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  const earlier = Math.min(first, second);
  const instant =
    offsetAt(earlier, timeZone) === wall - earlier ? earlier : Math.max(first, second);
  return new Date(instant).toISOString();
}
