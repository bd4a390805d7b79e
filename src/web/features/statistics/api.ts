import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** The periods the dashboard offers: the last 3, 6 or 12 months, as whole ISO weeks. */
export const PERIOD_MONTHS = [3, 6, 12] as const;
export type PeriodMonths = (typeof PERIOD_MONTHS)[number];
const PERIOD_WEEKS: Record<PeriodMonths, number> = { 3: 13, 6: 26, 12: 52 };

/**
 * The organization's anonymous dashboard of the last `months` months (admins and facilitators):
 * from the day that many whole weeks back, so the server counts exactly those weeks. Every
 * group, and the figures of `groupId` (the organization when undefined).
 */
export function useOrgDashboard(orgId: string, months: PeriodMonths = 12, groupId?: string) {
  return useQuery({
    queryKey: [...KEY, 'dashboard', 'org', orgId, months, groupId ?? null],
    // The page stays (and shows the figures it had) while another period or group loads.
    placeholderData: keepPreviousData,
    queryFn: () => {
      const params = new URLSearchParams(periodQuery(months));
      if (groupId !== undefined) params.set('group', groupId);
      const query = params.size > 0 ? `?${params.toString()}` : '';
      return apiRequest('GET', `${orgPath(orgId)}/dashboard${query}`, { schema: OrgDashboard });
    },
  });
}

/** The query of a period: from the day that many whole weeks back (none for the default 12). */
function periodQuery(months: PeriodMonths) {
  const from = new Date(Date.now() - 7 * (PERIOD_WEEKS[months] - 1) * 86_400_000);
  return months === 12 ? '' : `?from=${from.toISOString().slice(0, 10)}`;
}

/** A team's anonymous dashboard of the last `months` months (its members; others never ask). */
export function useTeamDashboard(teamId: string, enabled = true, months: PeriodMonths = 12) {
  return useQuery({
    enabled,
    queryKey: [...KEY, 'dashboard', 'team', teamId, months],
    placeholderData: (previous) => previous,
    queryFn: () =>
      apiRequest(
        'GET',
        `/api/teams/${encodeURIComponent(teamId)}/dashboard${periodQuery(months)}`,
        { schema: TeamDashboard },
      ),
  });
}
