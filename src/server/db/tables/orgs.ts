import type { Generated } from 'kysely';

/**
 * Organizations and teams: members, invitations, membership requests and history, team outcomes and
 * after-action reviews.
 */

export interface OrgsTable {
  id: string;
  name: string;
  /** k: no statistic about people is shown for a group smaller than this. */
  minGroupSize: number;
  /** Changes of who counts in its dashboards so far (migration 0043, decision 0051). */
  dashboardGeneration: Generated<number>;
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

export interface OrgTables {
  orgs: OrgsTable;
  orgMembers: OrgMembersTable;
  invitations: InvitationsTable;
  teams: TeamsTable;
  teamJoinRequests: TeamJoinRequestsTable;
  teamMembershipEvents: TeamMembershipEventsTable;
  teamOutcomes: TeamOutcomesTable;
  teamOutcomeLinks: TeamOutcomeLinksTable;
  teamMembers: TeamMembersTable;
  afterActionReviews: AfterActionReviewsTable;
  aarActionItems: AarActionItemsTable;
}
