import { timeZoneOffset } from '../../lib/format';

/** The five links of the chain a reaction log follows, in order. */
export const CHAIN = ['trigger', 'emotion', 'automatic', 'chosen', 'outcome'] as const;

/**
 * The instant of a local date and time of day in a time zone, as ISO 8601 with that zone's
 * offset (at that moment), e.g. `instantOf('2026-11-23', '08:15', 'Europe/Berlin')` →
 * `'2026-11-23T08:15:00+01:00'`. UTC (or a zone the runtime cannot read) gives `Z`.
 */
export function instantOf(date: string, time: string, timeZone: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const offset = timeZoneOffset(timeZone, guess).replace('GMT', '');
  return `${date}T${time}:00${offset || 'Z'}`;
}

/** The time of day of an instant in a time zone, as HH:MM on a 24-hour clock. */
export function localTimeOf(instant: string | number, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(instant));
  try {
    return format(timeZone);
  } catch {
    return format('UTC');
  }
}

/**
 * The width of a pattern's bar as a share of the most frequent one, in percent, never less
 * than a sliver so a single occurrence still shows. `max` is the largest count in the list.
 */
export function barPercent(count: number, max: number): number {
  if (max <= 0 || count <= 0) return 0;
  return Math.max(4, Math.min(100, Math.round((count / max) * 100)));
}
