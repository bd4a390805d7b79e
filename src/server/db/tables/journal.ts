/**
 * The journal: reflections, daily prompts, mood check-ins,
 * reactions, weekly reviews and beliefs.
 */

export interface ReflectionsTable {
  id: string;
  userId: string;
  kind: string;
  title: string;
  /** Markdown, as written. */
  body: string;
  promptId: string | null;
  moodPleasantness: number | null;
  moodEnergy: number | null;
  /** JSON arrays of words. */
  emotions: string;
  tags: string;
  /** JSON of a left-hand-column or ladder-of-inference form, or null. */
  form: string | null;
  at: string;
  /** The calendar date in the author's time zone when it was written. */
  date: string;
  createdAt: string;
  updatedAt: string;
}

/** The prompt chosen for a person on a calendar date, so it stays the same all day. */
export interface PromptDeliveriesTable {
  userId: string;
  date: string;
  promptId: string;
}

export interface MoodCheckinsTable {
  id: string;
  userId: string;
  at: string;
  date: string;
  pleasantness: number;
  energy: number;
  emotions: string;
}

/** Respond, not react: trigger → emotion → automatic reaction → chosen response → outcome. */
export interface ReactionsTable {
  id: string;
  userId: string;
  at: string;
  date: string;
  trigger: string;
  /** JSON array of emotion words. */
  emotions: string;
  intensity: number;
  automaticReaction: string;
  chosenResponse: string;
  outcome: string;
  createdAt: string;
  updatedAt: string;
}

export interface WeeklyReviewsTable {
  id: string;
  userId: string;
  /** ISO week, e.g. 2026-W47; one review per person and week. */
  week: string;
  wentWell: string;
  learned: string;
  focus: string;
  createdAt: string;
  updatedAt: string;
}

/** A value rated for a week; the name is kept so a deleted value's rating still reads. */
export interface WeeklyReviewRatingsTable {
  id: string;
  reviewId: string;
  valueId: string | null;
  valueName: string;
  rating: number;
  evidence: string;
  position: number;
}

export interface BeliefsTable {
  id: string;
  userId: string;
  statement: string;
  kind: 'limiting' | 'empowering';
  evidenceFor: string;
  evidenceAgainst: string;
  reframe: string;
  sourceReflectionId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JournalTables {
  reflections: ReflectionsTable;
  promptDeliveries: PromptDeliveriesTable;
  moodCheckins: MoodCheckinsTable;
  reactions: ReactionsTable;
  weeklyReviews: WeeklyReviewsTable;
  weeklyReviewRatings: WeeklyReviewRatingsTable;
  beliefs: BeliefsTable;
}

/** The columns of a reflection that its module reads and a person's archive carries. */
export const reflectionColumns = [
  'id',
  'kind',
  'title',
  'body',
  'promptId',
  'moodPleasantness',
  'moodEnergy',
  'emotions',
  'tags',
  'form',
  'at',
  'date',
  'createdAt',
  'updatedAt',
] as const;
