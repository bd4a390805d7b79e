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
