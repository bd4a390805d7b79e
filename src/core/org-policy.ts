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

/** Whether a change would leave an organization without an admin. */
export function leavesNoAdmin(
  admins: readonly string[],
  change: { userId: string; newRole: Role | null },
): boolean {
  const after = admins.filter((id) => id !== change.userId);
  if (change.newRole === 'admin') after.push(change.userId);
  return after.length === 0;
}
