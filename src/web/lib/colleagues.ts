import { useQuery } from '@tanstack/react-query';
import { OrgDetail, OrgSummary } from '../../contracts/orgs';
import { fetchAllPages } from './all-pages';
import { apiRequest } from './api-client';

/** Someone from my organizations, with the organizations we share (to tell namesakes apart). */
export interface Colleague {
  id: string;
  name: string;
  orgNames: string[];
}

/**
 * The organizations I belong to, each in full (members and teams). Sharing and feedback pick
 * the people and teams to offer out of them.
 */
export async function fetchMyOrgDetails(): Promise<OrgDetail[]> {
  const orgs = await fetchAllPages('/api/orgs', OrgSummary);
  return Promise.all(
    orgs.map((org) =>
      apiRequest('GET', `/api/orgs/${encodeURIComponent(org.id)}`, { schema: OrgDetail }),
    ),
  );
}

/**
 * Every other person of my organizations, once, by name.
 *
 * @example colleaguesOf([lab], me.id) // [{ id: 'bea', name: 'Bea', orgNames: ['Lab'] }]
 */
export function colleaguesOf(orgs: readonly OrgDetail[], myId: string): Colleague[] {
  const people = new Map<string, Colleague>();
  for (const org of orgs) {
    for (const member of org.members) {
      if (member.userId === myId) continue;
      const known = people.get(member.userId);
      if (known) known.orgNames.push(org.name);
      else
        people.set(member.userId, { id: member.userId, name: member.name, orgNames: [org.name] });
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** One of my organizations with the people in it other than me. */
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
    queryFn: async (): Promise<OrgColleagues[]> =>
      (await fetchMyOrgDetails())
        .map((org) => ({
          id: org.id,
          name: org.name,
          colleagues: org.members
            .filter((member) => member.userId !== myId)
            .map((member) => ({ userId: member.userId, name: member.name })),
        }))
        .filter((org) => org.colleagues.length > 0),
  });
}
