import { z } from 'zod';
import { isCalendarDate, isLocalTime } from '../core/calendar';
import { BeliefKind } from './beliefs';
import { Agreement } from './delegation';
import { FeedbackRequest } from './feedback';
import { LearningKind, LearningStatus } from './learning';
import { OneOnOne } from './one-on-ones';
import { Schedule } from './practices';
import { Emotions, ReflectionForm, ReflectionKind, Tags } from './reflections';
import { IsoWeek } from './reviews';
import { AspirationStatus, Level, LifeDomain } from './vision';

/**
 * The Praxis archive: everything of one person, as `GET /api/export?format=json` writes it and
 * `POST /api/imports` (format `praxis`) reads it back. One JSON object: `format`,
 * `formatVersion`, `exportedAt`, `account` (for reading only; an import never changes the
 * account), then one array per section in the order below. Items keep the ids they had, and
 * refer to each other by those ids; an import gives them new ones. Timestamps are ISO 8601 UTC,
 * calendar dates YYYY-MM-DD in the author's time zone, and structured columns (emotions, tags,
 * forms, schedules) are JSON values, not strings.
 */
export const ARCHIVE_FORMAT = 'praxis-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

const Id = z.string().min(1).max(64);
const Instant = z.iso.datetime({ message: 'Use an ISO 8601 UTC time, e.g. 2026-11-23T08:00:00Z.' });
const Day = z.string().refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' });
const Text = (max: number) => z.string().max(max, { message: `Use at most ${max} characters.` });
const LONG = 200_000;
const SHORT = 2_000;
const Count = z.number().int().min(0).max(1_000_000);
const Mood = z.number().int().min(-5).max(5).nullable();
/** Children of one item: a practice checked in daily for 40 years fits. */
const children = <T extends z.ZodType>(item: T) => z.array(item).max(20_000);

export const ArchivePurposeRevision = z.object({ id: Id, text: Text(SHORT), at: Instant });

export const ArchiveValue = z.object({
  id: Id,
  name: Text(200),
  description: Text(SHORT),
  rank: Count,
  createdAt: Instant,
  updatedAt: Instant,
});

export const ArchiveAspiration = z.object({
  id: Id,
  title: Text(500),
  domain: LifeDomain,
  vision: Text(LONG),
  visionLevel: Level,
  status: AspirationStatus,
  statusNote: Text(SHORT).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  revisions: children(
    z.object({
      id: Id,
      at: Instant,
      vision: Text(LONG),
      visionLevel: Level,
      reason: Text(SHORT).nullable(),
      createdAt: Instant,
    }),
  ),
  assessments: children(
    z.object({ id: Id, at: Instant, level: Level, evidence: Text(LONG), createdAt: Instant }),
  ),
  actionSteps: children(
    z.object({ id: Id, text: Text(SHORT), doneAt: Instant.nullable(), createdAt: Instant }),
  ),
});

export const ArchivePractice = z.object({
  id: Id,
  name: Text(200),
  description: Text(SHORT),
  schedule: Schedule,
  aspirationId: Id.nullable(),
  valueId: Id.nullable(),
  startDate: Day,
  archivedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  checkIns: children(
    z.object({
      id: Id,
      date: Day,
      status: z.enum(['done', 'skipped']),
      note: Text(SHORT).nullable(),
      createdAt: Instant,
      updatedAt: Instant,
    }),
  ),
});

export const ArchiveReflection = z.object({
  id: Id,
  kind: ReflectionKind,
  title: Text(500),
  body: Text(LONG),
  promptId: Text(100).nullable(),
  moodPleasantness: Mood,
  moodEnergy: Mood,
  emotions: Emotions,
  tags: Tags,
  form: ReflectionForm.nullable(),
  at: Instant,
  date: Day,
  createdAt: Instant,
  updatedAt: Instant,
});

export const ArchiveMoodCheckIn = z.object({
  id: Id,
  at: Instant,
  date: Day,
  pleasantness: z.number().int().min(-5).max(5),
  energy: z.number().int().min(-5).max(5),
  emotions: Emotions,
});

export const ArchiveReaction = z.object({
  id: Id,
  at: Instant,
  date: Day,
  trigger: Text(SHORT),
  emotions: Emotions,
  intensity: z.number().int().min(0).max(10),
  automaticReaction: Text(SHORT),
  chosenResponse: Text(SHORT),
  outcome: Text(SHORT),
  createdAt: Instant,
  updatedAt: Instant,
});

export const ArchiveWeeklyReview = z.object({
  id: Id,
  week: IsoWeek,
  wentWell: Text(LONG),
  learned: Text(LONG),
  focus: Text(LONG),
  createdAt: Instant,
  updatedAt: Instant,
  ratings: children(
    z.object({
      id: Id,
      valueId: Id.nullable(),
      valueName: Text(200),
      rating: Level,
      evidence: Text(SHORT),
      position: Count,
    }),
  ),
});

export const ArchiveBelief = z.object({
  id: Id,
  statement: Text(SHORT),
  kind: BeliefKind,
  evidenceFor: Text(LONG),
  evidenceAgainst: Text(LONG),
  reframe: Text(LONG),
  sourceReflectionId: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});

export const ArchiveLearningItem = z.object({
  id: Id,
  kind: LearningKind,
  title: Text(500),
  source: Text(500),
  url: Text(SHORT).nullable(),
  status: LearningStatus,
  insights: Text(LONG),
  startedOn: Day.nullable(),
  finishedOn: Day.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  aspirationIds: z.array(Id).max(100),
  sessions: children(
    z.object({
      id: Id,
      date: Day,
      minutes: z
        .number()
        .int()
        .min(0)
        .max(24 * 60),
      note: Text(SHORT),
      createdAt: Instant,
    }),
  ),
});

export const ArchivePromptDelivery = z.object({ date: Day, promptId: Text(100) });

/** A share I made; kept for the record, not restored by an import (decision 0027). */
export const ArchiveShare = z.object({
  id: Id,
  itemType: Text(40),
  itemId: Id,
  targetType: z.enum(['user', 'team', 'org']),
  targetId: Id,
  createdAt: Instant,
});

/**
 * A 1:1 meeting of a space I see (one per space); kept for the record, not restored by an
 * import: the space belongs to two people, and only they make one (decision 0045).
 */
export const ArchiveOneOnOneMeeting = z.object({
  spaceId: Id,
  spaceTitle: Text(200),
  otherPerson: Text(200),
  date: Day,
  time: z.string().refine(isLocalTime, { message: 'Use a time written HH:MM (24-hour).' }),
  timeZone: Text(100),
  durationMinutes: z.number().int().min(5).max(480),
  place: Text(SHORT),
  repeatWeeks: z.number().int().min(1).max(8).nullable(),
  setBy: Text(200).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});

/**
 * A feedback request I made, as I see it in Praxis: only the answers that may be shown (named
 * ones; anonymous ones once it closed with at least three). For the record: an import does not
 * ask anyone again.
 */
export const ArchiveFeedbackRequest = FeedbackRequest;

/**
 * An answer I gave with my name, as a colleague signed in, to someone's request. Anonymous answers
 * keep nothing that ties them to their giver, so they are in nobody's archive but the requester's.
 */
export const ArchiveFeedbackGiven = z.object({
  id: Id,
  requestId: Id,
  requesterName: Text(200),
  question: Text(SHORT),
  situation: Text(LONG),
  behavior: Text(LONG),
  impact: Text(LONG),
  suggestion: Text(LONG),
  answeredAt: Instant.nullable(),
});

/**
 * A 1:1 space I see (I own it, or I am its colleague while it is open), whole as its page shows
 * it to me: agenda, notes, action items and meeting. For the record: the space is two people's.
 */
export const ArchiveOneOnOne = OneOnOne;

/**
 * A delegation agreement I am a party to, whole as its page shows it to me: areas, levels, rounds
 * (the other party's choice in a round not yet revealed stays hidden), transitions and history.
 */
export const ArchiveDelegationAgreement = Agreement;

/** Every section of the archive, in the order it is written and read. */
export const ARCHIVE_SECTIONS = {
  purposeRevisions: ArchivePurposeRevision,
  values: ArchiveValue,
  aspirations: ArchiveAspiration,
  practices: ArchivePractice,
  reflections: ArchiveReflection,
  moodCheckIns: ArchiveMoodCheckIn,
  reactions: ArchiveReaction,
  weeklyReviews: ArchiveWeeklyReview,
  beliefs: ArchiveBelief,
  learningItems: ArchiveLearningItem,
  promptDeliveries: ArchivePromptDelivery,
  shares: ArchiveShare,
  oneOnOneMeetings: ArchiveOneOnOneMeeting,
  feedbackRequests: ArchiveFeedbackRequest,
  feedbackGiven: ArchiveFeedbackGiven,
  oneOnOnes: ArchiveOneOnOne,
  delegationAgreements: ArchiveDelegationAgreement,
} as const;
export type ArchiveSectionName = keyof typeof ARCHIVE_SECTIONS;
export type ArchiveRecord<S extends ArchiveSectionName> = z.infer<(typeof ARCHIVE_SECTIONS)[S]>;

export const ArchiveAccount = z.object({
  name: z.string(),
  email: z.string(),
  timeZone: z.string(),
  createdAt: Instant,
});
