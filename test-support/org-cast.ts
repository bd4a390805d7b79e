import { expect } from 'vitest';
import type { HttpClient } from './http-client';
import { signedInClient, type TestServer } from './server';

export type Person = { client: HttpClient; user: { id: string; email: string } };

/** Everyone an authorization matrix for a pair-based space asks, in one order. */
export const CALLERS = [
  'leader',
  'member',
  'orgMember',
  'teamLeader',
  'admin',
  'outsider',
  'anonymous',
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * Adds a signed-in person to an organization through an invitation to their own email (only
 * that account may accept it), as a real person would.
 */
export async function joinOrg(
  admin: Person,
  orgId: string,
  person: Person,
  role: 'member' | 'facilitator' | 'admin' = 'member',
) {
  const invitation = await admin.client.post(`/api/orgs/${orgId}/invitations`, {
    email: person.user.email,
    role,
  });
  expect(invitation.status).toBe(201);
  const accepted = await person.client.post(`/api/invitations/${invitation.body.token}/accept`);
  expect(accepted.status).toBe(200);
}

/**
 * An organization "Lab" with its admin, a leader and a member (the pair), another member, and
 * the member's team leader (team "Ops"); an outsider with an organization of their own; and an
 * anonymous client.
 */
export async function orgCast(server: TestServer) {
  const make = (name: string) => signedInClient(server, name);
  const admin = await make('Admin');
  const people: Record<Exclude<Caller, 'anonymous'>, Person> = {
    admin,
    leader: await make('Lea'),
    member: await make('Mo'),
    orgMember: await make('Olga'),
    teamLeader: await make('Tess'),
    outsider: await make('Otto'),
  };
  const orgId = (await admin.client.post('/api/orgs', { name: 'Lab' })).body.id as string;
  for (const who of ['leader', 'member', 'orgMember', 'teamLeader'] as const) {
    await joinOrg(admin, orgId, people[who]);
  }
  await people.outsider.client.post('/api/orgs', { name: 'Elsewhere' });
  const teamId = (await admin.client.post(`/api/orgs/${orgId}/teams`, { name: 'Ops' })).body.id;
  await admin.client.put(`/api/teams/${teamId}/members/${people.teamLeader.user.id}`, {
    role: 'leader',
  });
  await admin.client.put(`/api/teams/${teamId}/members/${people.member.user.id}`, {
    role: 'member',
  });
  const anonymous = server.client();
  const clientOf = (who: Caller) => (who === 'anonymous' ? anonymous : people[who].client);

  /** The status each caller gets from a request, as a record. */
  async function statuses(request: (client: HttpClient) => Promise<{ status: number }>) {
    const result = {} as Record<Caller, number>;
    for (const who of CALLERS) result[who] = (await request(clientOf(who))).status;
    return result;
  }

  return { people, orgId, teamId, anonymous, clientOf, statuses };
}

/** The expected statuses: `yes` for the allowed callers, 404 for the rest, 401 when anonymous. */
export function only(allowed: Caller[], yes = 200): Record<Caller, number> {
  return Object.fromEntries(
    CALLERS.map((who) => [who, who === 'anonymous' ? 401 : allowed.includes(who) ? yes : 404]),
  ) as Record<Caller, number>;
}
