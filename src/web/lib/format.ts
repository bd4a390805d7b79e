/**
 * A calendar date such as "23 Nov 2025", shown in the person's time zone when the browser knows
 * it, otherwise in the browser's own.
 */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  }
}

/** The UTC offset of a time zone at `at`, e.g. "GMT+01:00"; empty when the runtime cannot say. */
export function timeZoneOffset(timeZone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName');
    return parts?.value ?? '';
  } catch {
    return '';
  }
}
