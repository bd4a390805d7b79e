/**
 * Calendar dates (`YYYY-MM-DD`, a day in someone's life, not an instant) and ISO weeks
 * (`2026-W47`). Arithmetic is done on day numbers, so daylight-saving changes cannot shift a day.
 */

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Milliseconds of a UTC midnight; unlike Date.UTC, years 0–99 are not taken as 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(utcMidnight(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return Math.round(utcMidnight(y, m, d) / DAY_MS);
}

/** The calendar date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * One formatter per time zone: building an `Intl.DateTimeFormat` costs far more than using one
 * (profiled: docs/performance.md). Time zones are a bounded set, and an unknown one throws
 * before it is kept.
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date an instant falls on in a time zone (e.g. "2026-11-23" in Europe/Berlin). */
export function localDate(instant: string | number, timeZone: string): string {
  const date = new Date(instant);
  if (timeZone === 'UTC' && Number.isFinite(date.getTime())) {
    const iso = date.toISOString();
    // Years 1000–9999 only: the formatter writes others differently (e.g. "999", not "0999").
    if (iso.length === 24 && iso[0] !== '0') return iso.slice(0, 10);
  }
  let year = '';
  let month = '';
  let day = '';
  for (const part of dateFormatter(timeZone).formatToParts(date)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

/** The ISO week a date belongs to, e.g. 2027-01-01 → "2026-W53". */
export function isoWeekOf(date: string): string {
  const day = dayNumber(date);
  const thursday = day - isoWeekday(date) + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const yyyy = String(year).padStart(4, '0');
  const week = Math.floor((thursday - dayNumber(`${yyyy}-01-01`)) / 7) + 1;
  return `${yyyy}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week, or null when the week does not exist (e.g. 2026-W54). */
export function mondayOfIsoWeek(week: string): string | null {
  const match = WEEK_PATTERN.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  // Year 0 would reach back into year -1, which has no YYYY form.
  if (year < 1) return null;
  const jan4 = `${match[1]}-01-04`;
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (number - 1) * 7);
  return number >= 1 && isoWeekOf(monday) === week ? monday : null;
}
