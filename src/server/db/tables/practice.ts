import type { CheckInSummary } from '../../../core/check-in-summary';

/** Practices with their check-ins, and learning items with their sessions. */

export interface PracticesTable {
  id: string;
  userId: string;
  name: string;
  description: string;
  /** JSON of a Schedule. */
  schedule: string;
  aspirationId: string | null;
  valueId: string | null;
  /** The calendar date it was created on, in the author's time zone. */
  startDate: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One per practice and calendar date. */
export interface PracticeCheckinsTable {
  id: string;
  practiceId: string;
  date: string;
  status: 'done' | 'skipped';
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * What a practice's check-ins add up to as of its last one (`core/check-in-summary.ts`), kept in
 * the transaction of every check-in write, undo and schedule change, so that Today and the list
 * tell strength and streaks without reading the check-ins. No row: no check-in yet.
 */
export interface CheckInSummariesTable extends CheckInSummary {
  practiceId: string;
}

export interface LearningItemsTable {
  id: string;
  userId: string;
  kind: 'book' | 'course' | 'article' | 'mentoring' | 'feedback' | 'experience';
  title: string;
  source: string;
  url: string | null;
  status: 'planned' | 'in_progress' | 'done';
  /** Markdown. */
  insights: string;
  startedOn: string | null;
  finishedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LearningItemAspirationsTable {
  learningItemId: string;
  aspirationId: string;
}

/** Time given to a learning item on a calendar date (hours are kept as whole minutes). */
export interface LearningSessionsTable {
  id: string;
  learningItemId: string;
  date: string;
  minutes: number;
  note: string;
  createdAt: string;
}

export interface PracticeTables {
  practices: PracticesTable;
  practiceCheckins: PracticeCheckinsTable;
  checkInSummaries: CheckInSummariesTable;
  learningItems: LearningItemsTable;
  learningItemAspirations: LearningItemAspirationsTable;
  learningSessions: LearningSessionsTable;
}

/** The columns of a practice that its module reads and a person's archive carries. */
export const practiceColumns = [
  'id',
  'name',
  'description',
  'schedule',
  'aspirationId',
  'valueId',
  'startDate',
  'archivedAt',
  'createdAt',
] as const;

/** The columns of a learning item that its module reads and a person's archive carries. */
export const learningItemColumns = [
  'id',
  'kind',
  'title',
  'source',
  'url',
  'status',
  'insights',
  'startedOn',
  'finishedOn',
  'createdAt',
  'updatedAt',
] as const;
