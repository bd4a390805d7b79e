import { formatCalendarDate } from '../../lib/format';

/** Hours as people read them: at most two decimals, e.g. "3.5" or "0.25". */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hours);
}

/**
 * A month written YYYY-MM in words: short for an axis ("Nov"), long for a table
 * ("November 2026").
 */
export function monthLabel(month: string, locale: string, style: 'short' | 'long'): string {
  return formatCalendarDate(
    `${month}-01`,
    locale,
    style === 'short' ? { month: 'short' } : { month: 'long', year: 'numeric' },
  );
}

/**
 * Two calendar dates (YYYY-MM-DD) as one span, shared parts written once: "Nov 3 – 23, 2026",
 * or just "Nov 23, 2026" for a single day.
 */
export function dateSpan(from: string, to: string, locale: string): string {
  const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);
  if (from === to) return formatCalendarDate(from, locale);
  try {
    return new Intl.DateTimeFormat(locale, options).formatRange(noon(from), noon(to));
  } catch {
    return `${formatCalendarDate(from, locale)} – ${formatCalendarDate(to, locale)}`;
  }
}
