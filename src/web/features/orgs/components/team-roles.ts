import type { TeamRole } from '../../../../contracts/orgs';

/** The roles in a team, in the order they are listed. */
export const TEAM_ROLES: readonly TeamRole[] = ['leader', 'member'];
