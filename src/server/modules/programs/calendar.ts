import type { Program } from '../../../contracts/programs';
import { plainBlocks } from '../../../core/plain-blocks';
import { type CalendarEvent, calendarFile } from '../../lib/icalendar';

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

/**
 * A program's sessions as an iCalendar file (RFC 5545): one event per session, its start in
 * UTC, so every calendar shows it at the right hour wherever it is opened.
 */
export function sessionsCalendar(program: Program, programUrl: string): string {
  return calendarFile(
    program.sessions.map((session, index) =>
      sessionEvent(program.title, session, index, programUrl),
    ),
    { productId: 'praxis/programs', calName: program.title },
  );
}
