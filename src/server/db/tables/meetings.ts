/** The next meeting of a 1:1 space (migration 0038). */
export interface OneOnOneMeetingsTable {
  spaceId: string;
  /** Local date `YYYY-MM-DD` of the (first) meeting. */
  date: string;
  /** Local time `HH:MM`. */
  time: string;
  /** The IANA zone the date and time are in. */
  timeZone: string;
  durationMinutes: number;
  /** A room or a video link; '' for none. Shown in the space only, never in a calendar feed. */
  place: string;
  /** Repeats every this many weeks; null for a single meeting. */
  repeatWeeks: number | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingTables {
  oneOnOneMeetings: OneOnOneMeetingsTable;
}
