import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { OrgDetail, OrgSummary } from '../../contracts/orgs';
import { apiRequest } from './api-client';

export interface OrgColleagues {
  id: string;
  name: string;
  /** Everyone in the organization but me, by name. */
  colleagues: { userId: string; name: string }[];
}

/**
 * My organizations with the people in them (everyone but me), for choosing a colleague — the
 * other person of a delegation agreement or a 1:1. Organizations with nobody else are left out.
 */
export function useColleagues(myId: string | undefined) {
  return useQuery({
    queryKey: ['orgs', 'colleagues', myId],
    enabled: Boolean(myId),
    queryFn: async (): Promise<OrgColleagues[]> => {
      const orgs = await apiRequest('GET', '/api/orgs', {
        schema: z.object({ items: z.array(OrgSummary) }),
      });
      const details = await Promise.all(
        orgs.items.map((org) =>
          apiRequest('GET', `/api/orgs/${encodeURIComponent(org.id)}`, { schema: OrgDetail }),
        ),
      );
      return details
        .map((org) => ({
          id: org.id,
          name: org.name,
          colleagues: org.members
            .filter((member) => member.userId !== myId)
            .map((member) => ({ userId: member.userId, name: member.name })),
        }))
        .filter((org) => org.colleagues.length > 0);
    },
  });
}
