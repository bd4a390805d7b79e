import type { Program } from '../../../contracts/programs';
import { calendarFile, sessionEvent } from '../../lib/icalendar';

/**
 * A program's sessions as an iCalendar file (RFC 5545): one event per session, its start in
 * UTC, so every calendar shows it at the right hour wherever it is opened.
 */
export function sessionsCalendar(program: Program, programUrl: string): Promise<string> {
  return calendarFile(
    program.sessions.map((session, index) =>
      sessionEvent(program.title, session, index, programUrl),
    ),
    { productId: 'praxis/programs', calName: program.title },
  );
}
