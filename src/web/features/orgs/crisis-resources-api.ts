import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { OrgCrisisResources } from '../../../contracts/language';
import { apiRequest } from '../../lib/api-client';

const key = (orgId: string) => ['orgs', 'crisis-resources', orgId] as const;
const path = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/crisis-resources`;

/** An organization's own crisis resources (null: it uses the deployment's). */
export function useOrgCrisisResources(orgId: string) {
  return useQuery({
    queryKey: key(orgId),
    queryFn: () => apiRequest('GET', path(orgId), { schema: OrgCrisisResources }),
  });
}

/** Sets them (admins); the safety net's notice reads them again. */
export function useSetOrgCrisisResources(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest('PUT', path(orgId), { body: { text }, schema: OrgCrisisResources }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key(orgId), saved);
      void queryClient.invalidateQueries({ queryKey: ['crisis-resources'] });
    },
  });
}
