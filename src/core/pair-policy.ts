import { dayNumber, isCalendarDate } from './calendar';

/**
 * The rules of the two pair-based spaces — delegation agreements and 1:1 spaces — as pure
 * functions over plain facts. Each space belongs to exactly two people; nobody else, whatever
 * their role (team leader, facilitator, org admin), can see it. A space lives inside one
 * organization: when one of the two leaves it, the pair can no longer change the space.
 *
 * These functions take a person's id, never their roles: no role can grant anything here.
 */

/**
 * The seven levels of delegation, in order (1 = tell … 7 = delegate), as Jurgen Appelo's
 * delegation poker names them.
 */
export const DELEGATION_LEVELS = [
  'tell',
  'sell',
  'consult',
  'agree',
  'advise',
  'inquire',
  'delegate',
] as const;
export type DelegationLevelName = (typeof DELEGATION_LEVELS)[number];
export const MIN_LEVEL = 1;
export const MAX_LEVEL = DELEGATION_LEVELS.length;

/** True for a whole number from 1 (tell) to 7 (delegate). */
export function isDelegationLevel(level: unknown): level is number {
  return (
    Number.isInteger(level) && (level as number) >= MIN_LEVEL && (level as number) <= MAX_LEVEL
  );
}

/** The name of a level, e.g. 4 → 'agree'. */
export function levelName(level: number): DelegationLevelName {
  if (!isDelegationLevel(level)) throw new RangeError(`not a delegation level: ${level}`);
  return DELEGATION_LEVELS[level - 1] as DelegationLevelName;
}

/** Who may start a pair space: two different people, both members of the organization now. */
export function canStartPair(
  starter: { userId: string; orgIds: readonly string[] } | null,
  other: { userId: string; orgIds: readonly string[] },
  orgId: string,
): boolean {
  if (!starter || starter.userId === other.userId) return false;
  return starter.orgIds.includes(orgId) && other.orgIds.includes(orgId);
}

// ——— Delegation agreements ———

export type PartyRole = 'leader' | 'member';

export type AgreementFacts = {
  leaderId: string;
  memberId: string;
  archived: boolean;
  /** The parties (of the two) who are members of the agreement's organization now. */
  partiesInOrg: readonly string[];
};

/** What a party may do: read always, act (areas, poker, proposals, transitions) while open. */
export type AgreementAccess = { role: PartyRole; canAct: boolean; canArchive: boolean };

/**
 * What a person (null = not signed in) may do with a delegation agreement; null = nothing, and
 * the agreement's existence is not revealed. Only the two parties ever get anything. They may
 * change it while it is not archived and both are still in its organization; either may
 * archive it while it is not archived.
 */
export function agreementAccess(
  viewerId: string | null,
  agreement: AgreementFacts,
): AgreementAccess | null {
  if (!viewerId) return null;
  const role: PartyRole | null =
    viewerId === agreement.leaderId ? 'leader' : viewerId === agreement.memberId ? 'member' : null;
  if (!role) return null;
  const together =
    agreement.partiesInOrg.includes(agreement.leaderId) &&
    agreement.partiesInOrg.includes(agreement.memberId);
  return {
    role,
    canAct: together && !agreement.archived,
    canArchive: !agreement.archived,
  };
}

/** One round of delegation poker on a decision area: each party's private choice, or null. */
export type PokerRound = { leaderChoice: number | null; memberChoice: number | null };

/** The choices of a round may be revealed once, and only once, both parties have chosen. */
export function mayReveal(round: PokerRound): boolean {
  return round.leaderChoice !== null && round.memberChoice !== null;
}

/** A party may choose (or change their choice) until the round is revealed. */
export function mayChoose(round: PokerRound): boolean {
  return !mayReveal(round);
}

/** What one party sees of a round: their own choice, whether the other chose, and — once both have — both. */
export type PokerView = {
  myChoice: number | null;
  otherHasChosen: boolean;
  revealed: { leader: number; member: number } | null;
};

/**
 * A round as one party may see it. The other party's choice is never part of it before both
 * have chosen; then both are shown together.
 */
export function pokerView(round: PokerRound, role: PartyRole): PokerView {
  const mine = role === 'leader' ? round.leaderChoice : round.memberChoice;
  const theirs = role === 'leader' ? round.memberChoice : round.leaderChoice;
  return {
    myChoice: mine,
    otherHasChosen: theirs !== null,
    revealed:
      round.leaderChoice !== null && round.memberChoice !== null
        ? { leader: round.leaderChoice, member: round.memberChoice }
        : null,
  };
}

/** A revealed round agrees a level by itself when both chose the same; otherwise they talk. */
export function agreedByReveal(round: PokerRound): number | null {
  return mayReveal(round) && round.leaderChoice === round.memberChoice ? round.leaderChoice : null;
}

/** A proposed level is confirmed by the other party, never by the one who proposed it. */
export function canConfirmProposal(viewerId: string, proposal: { proposedBy: string }): boolean {
  return viewerId !== proposal.proposedBy;
}

export type TransitionProblem = 'no_agreed_level' | 'not_a_level' | 'same_level' | 'not_ahead';

/**
 * Why a planned transition ("4 → 5 by 2027-03-01") is not valid, or null when it is: the area
 * must have an agreed level, the target must be another of the seven levels, and the date a real
 * one after today (the planner's calendar date).
 */
export function transitionProblem(plan: {
  currentLevel: number | null;
  toLevel: number;
  dueOn: string;
  today: string;
}): TransitionProblem | null {
  if (plan.currentLevel === null) return 'no_agreed_level';
  if (!isDelegationLevel(plan.toLevel)) return 'not_a_level';
  if (plan.toLevel === plan.currentLevel) return 'same_level';
  if (!isCalendarDate(plan.dueOn) || dayNumber(plan.dueOn) <= dayNumber(plan.today)) {
    return 'not_ahead';
  }
  return null;
}

// ——— 1:1 spaces ———

export type OneOnOneFacts = {
  ownerId: string;
  colleagueId: string;
  ended: boolean;
  /** The two (of owner and colleague) who are members of the space's organization now. */
  partiesInOrg: readonly string[];
};

export type OneOnOneAccess = { role: 'owner' | 'colleague'; canWrite: boolean; canEnd: boolean };

/**
 * What a person (null = not signed in) may do with a 1:1 space; null = nothing, and its
 * existence is not revealed. The owner can always read it (its history is theirs) and write
 * while it is open and both are still in its organization. The colleague has access only while that holds too: ending the space, or either
 * leaving the organization, takes it away at once. Only the owner ends it.
 */
export function oneOnOneAccess(
  viewerId: string | null,
  space: OneOnOneFacts,
): OneOnOneAccess | null {
  if (!viewerId) return null;
  const open =
    !space.ended &&
    space.partiesInOrg.includes(space.ownerId) &&
    space.partiesInOrg.includes(space.colleagueId);
  if (viewerId === space.ownerId) {
    return { role: 'owner', canWrite: open, canEnd: !space.ended };
  }
  if (viewerId === space.colleagueId && open) {
    return { role: 'colleague', canWrite: true, canEnd: false };
  }
  return null;
}

/** Action items belong to one of the two people in the space. */
export function isPartyOf(userId: string, space: Pick<OneOnOneFacts, 'ownerId' | 'colleagueId'>) {
  return userId === space.ownerId || userId === space.colleagueId;
}

/** A note in a 1:1 is changed or deleted only by the one who wrote it, while they may write. */
export function canChangeNote(
  viewerId: string,
  access: OneOnOneAccess | null,
  note: { authorId: string | null },
): boolean {
  return access !== null && access.canWrite && note.authorId === viewerId;
}
