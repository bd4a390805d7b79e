/**
 * The pair spaces: delegation agreements (areas, poker rounds, transitions, events) and 1:1 spaces.
 */

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

export interface PairTables {
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
