const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** The formatter kept under `key`, made by `make` the first time it is asked for. */
function kept<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/**
 * The formatter for `locale` and `options`, made once: making one costs far more than using it
 * (Today drew some 60 ms of them under a 4× slower CPU; issue 16, budget 5). Throws, as the
 * constructor does, for an unknown time zone.
 */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return kept(
    JSON.stringify(['date', locale, options]),
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** The number formatter for `locale` and `options`, made once (as `dateTimeFormat`). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept(
    JSON.stringify(['number', locale, options]),
    () => new Intl.NumberFormat(locale, options),
  );
}

/**
 * A calendar date such as "23 Nov 2025", shown in the person's time zone when the browser knows
 * it, otherwise in the browser's own.
 */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
  } catch {
    return dateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  }
}

/** The UTC offset of a time zone at `at`, e.g. "GMT+01:00"; empty when the runtime cannot say. */
export function timeZoneOffset(timeZone: string, at: Date): string {
  try {
    const parts = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName');
    return parts?.value ?? '';
  } catch {
    return '';
  }
}

function safeFormat(
  date: Date,
  locale: string,
  options: Intl.DateTimeFormatOptions,
  timeZone?: string,
): string {
  try {
    return dateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    return dateTimeFormat(locale, options).format(date);
  }
}

/**
 * A short date such as "3 Oct": day and month, with the year only when it differs from the
 * year of `now`, both read in the person's time zone.
 *
 * @example formatShortDate('2026-10-03T09:00:00Z', 'en-GB', 'Europe/Berlin', new Date('2026-11-23')) // '3 Oct'
 */
export function formatShortDate(iso: string, locale: string, timeZone: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return safeFormat(date, locale, dayOf(date, timeZone, now, 'short'), timeZone);
}

/** Day and month, and the year only when it differs from the year of `now` in `timeZone`. */
function dayOf(
  date: Date,
  timeZone: string,
  now: Date,
  month: 'short' | 'long',
): Intl.DateTimeFormatOptions {
  const year = (d: Date) => safeFormat(d, 'en', { year: 'numeric' }, timeZone);
  return year(date) === year(now)
    ? { day: 'numeric', month }
    : { day: 'numeric', month, year: 'numeric' };
}

/**
 * A day and time in words, such as "Monday 22 March at 10:00" (the locale's order and joining),
 * with the year only when it differs from the year of `now`, all in the person's time zone.
 *
 * @example formatDayAndTime('2027-03-22T09:00:00Z', 'en-GB', 'Europe/Berlin', new Date('2027-03-01')) // 'Monday 22 March at 10:00'
 */
export function formatDayAndTime(iso: string, locale: string, timeZone: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options = { weekday: 'long', ...dayOf(date, timeZone, now, 'long') } as const;
  return safeFormat(date, locale, { ...options, hour: '2-digit', minute: '2-digit' }, timeZone);
}

/** A date with its time of day, e.g. "23 Nov 2026, 08:15", in the person's time zone. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return safeFormat(date, locale, { dateStyle: 'medium', timeStyle: 'short' }, timeZone);
}

/**
 * A calendar date (YYYY-MM-DD, already the person's local date) in words, e.g. "Monday 23
 * November". Calendar dates carry no time zone, so they are read as noon UTC and shown in UTC:
 * the day never shifts.
 *
 * @example formatCalendarDate('2026-11-23', 'en-GB', { weekday: 'long', day: 'numeric', month: 'long' }) // 'Monday 23 November'
 */
export function formatCalendarDate(
  date: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' },
): string {
  const instant = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return safeFormat(instant, locale, options, 'UTC');
}

/** The time of day of an instant, e.g. "08:15", in the person's time zone. */
export function formatTime(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return safeFormat(date, locale, { timeStyle: 'short' }, timeZone);
}

/**
 * A percentage (0–100) as people read it, whole and in the locale's way: "57%" in English,
 * "57 %" in French. The one place every page and chart formats a percentage.
 *
 * @example formatPercent(56.7, 'en') // '57%'
 */
export function formatPercent(percent: number, locale: string): string {
  const options = { style: 'percent', maximumFractionDigits: 0 } as const;
  try {
    return numberFormat(locale, options).format(percent / 100);
  } catch {
    return numberFormat('en', options).format(percent / 100);
  }
}
