import type { TeamRole } from '../../../../contracts/orgs';

export const TEAM_ROLES: readonly TeamRole[] = ['leader', 'member'];
