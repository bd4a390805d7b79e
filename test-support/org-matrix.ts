import { expect } from 'vitest';
import type { HttpClient } from './http-client';
import { signedInClient, type TestServer } from './server';

/** Every kind of caller the authorization matrix asks about. */
export const ROLES = [
  'author',
  'orgMember',
  'teammate',
  'leader',
  'facilitator',
  'admin',
  'outsider',
  'anonymous',
] as const;
export type Who = (typeof ROLES)[number];
export type Person = { client: HttpClient; user: { id: string; email: string } };
export type Status = Record<Who, number>;

export type OrgMatrix = {
  people: Record<Exclude<Who, 'anonymous'>, Person>;
  anonymous: HttpClient;
  orgId: string;
  /** A team with the author and the teammate as members and the leader as its leader. */
  teamId: string;
  /** Another team with the same people in the same places (for tests that change a team). */
  newTeam: (name?: string) => Promise<string>;
  clientOf: (who: Who) => HttpClient;
  /** The status each caller gets from a request, as a record. */
  statuses: (
    request: (client: HttpClient, who: Who) => Promise<{ status: number }>,
  ) => Promise<Status>;
  /** The expected record: `yes` for the allowed, `no` for everyone else, 401 when anonymous. */
  only: (allowed: Who[], yes?: number, no?: number) => Status;
};

/**
 * One organization "Lab" run by an admin, with a member outside any team, a facilitator, and a
 * team "Ops" (author and teammate as members, leader as leader); an outsider who runs an
 * organization of their own; and a caller who is not signed in.
 */
export async function orgMatrix(server: TestServer): Promise<OrgMatrix> {
  const make = (name: string) => signedInClient(server, name);
  const admin = await make('Admin');
  const people = {
    admin,
    author: await make('Author'),
    orgMember: await make('Member'),
    teammate: await make('Mate'),
    leader: await make('Leader'),
    facilitator: await make('Facil'),
    outsider: await make('Outsider'),
  };
  const anonymous = server.client();
  const orgId: string = (await admin.client.post('/api/orgs', { name: 'Lab' })).body.id;
  for (const [who, role] of [
    ['author', 'member'],
    ['orgMember', 'member'],
    ['teammate', 'member'],
    ['leader', 'member'],
    ['facilitator', 'facilitator'],
  ] as const) {
    const { token } = (
      await admin.client.post(`/api/orgs/${orgId}/invitations`, {
        email: people[who].user.email,
        role,
      })
    ).body;
    expect((await people[who].client.post(`/api/invitations/${token}/accept`)).status).toBe(200);
  }
  await people.outsider.client.post('/api/orgs', { name: 'Elsewhere' });

  const newTeam = async (name = 'Ops') => {
    const id: string = (await admin.client.post(`/api/orgs/${orgId}/teams`, { name })).body.id;
    for (const [who, role] of [
      ['author', 'member'],
      ['teammate', 'member'],
      ['leader', 'leader'],
    ] as const) {
      const added = await admin.client.put(`/api/teams/${id}/members/${people[who].user.id}`, {
        role,
      });
      expect(added.status).toBe(200);
    }
    return id;
  };
  const teamId = await newTeam();

  const clientOf = (who: Who) => (who === 'anonymous' ? anonymous : people[who].client);
  const statuses: OrgMatrix['statuses'] = async (request) => {
    const result = {} as Status;
    for (const who of ROLES) result[who] = (await request(clientOf(who), who)).status;
    return result;
  };
  const only: OrgMatrix['only'] = (allowed, yes = 200, no = 404) =>
    Object.fromEntries(
      ROLES.map((who) => [who, who === 'anonymous' ? 401 : allowed.includes(who) ? yes : no]),
    ) as Status;

  return { people, anonymous, orgId, teamId, newTeam, clientOf, statuses, only };
}
