import type { EventAttributes } from 'ics';
import type { Program } from '../../../contracts/programs';
import { plainBlocks } from '../../../core/plain-blocks';

/**
 * A program's sessions as an iCalendar file (RFC 5545): one event per session, its start in
 * UTC (computed from the facilitator's local time and time zone), so every calendar shows it at
 * the right hour wherever it is opened. Each event's UID is stable, so importing the file again
 * updates the sessions instead of doubling them.
 */
export async function sessionsCalendar(program: Program, programUrl: string): Promise<string> {
  const events: EventAttributes[] = program.sessions.map((session, index) => {
    const agenda = plainBlocks(session.agenda)
      .map((b) => (b.kind === 'item' ? `• ${b.text}` : b.text))
      .join('\n');
    const description = [agenda, session.link && `Join: ${session.link}`, programUrl]
      .filter(Boolean)
      .join('\n\n');
    return {
      uid: `${session.id}@praxis.programs`,
      title: `${program.title} — session ${index + 1}`,
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
      calName: program.title,
    };
  });
  if (events.length === 0) {
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:praxis/programs',
      'CALSCALE:GREGORIAN',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  // Loaded on the first calendar, not at start-up: ics took most of a second of a cold start.
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(events, {
    productId: 'praxis/programs',
    calName: program.title,
  });
  if (error || value === null) throw error ?? new Error('calendar not written');
  return foldOctets(value);
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
