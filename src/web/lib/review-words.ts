import { addDays, mondayOfIsoWeek } from '../../core/calendar';
import { formatCalendarDate } from './format';

// Percentages have one formatter for the whole app (./format.ts); pages of reviews import it here.
export { formatPercent } from './format';

/** The number of an ISO week, e.g. 48 for 2026-W48. */
export function weekNumber(week: string): number {
  return Number(week.slice(week.indexOf('W') + 1));
}

/**
 * A week's days in words, e.g. "23–29 Nov 2026", or with `until` the days from that week's Monday
 * to the Sunday of the week `until` ("8 Dec 2025 – 6 Dec 2026"); the week itself when it does
 * not exist.
 */
export function weekRange(week: string, locale: string, until = week): string {
  const monday = mondayOfIsoWeek(week);
  const lastMonday = mondayOfIsoWeek(until);
  if (!monday || !lastMonday) return week;
  const sunday = addDays(lastMonday, 6);
  const day = { day: 'numeric', month: 'short', year: 'numeric' } as const;
  try {
    const format = new Intl.DateTimeFormat(locale, { ...day, timeZone: 'UTC' });
    return format.formatRange(new Date(`${monday}T12:00:00Z`), new Date(`${sunday}T12:00:00Z`));
  } catch {
    return `${formatCalendarDate(monday, locale, day)} – ${formatCalendarDate(sunday, locale, day)}`;
  }
}
