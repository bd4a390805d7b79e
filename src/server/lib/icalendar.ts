import type { EventAttributes } from 'ics';
import type { Program } from '../../contracts/programs';
import { plainBlocks } from '../../core/plain-blocks';
import { localDate } from '../../core/calendar';
import { localTimeAt, zoneOffset } from '../../core/reminders';

/**
 * The one home of iCalendar files (RFC 5545), built with the `ics` library: a program's sessions
 * and a person's calendar feed. An event either starts at a UTC instant (`ics` as it is) or at a
 * local date and time in an IANA zone (`zoned`): then its DTSTART carries `TZID` and the file
 * holds a VTIMEZONE for the zone, so a repeating event keeps its local time across
 * daylight-saving changes.
 *
 * @example
 * calendarFile([{ uid: 'a@praxis', title: 'Walk', start: Date.parse(iso), duration: { minutes: 15 } }],
 *   { productId: 'praxis/feed', calName: 'Praxis' });
 */
export type CalendarEvent = EventAttributes & {
  /** A local start instead of `start`: `date` YYYY-MM-DD, `time` HH:MM, in `timeZone`. */
  zoned?: { date: string; time: string; timeZone: string };
};

const DAY_MS = 86_400_000;
/** The years a VTIMEZONE spells out transitions for: from last year, this many ahead. */
const ZONE_YEARS_AHEAD = 10;

const compact = (date: string, time: string) =>
  `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;

/** `+0100` for an offset in milliseconds. */
function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(ms / 60_000));
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A VTIMEZONE for an IANA zone, read from the runtime's time-zone data: the offset in force a
 * year ago, then each transition up to `ZONE_YEARS_AHEAD` years from now, each an observance
 * with its onset in local time (before the change) and its offsets.
 */
export function vtimezone(timeZone: string, now = Date.now()): string {
  const from = now - 366 * DAY_MS;
  const until = now + ZONE_YEARS_AHEAD * 366 * DAY_MS;
  const first = zoneOffset(from, timeZone);
  const observances: string[] = [
    [
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(first)}`,
      `TZOFFSETTO:${offsetText(first)}`,
      'END:STANDARD',
    ].join('\r\n'),
  ];
  let previous = first;
  for (let day = from; day < until; day += DAY_MS) {
    const offset = zoneOffset(day + DAY_MS, timeZone);
    if (offset === previous) continue;
    // The transition lies within this day: find its second.
    let low = day;
    let high = day + DAY_MS;
    while (high - low > 1000) {
      const middle = Math.floor((low + high) / 2000) * 1000;
      if (zoneOffset(middle, timeZone) === previous) low = middle;
      else high = middle;
    }
    // Its onset in the local time before the change, as RFC 5545 writes it.
    const onset = high + previous;
    const wall = new Date(onset).toISOString();
    const kind = offset > previous ? 'DAYLIGHT' : 'STANDARD';
    observances.push(
      [
        `BEGIN:${kind}`,
        `DTSTART:${compact(wall.slice(0, 10), wall.slice(11, 16))}`,
        `TZOFFSETFROM:${offsetText(previous)}`,
        `TZOFFSETTO:${offsetText(offset)}`,
        `END:${kind}`,
      ].join('\r\n'),
    );
    previous = offset;
  }
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observances, 'END:VTIMEZONE'].join('\r\n');
}

/** An iCalendar file of these events (an empty calendar when there are none). */
export async function calendarFile(
  events: readonly CalendarEvent[],
  options: { productId: string; calName?: string },
): Promise<string> {
  const header = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.productId}`];
  if (events.length === 0) {
    return [...header, 'CALSCALE:GREGORIAN', 'END:VCALENDAR', ''].join('\r\n');
  }
  const zones = new Set<string>();
  const attributes: EventAttributes[] = events.map(({ zoned, ...event }) => {
    if (!zoned) return event;
    zones.add(zoned.timeZone);
    // Marked here, turned into `DTSTART;TZID=…:` below (the library writes no TZID itself).
    return {
      ...event,
      start: `TZID=${zoned.timeZone}:${compact(zoned.date, zoned.time)}`,
    } as EventAttributes;
  });
  // Loaded on the first calendar, not at start-up: ics took most of a second of a cold start.
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(attributes, {
    productId: options.productId,
    ...(options.calName !== undefined && { calName: options.calName }),
  });
  if (error || value === null) throw error ?? new Error('calendar not written');
  let text = value.replace(/\r\n[ \t]/g, '').replace(/^DTSTART:TZID=/gm, 'DTSTART;TZID=');
  if (zones.size > 0) {
    const timezones = [...zones].sort().map((zone) => vtimezone(zone));
    text = text.replace(/\r\nBEGIN:VEVENT/, `\r\n${timezones.join('\r\n')}\r\nBEGIN:VEVENT`);
  }
  return foldOctets(text);
}

/** The local date and time HH:MM an instant reads in a zone (for a zoned start). */
export function zonedStartOf(instant: number, timeZone: string) {
  return { date: localDate(instant, timeZone), time: localTimeAt(instant, timeZone), timeZone };
}

/**
 * Re-folds content lines at 75 octets, as RFC 5545 (3.1) asks: the library folds at 75
 * characters, which a line with non-ASCII text (a dash, an accented name) overruns. Never splits
 * a character's UTF-8 bytes.
 */
export function foldOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let size = 0;
      for (const char of line) {
        const bytes = Buffer.byteLength(char);
        const limit = parts.length === 0 ? 75 : 74;
        if (size + bytes > limit) {
          parts.push(current);
          current = '';
          size = 0;
        }
        current += char;
        size += bytes;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** The parts of a session its event is made of. */
type SessionFacts = Pick<
  Program['sessions'][number],
  'id' | 'startsAt' | 'durationMinutes' | 'agenda' | 'link' | 'place'
>;

/**
 * One session as an event: its start in UTC (computed from the facilitator's local time and time
 * zone), its agenda and link, and a UID stable across files, so importing again updates it.
 * Shared by the program's own file and a person's calendar feed.
 */
export function sessionEvent(
  programTitle: string,
  session: SessionFacts,
  index: number,
  programUrl: string,
): CalendarEvent {
  const agenda = plainBlocks(session.agenda)
    .map((b) => (b.kind === 'item' ? `• ${b.text}` : b.text))
    .join('\n');
  const description = [agenda, session.link && `Join: ${session.link}`, programUrl]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `${session.id}@praxis.programs`,
    title: `${programTitle} — session ${index + 1}`,
    start: Date.parse(session.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
    description,
    ...(session.place || session.link ? { location: session.place || session.link } : {}),
    ...(session.link ? { url: session.link } : {}),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    productId: 'praxis/programs',
    calName: programTitle,
  };
}
