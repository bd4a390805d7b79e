import { expect } from 'vitest';
import type { HttpClient } from './http-client';
import { signedInClient, type TestServer } from './server';

/*
 * The organizations the authorization matrices ask about, set up through the API as real people
 * would: `orgMatrix` for shared items and team content, `orgCast` for the pair spaces (delegation
 * agreements and 1:1s). Both answer with the status every caller gets from a request.
 */

export type Person = { client: HttpClient; user: { id: string; email: string } };

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

async function joinTeam(admin: Person, teamId: string, person: Person, role: 'member' | 'leader') {
  const added = await admin.client.put(`/api/teams/${teamId}/members/${person.user.id}`, { role });
  expect(added.status).toBe(200);
}

/** The status each of `callers` gets from a request, as a record. */
async function statusesOf<C extends string>(
  callers: readonly C[],
  clientOf: (who: C) => HttpClient,
  request: (client: HttpClient, who: C) => Promise<{ status: number }>,
) {
  const result = {} as Record<C, number>;
  for (const who of callers) result[who] = (await request(clientOf(who), who)).status;
  return result;
}

/** The expected record: `yes` for the allowed callers, `no` for the rest, 401 when anonymous. */
function expected<C extends string>(callers: readonly C[], allowed: C[], yes: number, no: number) {
  return Object.fromEntries(
    callers.map((who) => [who, who === 'anonymous' ? 401 : allowed.includes(who) ? yes : no]),
  ) as Record<C, number>;
}

// ——— Shared items and team content ———

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
    await joinOrg(admin, orgId, people[who], role);
  }
  await people.outsider.client.post('/api/orgs', { name: 'Elsewhere' });

  const newTeam = async (name = 'Ops') => {
    const id: string = (await admin.client.post(`/api/orgs/${orgId}/teams`, { name })).body.id;
    await joinTeam(admin, id, people.author, 'member');
    await joinTeam(admin, id, people.teammate, 'member');
    await joinTeam(admin, id, people.leader, 'leader');
    return id;
  };
  const teamId = await newTeam();

  const clientOf = (who: Who) => (who === 'anonymous' ? anonymous : people[who].client);
  return {
    people,
    anonymous,
    orgId,
    teamId,
    newTeam,
    clientOf,
    statuses: (request) => statusesOf(ROLES, clientOf, request),
    only: (allowed, yes = 200, no = 404) => expected(ROLES, allowed, yes, no),
  };
}

// ——— Pair spaces ———

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
  await joinTeam(admin, teamId, people.teamLeader, 'leader');
  await joinTeam(admin, teamId, people.member, 'member');
  const anonymous = server.client();
  const clientOf = (who: Caller) => (who === 'anonymous' ? anonymous : people[who].client);
  const statuses = (request: (client: HttpClient) => Promise<{ status: number }>) =>
    statusesOf(CALLERS, clientOf, request);

  return { people, orgId, teamId, anonymous, clientOf, statuses };
}

/** The expected statuses: `yes` for the allowed callers, 404 for the rest, 401 when anonymous. */
export function only(allowed: Caller[], yes = 200): Record<Caller, number> {
  return expected(CALLERS, allowed, yes, 404);
}
