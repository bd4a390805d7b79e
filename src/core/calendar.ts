/**
 * Calendar dates (`YYYY-MM-DD`, a day in someone's life, not an instant) and ISO weeks
 * (`2026-W47`). Arithmetic is done on day numbers, so daylight-saving changes cannot shift a day.
 */

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a local wall-clock time written `HH:MM` (24-hour), as reminders and sessions use. */
export function isLocalTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

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

/**
 * Days since 1970-01-01 of year, month (1–12) and day (a day past the month's end runs on into
 * the next, as Date does), by integer arithmetic (Howard Hinnant's days_from_civil): dates are
 * computed in every loop over a person's history, and building a Date for each was most of the
 * cost (docs/performance.md).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const ZERO = 48;
/** The number written by `length` ASCII digits at `start`, or -1 when one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i += 1) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: string): number {
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || y < 0 || m < 0 || d < 0) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  // A month past 12 (or 00) runs into the next (or previous) year, as Date does.
  const year = y + Math.floor((m - 1) / 12);
  const month = ((((m - 1) % 12) + 12) % 12) + 1;
  return daysFromCivil(year, month, d);
}

/** Day numbers of 0000-01-01 and 9999-12-31: the dates written with four-digit years. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/** The calendar date of a day number. */
export function dateOfDay(day: number): string {
  const whole = Math.floor(day);
  if (!(whole >= FIRST_DAY && whole <= LAST_DAY)) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  // Howard Hinnant's civil_from_days.
  const z = whole + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
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
