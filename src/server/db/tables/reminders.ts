/** Reminders at a local time, their firings, and each person's calendar feed. */

/** A person's reminder of one target: a practice, the daily reflection or the weekly review. */
export interface RemindersTable {
  userId: string;
  /** `practice:<id>`, `reflection` or `review`. */
  target: string;
  practiceId: string | null;
  /** Local time `HH:MM` in the person's time zone. */
  time: string;
  /** ISO weekday (1 = Monday) of the weekly review's reminder; null for the others. */
  weekday: number | null;
  /** The next instant it fires (ISO UTC); null when it has no day to fire on. */
  nextFireAt: string | null;
  /** The time zone `nextFireAt` was computed in: computed again when the person's changed. */
  zone: string;
  /** The practice's schedule (JSON) it was computed for; null for the other reminders. */
  schedule: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One per person, target and local date: the claim that makes a reminder fire once. */
export interface ReminderFiringsTable {
  userId: string;
  target: string;
  date: string;
  firedAt: string;
  /** `raised` (an inbox item) or `done` (skipped: already done that day). */
  outcome: string;
}

export interface CalendarFeedsTable {
  userId: string;
  /** SHA-256 (hex) of the feed's secret. */
  secretHash: string;
  createdAt: string;
}

export interface ReminderTables {
  reminders: RemindersTable;
  reminderFirings: ReminderFiringsTable;
  calendarFeeds: CalendarFeedsTable;
}
