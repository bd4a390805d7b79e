import { useQuery } from '@tanstack/react-query';
import { Team } from '../../contracts/orgs';
import { apiRequest } from './api-client';

/** The API path of a team, `/api/teams/:id`; its reviews and outcomes hang under it. */
export const teamPath = (id: string) => `/api/teams/${encodeURIComponent(id)}`;

/** The team's cache key: the same as the organizations' pages, so their answers are reused. */
export const teamKey = (id: string) => ['teams', 'detail', id] as const;

/**
 * The team: its members (the owners an action item may have) and my role in it, for the team's
 * vision and its after-action reviews; `null` waits until the team is known.
 */
export function useTeam(teamId: string | null) {
  return useQuery({
    queryKey: teamKey(teamId ?? ''),
    queryFn: () => apiRequest('GET', teamPath(teamId ?? ''), { schema: Team }),
    enabled: teamId !== null,
  });
}
