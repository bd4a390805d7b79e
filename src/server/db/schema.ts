import type { Generated } from 'kysely';

/**
 * Table types as Kysely sees them through CamelCasePlugin (columns are snake_case in SQL).
 * Timestamps are ISO 8601 UTC strings on both databases, so they sort and compare as text and
 * no driver converts them (see docs/decisions/0002-database.md).
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  timeZone: string;
  onboarding: Generated<'pending' | 'done' | 'skipped'>;
  createdAt: string;
  updatedAt: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's secret: a copy of the database cannot be used to sign in. */
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
}

export interface AccessTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** `read` tokens may only read (GET, HEAD); `read-write` ones may do what the person may. */
  scope: 'read' | 'read-write';
  /** Null only for a token its owner explicitly made to never expire. */
  expiresAt: string | null;
}

/** A failed password check (sign-in, password change, account deletion), kept for an hour. */
export interface PasswordFailuresTable {
  id: string;
  /** SHA-256 of the normalized email, so attempted addresses are not kept readable. */
  accountKey: string;
  address: string;
  /** The remembered device the attempt came from, if any. */
  deviceId: string | null;
  createdAt: string;
}

/** A browser that signed in to an account before; its id is the SHA-256 of the cookie secret. */
export interface RememberedDevicesTable {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface PurposeRevisionsTable {
  id: string;
  userId: string;
  text: string;
  at: string;
}

export interface PersonalValuesTable {
  id: string;
  userId: string;
  name: string;
  description: string;
  /** 1 = most important; dense within a person's values. */
  rank: number;
  createdAt: string;
  updatedAt: string;
}

export interface AspirationsTable {
  id: string;
  userId: string;
  title: string;
  domain: string;
  /** The vision in force now: a copy of the latest revision, kept in the same transaction. */
  vision: string;
  visionLevel: number;
  status: 'active' | 'paused' | 'achieved' | 'released';
  statusNote: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Every version of a vision, dated by `at`; never updated or deleted on its own. */
export interface VisionRevisionsTable {
  id: string;
  aspirationId: string;
  at: string;
  vision: string;
  visionLevel: number;
  reason: string | null;
  createdAt: string;
}

/** Append-only honest ratings of where a person is. */
export interface RealityAssessmentsTable {
  id: string;
  aspirationId: string;
  at: string;
  level: number;
  evidence: string;
  createdAt: string;
}

export interface ActionStepsTable {
  id: string;
  aspirationId: string;
  text: string;
  doneAt: string | null;
  createdAt: string;
}

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

/** SQLite only: the FTS5 index of reflections. */
export interface ReflectionsFtsTable {
  reflectionId: string;
  userId: string;
  title: string;
  body: string;
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

export interface OrgsTable {
  id: string;
  name: string;
  /** k: no statistic about people is shown for a group smaller than this. */
  minGroupSize: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrgMembersTable {
  orgId: string;
  userId: string;
  role: 'member' | 'facilitator' | 'admin';
  joinedAt: string;
}

/** An email invitation to an organization: single use, expiring, the token stored hashed. */
export interface InvitationsTable {
  id: string;
  orgId: string;
  email: string;
  role: 'member' | 'facilitator' | 'admin';
  tokenHash: string;
  invitedBy: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  createdAt: string;
}

export interface TeamsTable {
  id: string;
  orgId: string;
  name: string;
  /** The team's shared vision, Markdown; team content, read by the team's members only. */
  vision: string;
  /** 1 when members (not only leaders) may write the vision and outcomes. */
  membersMayEditVision: Generated<number>;
  visionUpdatedAt: string | null;
  visionUpdatedBy: string | null;
  /** 1 when anyone in the organization may join; otherwise joining takes a leader's approval. */
  openToJoin: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

/** A pending request to join a closed team, until one of its leaders answers it. */
export interface TeamJoinRequestsTable {
  id: string;
  teamId: string;
  userId: string;
  createdAt: string;
}

/** What changed in who is in a team: who, by whom, when. Never changed; the team's members see it. */
export interface TeamMembershipEventsTable {
  id: string;
  teamId: string;
  userId: string;
  change: MembershipChange;
  /** The team role the person took, where the change gave one. */
  role: 'member' | 'leader' | null;
  byUserId: string | null;
  at: string;
}

export type MembershipChange =
  | 'joined'
  | 'left'
  | 'added'
  | 'removed'
  | 'role_changed'
  | 'requested'
  | 'approved'
  | 'declined'
  | 'opened'
  | 'closed';

/** One of the outcomes a team wants to create, in the team's order. */
export interface TeamOutcomesTable {
  id: string;
  teamId: string;
  title: string;
  /** Markdown. */
  description: string;
  /** 0-based, dense within a team. */
  position: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A member's opt-in link from one of their aspirations to a team outcome. Who can see it is
 * decided at read time by the aspiration's current shares and the author's team membership.
 */
export interface TeamOutcomeLinksTable {
  outcomeId: string;
  aspirationId: string;
  userId: string;
  createdAt: string;
}

export interface TeamMembersTable {
  teamId: string;
  userId: string;
  role: 'member' | 'leader';
  joinedAt: string;
}

/** A personal item shared by its author; unsharing deletes the row. */
export interface SharesTable {
  id: string;
  ownerId: string;
  itemType: string;
  itemId: string;
  targetType: 'user' | 'team' | 'org';
  targetId: string;
  createdAt: string;
}

/** Every read of a shared item by someone other than its author, for the author to see. */
export interface AccessLogTable {
  id: string;
  ownerId: string;
  readerId: string | null;
  readerName: string;
  itemType: string;
  itemId: string;
  itemTitle: string;
  at: string;
}

export interface FeedbackRequestsTable {
  id: string;
  requesterId: string;
  question: string;
  aspirationId: string | null;
  anonymity: 'allowed' | 'named';
  expiresAt: string;
  /** When the requester closed it; null while open (it also closes when `expiresAt` passes). */
  closedAt: string | null;
  createdAt: string;
}

/**
 * One person asked: a colleague (an account, who answers signed in) or someone by email (who
 * holds a single-use link, kept as its hash).
 */
export interface FeedbackRecipientsTable {
  id: string;
  requestId: string;
  userId: string | null;
  email: string | null;
  /** Only for people asked by email; colleagues have no link. */
  tokenHash: string | null;
  /** 1 once this person has answered (no time kept); shown to the colleague alone. */
  answered: number;
}

/**
 * An answer in Situation–Behavior–Impact form. Anonymous ones have no giver, no time and a random
 * id. A named one keeps the name it carries: a colleague's at answering (with `giverId`), or the
 * name typed through a link (no `giverId`).
 */
export interface FeedbackAnswersTable {
  id: string;
  requestId: string;
  giverId: string | null;
  giverName: string | null;
  situation: string;
  behavior: string;
  impact: string;
  suggestion: string;
  answeredAt: string | null;
}

/** A team's after-action review: what was expected, what happened, why, what we do next time. */
export interface AfterActionReviewsTable {
  id: string;
  teamId: string;
  title: string;
  /** The calendar date of what is reviewed, YYYY-MM-DD. */
  date: string;
  expected: string;
  happened: string;
  whyDifferent: string;
  nextTime: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An action item of a review, owned by a team member; open until `doneAt` is set. */
export interface AarActionItemsTable {
  id: string;
  reviewId: string;
  text: string;
  ownerId: string | null;
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A delegation agreement between two people of one organization (the leader and the member). */
export interface DelegationAgreementsTable {
  id: string;
  orgId: string;
  leaderId: string;
  memberId: string;
  startedBy: string | null;
  archivedAt: string | null;
  archivedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A decision area of an agreement: its agreed level (null until agreed) and a pending proposal. */
export interface DelegationAreasTable {
  id: string;
  agreementId: string;
  title: string;
  note: string;
  position: number;
  /** 1 tell … 7 delegate; null until the two agree. */
  level: number | null;
  proposedLevel: number | null;
  proposedBy: string | null;
  proposedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A round of delegation poker: each party's private choice, revealed once both have chosen. */
export interface DelegationRoundsTable {
  id: string;
  areaId: string;
  leaderChoice: number | null;
  leaderChoseAt: string | null;
  memberChoice: number | null;
  memberChoseAt: string | null;
  startedBy: string | null;
  startedAt: string;
  revealedAt: string | null;
}

/** A planned move of an area's level ("4 → 5 by 2027-03-01"). */
export interface DelegationTransitionsTable {
  id: string;
  areaId: string;
  fromLevel: number;
  toLevel: number;
  /** A calendar date, YYYY-MM-DD. */
  dueOn: string;
  status: 'planned' | 'reached' | 'cancelled';
  createdBy: string | null;
  createdAt: string;
  closedAt: string | null;
}

/** What happened to an area, who did it and when; never changed. No private choice is kept here. */
export interface DelegationEventsTable {
  id: string;
  areaId: string;
  kind:
    | 'area_added'
    | 'poker_started'
    | 'revealed'
    | 'proposed'
    | 'proposal_withdrawn'
    | 'agreed'
    | 'transition_planned'
    | 'transition_cancelled'
    | 'transition_reached';
  actorId: string | null;
  level: number | null;
  fromLevel: number | null;
  leaderLevel: number | null;
  memberLevel: number | null;
  dueOn: string | null;
  at: string;
}

/** A 1:1 space: a shared agenda between its owner and one colleague of one organization. */
export interface OneOnOnesTable {
  id: string;
  orgId: string;
  ownerId: string;
  colleagueId: string;
  title: string;
  endedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OneOnOneTopicsTable {
  id: string;
  spaceId: string;
  title: string;
  /** Markdown. */
  notes: string;
  position: number;
  discussedAt: string | null;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OneOnOneNotesTable {
  id: string;
  spaceId: string;
  /** Markdown. */
  body: string;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OneOnOneActionsTable {
  id: string;
  spaceId: string;
  text: string;
  /** One of the two people in the space. */
  ownerId: string;
  dueOn: string | null;
  doneAt: string | null;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  accessTokens: AccessTokensTable;
  passwordFailures: PasswordFailuresTable;
  rememberedDevices: RememberedDevicesTable;
  purposeRevisions: PurposeRevisionsTable;
  personalValues: PersonalValuesTable;
  aspirations: AspirationsTable;
  visionRevisions: VisionRevisionsTable;
  realityAssessments: RealityAssessmentsTable;
  actionSteps: ActionStepsTable;
  reflections: ReflectionsTable;
  reflectionsFts: ReflectionsFtsTable;
  promptDeliveries: PromptDeliveriesTable;
  moodCheckins: MoodCheckinsTable;
  practices: PracticesTable;
  practiceCheckins: PracticeCheckinsTable;
  learningItems: LearningItemsTable;
  learningItemAspirations: LearningItemAspirationsTable;
  learningSessions: LearningSessionsTable;
  reactions: ReactionsTable;
  weeklyReviews: WeeklyReviewsTable;
  weeklyReviewRatings: WeeklyReviewRatingsTable;
  beliefs: BeliefsTable;
  orgs: OrgsTable;
  orgMembers: OrgMembersTable;
  invitations: InvitationsTable;
  teams: TeamsTable;
  teamMembers: TeamMembersTable;
  teamJoinRequests: TeamJoinRequestsTable;
  teamMembershipEvents: TeamMembershipEventsTable;
  teamOutcomes: TeamOutcomesTable;
  teamOutcomeLinks: TeamOutcomeLinksTable;
  shares: SharesTable;
  accessLog: AccessLogTable;
  feedbackRequests: FeedbackRequestsTable;
  feedbackRecipients: FeedbackRecipientsTable;
  feedbackAnswers: FeedbackAnswersTable;
  afterActionReviews: AfterActionReviewsTable;
  aarActionItems: AarActionItemsTable;
  delegationAgreements: DelegationAgreementsTable;
  delegationAreas: DelegationAreasTable;
  delegationRounds: DelegationRoundsTable;
  delegationTransitions: DelegationTransitionsTable;
  delegationEvents: DelegationEventsTable;
  oneOnOnes: OneOnOnesTable;
  oneOnOneTopics: OneOnOneTopicsTable;
  oneOnOneNotes: OneOnOneNotesTable;
  oneOnOneActions: OneOnOneActionsTable;
}
