/**
 * Table types as Kysely sees them through CamelCasePlugin (columns are snake_case in SQL).
 * Timestamps are ISO 8601 UTC strings on both databases, so they sort and compare as text and
 * no driver converts them (see docs/decisions/0002-database.md).
 *
 * Each area of the product keeps its tables in `tables/<area>.ts`; `DB` is all of them. The table
 * types are exported here too, so a command or query imports them from one place.
 */
import type { AccountTables } from './tables/accounts';
import type { VisionTables } from './tables/vision';
import type { JournalTables } from './tables/journal';
import type { PracticeTables } from './tables/practice';
import type { OrgTables } from './tables/orgs';
import type { SharingTables } from './tables/sharing';
import type { PairTables } from './tables/pairs';
import type { ProgramTables } from './tables/programs';
import type { LibraryTables } from './tables/library';
import type { StatisticsTables } from './tables/statistics';
import type { InboxTables } from './tables/inbox';
import type { MailTables } from './tables/mail';
import type { PortabilityTables } from './tables/portability';
import type { ReminderTables } from './tables/reminders';
import type { SearchTables } from './tables/search';
import type { MeetingTables } from './tables/meetings';
import type { CrisisResourceTables } from './tables/crisis-resources';

export type {
  UsersTable,
  SessionsTable,
  AccessTokensTable,
  PasswordFailuresTable,
  RememberedDevicesTable,
} from './tables/accounts';
export type {
  PurposeRevisionsTable,
  PersonalValuesTable,
  AspirationsTable,
  VisionRevisionsTable,
  RealityAssessmentsTable,
  ActionStepsTable,
} from './tables/vision';
export type {
  ReflectionsTable,
  PromptDeliveriesTable,
  MoodCheckinsTable,
  ReactionsTable,
  WeeklyReviewsTable,
  WeeklyReviewRatingsTable,
  BeliefsTable,
} from './tables/journal';
export type {
  PracticesTable,
  PracticeCheckinsTable,
  CheckInSummariesTable,
  LearningItemsTable,
  LearningItemAspirationsTable,
  LearningSessionsTable,
} from './tables/practice';
export type {
  OrgsTable,
  OrgMembersTable,
  InvitationsTable,
  TeamsTable,
  TeamJoinRequestsTable,
  TeamMembershipEventsTable,
  MembershipChange,
  TeamOutcomesTable,
  TeamOutcomeLinksTable,
  TeamMembersTable,
  AfterActionReviewsTable,
  AarActionItemsTable,
} from './tables/orgs';
export type {
  SharesTable,
  AccessLogTable,
  FeedbackRequestsTable,
  FeedbackRecipientsTable,
  FeedbackAnswersTable,
} from './tables/sharing';
export type {
  DelegationAgreementsTable,
  DelegationAreasTable,
  DelegationRoundsTable,
  DelegationTransitionsTable,
  DelegationEventsTable,
  OneOnOnesTable,
  OneOnOneTopicsTable,
  OneOnOneNotesTable,
  OneOnOneActionsTable,
} from './tables/pairs';
export type {
  ProgramsTable,
  ProgramSessionsTable,
  ProgramItemsTable,
  ProgramEnrollmentsTable,
} from './tables/programs';
export type {
  LibraryEntriesTable,
  LibraryVersionsTable,
  LibraryProposalsTable,
  LibraryChoicesTable,
} from './tables/library';
export type {
  StatisticsConsentsTable,
  StatisticsWeeksTable,
  StatisticsLearningTable,
  StatisticsContributorsTable,
  StatisticsAtomWeeksTable,
} from './tables/statistics';
export type { InboxItemsTable } from './tables/inbox';

/** Every table of both databases. */
export interface DB
  extends
    AccountTables,
    VisionTables,
    JournalTables,
    PracticeTables,
    OrgTables,
    SharingTables,
    PairTables,
    ProgramTables,
    LibraryTables,
    StatisticsTables,
    InboxTables,
    MailTables,
    PortabilityTables,
    ReminderTables,
    SearchTables,
    MeetingTables,
    CrisisResourceTables {}

export type { ImportsTable, ImportedItemsTable } from './tables/portability';
export type { RemindersTable, ReminderFiringsTable, CalendarFeedsTable } from './tables/reminders';
export type { SearchDocumentsTable } from './tables/search';
