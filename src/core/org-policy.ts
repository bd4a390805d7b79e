import type { Role, TeamRole } from './access-policy';

/**
 * Who may manage what in an organization. These rules cover membership and settings only;
 * content is governed by access-policy.ts, where no role grants anything.
 */

/** Settings, members and invitations: admins. */
export function canManageOrg(role: Role | null): boolean {
  return role === 'admin';
}

/** Creating teams: admins and facilitators. */
export function canCreateTeam(role: Role | null): boolean {
  return role === 'admin' || role === 'facilitator';
}

/** Adding, changing and removing team members, renaming the team: org admins and team leaders. */
export function canManageTeam(orgRole: Role | null, teamRole: TeamRole | null): boolean {
  return orgRole !== null && (orgRole === 'admin' || teamRole === 'leader');
}

/** Where a person stands towards a team: their role in its organization and in the team now. */
export type TeamStanding = { orgRole: Role | null; teamRole: TeamRole | null };

/**
 * Reading team content — the team's vision and outcomes, its after-action reviews: the team's
 * members now, leaders included. No organization role grants it: an admin or facilitator who is
 * not in the team manages it without reading it.
 */
export function canReadTeamContent(s: TeamStanding): boolean {
  return s.orgRole !== null && s.teamRole !== null;
}

/** Writing the team's vision and outcomes: its leaders, and its members when the team allows. */
export function canEditTeamVision(s: TeamStanding, membersMayEditVision: boolean): boolean {
  return canReadTeamContent(s) && (s.teamRole === 'leader' || membersMayEditVision);
}

/**
 * Linking an aspiration to one of the team's outcomes (opt-in alignment), or unlinking it: the
 * aspiration's author, while they are in the team. Nobody links someone else's aspiration.
 */
export function canLinkAspiration(s: TeamStanding, isAuthor: boolean): boolean {
  return canReadTeamContent(s) && isAuthor;
}

/**
 * Taking part in the team's after-action reviews — creating one, writing it, adding action items,
 * marking them done or open: the team's members now.
 */
export function canTakePartInAar(s: TeamStanding): boolean {
  return canReadTeamContent(s);
}

/** Deleting an after-action review: whoever wrote it or a team leader, while in the team. */
export function canDeleteAar(s: TeamStanding, isCreator: boolean): boolean {
  return canReadTeamContent(s) && (isCreator || s.teamRole === 'leader');
}

/** Who may own an action item of the team's review: one of the team's members now. */
export function canOwnActionItem(owner: TeamStanding): boolean {
  return canReadTeamContent(owner);
}

/**
 * Coming into a team oneself, with no one's approval: only a team open to anyone in its
 * organization, and only for someone in that organization and not yet in the team. No role —
 * admin, facilitator, leader of another team — makes a closed team open to its holder: admins
 * manage membership but cannot place themselves where content is shared.
 */
export function canJoinTeamMyself(s: TeamStanding, openToJoin: boolean): boolean {
  return s.orgRole !== null && s.teamRole === null && openToJoin;
}

/** Asking to join a closed team: someone in its organization, not yet in the team. */
export function canAskToJoinTeam(s: TeamStanding, openToJoin: boolean): boolean {
  return s.orgRole !== null && s.teamRole === null && !openToJoin;
}

/**
 * The team's consent: answering a request to join, and opening the team to anyone in the
 * organization (or closing it). Its leaders only — an org admin outside the team cannot consent
 * on the team's behalf, or they could open the team and walk in.
 */
export function canConsentForTeam(s: TeamStanding): boolean {
  return s.orgRole !== null && s.teamRole === 'leader';
}

/** Reading who joined, left or was added, by whom and when: the team's members now. */
export function canReadMembershipHistory(s: TeamStanding): boolean {
  return canReadTeamContent(s);
}

/** Whether a change would leave an organization without an admin. */
export function leavesNoAdmin(
  admins: readonly string[],
  change: { userId: string; newRole: Role | null },
): boolean {
  const after = admins.filter((id) => id !== change.userId);
  if (change.newRole === 'admin') after.push(change.userId);
  return after.length === 0;
}

/**
 * The organization's anonymous dashboard (docs/decisions/0021-statistics-rollups.md): its admins
 * and facilitators. It shows only figures of k people or more, never a person.
 */
export function canSeeOrgDashboard(role: Role | null): boolean {
  return role === 'admin' || role === 'facilitator';
}

/** A team's anonymous dashboard: the team's members now, as its content. */
export function canSeeTeamDashboard(s: TeamStanding): boolean {
  return canReadTeamContent(s);
}
