import type { Generated } from 'kysely';

/** Programs (cohorts): seats, sessions, a week-by-week curriculum, and enrollments. */

export interface ProgramsTable {
  id: string;
  orgId: string;
  title: string;
  /** Markdown, shown sanitized. */
  description: string;
  startDate: string;
  endDate: string;
  seats: number;
  status: 'open' | 'closed';
  /** The queue number the next enrollment takes; read and raised under the row's lock. */
  nextSeq: Generated<number>;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramSessionsTable {
  id: string;
  programId: string;
  /** The local date and time (HH:MM) in `timeZone`, as the facilitator wrote them. */
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: number;
  place: string;
  link: string;
  /** Markdown. */
  agenda: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramItemsTable {
  id: string;
  programId: string;
  week: number;
  kind: 'prompt' | 'practice';
  title: string;
  /** Markdown: a snapshot of the text, also when picked from the library. */
  body: string;
  /** The library entry it was picked from (`builtin:prompt:<id>` or an organization's), if any. */
  libraryEntryId: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A person's own enrollment: holding a seat, waiting for one (in `seq` order), or withdrawn.
 * Names only: a program never links to anything personal.
 */
export interface ProgramEnrollmentsTable {
  id: string;
  programId: string;
  userId: string;
  status: 'enrolled' | 'waitlisted' | 'withdrawn';
  seq: number;
  /** When they last enrolled or joined the waitlist. */
  joinedAt: string;
  /** When they got their seat (null while waiting or withdrawn). */
  enrolledAt: string | null;
  withdrawnAt: string | null;
}

export interface ProgramTables {
  programs: ProgramsTable;
  programSessions: ProgramSessionsTable;
  programItems: ProgramItemsTable;
  programEnrollments: ProgramEnrollmentsTable;
}
