import { pageOf } from '../../contracts/common';
import { OrgDetail, OrgSummary } from '../../contracts/orgs';
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
  const orgs = (await apiRequest('GET', '/api/orgs', { schema: pageOf(OrgSummary) })).items;
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
