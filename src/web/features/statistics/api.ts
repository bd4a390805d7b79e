import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Consent, OrgDashboard, TeamDashboard } from '../../../contracts/dashboard';
import { apiRequest } from '../../lib/api-client';

const KEY = ['statistics'] as const;
const consentKey = (orgId: string) => [...KEY, 'consent', orgId] as const;
const orgPath = (id: string) => `/api/orgs/${encodeURIComponent(id)}`;

/** My choice for an organization's anonymous statistics ("not asked yet" included), and its k. */
export function useConsent(orgId: string) {
  return useQuery({
    queryKey: consentKey(orgId),
    queryFn: () => apiRequest('GET', `${orgPath(orgId)}/consent`, { schema: Consent }),
  });
}

/** Chooses to contribute, or stops; every dashboard counts the choice from the next answer. */
export function useSetConsent(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contributeStatistics: boolean) =>
      apiRequest('PUT', `${orgPath(orgId)}/consent`, {
        body: { contributeStatistics },
        schema: Consent,
      }),
    onSuccess: (consent) => {
      client.setQueryData(consentKey(orgId), consent);
      void client.invalidateQueries({ queryKey: [...KEY, 'dashboard'] });
    },
  });
}

/** The organization's anonymous dashboard of the last 12 months (admins and facilitators). */
export function useOrgDashboard(orgId: string) {
  return useQuery({
    queryKey: [...KEY, 'dashboard', 'org', orgId],
    queryFn: () => apiRequest('GET', `${orgPath(orgId)}/dashboard`, { schema: OrgDashboard }),
  });
}

/** A team's anonymous dashboard of the last 12 months (its members; others never ask). */
export function useTeamDashboard(teamId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...KEY, 'dashboard', 'team', teamId],
    queryFn: () =>
      apiRequest('GET', `/api/teams/${encodeURIComponent(teamId)}/dashboard`, {
        schema: TeamDashboard,
      }),
  });
}
