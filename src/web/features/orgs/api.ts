import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  AcceptedInvitation,
  CreatedInvitation,
  InvitationPreview,
  MembershipEvent,
  OrgDetail,
  OrgSummary,
  PendingInvitation,
  Team,
  type OrgRole,
  type TeamRole,
} from '../../../contracts/orgs';
import { fetchAllPages } from '../../lib/all-pages';
import { apiRequest } from '../../lib/api-client';

const ORGS_KEY = ['orgs'] as const;
const TEAMS_KEY = ['teams'] as const;
const orgKey = (id: string) => [...ORGS_KEY, 'detail', id] as const;
const invitationsKey = (id: string) => [...ORGS_KEY, 'invitations', id] as const;
const teamKey = (id: string) => [...TEAMS_KEY, 'detail', id] as const;
const historyKey = (id: string) => [...TEAMS_KEY, 'history', id] as const;

const orgPath = (id: string) => `/api/orgs/${encodeURIComponent(id)}`;
const teamPath = (id: string) => `/api/teams/${encodeURIComponent(id)}`;

// ── Organizations ──────────────────────────────────────────────────────────

/** The organizations I belong to, with my role in each. */
export function useMyOrgs() {
  return useQuery({
    queryKey: [...ORGS_KEY, 'list'],
    queryFn: () => fetchAllPages('/api/orgs', OrgSummary),
  });
}

/** One organization I belong to: its members (emails for admins only) and teams. */
export function useOrg(id: string | null) {
  return useQuery({
    queryKey: orgKey(id ?? ''),
    queryFn: () => apiRequest('GET', orgPath(id ?? ''), { schema: OrgDetail }),
    enabled: id !== null,
  });
}

/** Creates an organization; I become its admin. */
export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiRequest('POST', '/api/orgs', { body: { name }, schema: OrgSummary }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS_KEY }),
  });
}

/** Keeps an organization's fresh detail and refreshes the list and the other views of it. */
function useOrgWrite<T>(write: (input: T) => Promise<OrgDetail | void>, orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => {
      if (detail) queryClient.setQueryData(orgKey(orgId), detail);
      return Promise.all([
        queryClient.invalidateQueries({
          queryKey: ORGS_KEY,
          predicate: (query) => !(detail && query.queryKey[2] === orgId),
        }),
        queryClient.invalidateQueries({ queryKey: TEAMS_KEY }),
      ]);
    },
  });
}

/** Renames the organization or sets its minimum group size (admins). */
export function useUpdateOrg(orgId: string) {
  return useOrgWrite(
    (body: { name?: string; minGroupSize?: number }) =>
      apiRequest('PATCH', orgPath(orgId), { body, schema: OrgDetail }),
    orgId,
  );
}

/** Changes a member's role (admins); the server keeps at least one admin. */
export function useChangeMemberRole(orgId: string) {
  return useOrgWrite(
    ({ userId, role }: { userId: string; role: OrgRole }) =>
      apiRequest('PATCH', `${orgPath(orgId)}/members/${encodeURIComponent(userId)}`, {
        body: { role },
        schema: OrgDetail,
      }),
    orgId,
  );
}

/**
 * Removes a member (admins), or leaves (`self`); their team places go too. After leaving, the
 * organization is no longer mine to read, so its page is not fetched again.
 */
export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId }: { userId: string; self: boolean }) =>
      apiRequest('DELETE', `${orgPath(orgId)}/members/${encodeURIComponent(userId)}`),
    onSuccess: (_, { self }) =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: self ? [...ORGS_KEY, 'list'] : ORGS_KEY,
        }),
        self
          ? queryClient.invalidateQueries({ queryKey: orgKey(orgId), refetchType: 'none' })
          : null,
        queryClient.invalidateQueries({
          queryKey: TEAMS_KEY,
          refetchType: self ? 'none' : 'active',
        }),
      ]),
  });
}

// ── Invitations ────────────────────────────────────────────────────────────

/** Invitations not yet accepted (admins only; others are never asked). */
export function usePendingInvitations(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey(orgId),
    queryFn: () => fetchAllPages(`${orgPath(orgId)}/invitations`, PendingInvitation),
    enabled,
  });
}

/** Invites someone by email: answers with the single-use link, shown once. */
export function useInvite(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: OrgRole }) =>
      apiRequest('POST', `${orgPath(orgId)}/invitations`, { body, schema: CreatedInvitation }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(orgId) }),
  });
}

/** Withdraws an invitation: its link stops working. */
export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiRequest('DELETE', `${orgPath(orgId)}/invitations/${encodeURIComponent(invitationId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(orgId) }),
  });
}

/**
 * What an invitation link is for: the organization, the role and who invited. Asked signed in
 * (`forMe` then says whether it is for this account) or signed out, each kept apart.
 */
export function useInvitationPreview(token: string, enabled: boolean, signedIn = true) {
  return useQuery({
    queryKey: ['invitation', token, signedIn],
    queryFn: () =>
      apiRequest('GET', `/api/invitations/${encodeURIComponent(token)}`, {
        schema: InvitationPreview,
      }),
    enabled,
    retry: false,
  });
}

/** Joins the organization through an invitation (once). */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest('POST', `/api/invitations/${encodeURIComponent(token)}/accept`, {
        schema: AcceptedInvitation,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS_KEY }),
  });
}

// ── Teams ──────────────────────────────────────────────────────────────────

/** Creates a team in an organization (admins and facilitators), led by me if I say so now. */
export function useCreateTeam(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; lead: boolean }) =>
      apiRequest('POST', `${orgPath(orgId)}/teams`, { body, schema: Team }),
    onSuccess: (team) => {
      queryClient.setQueryData(teamKey(team.id), team);
      return queryClient.invalidateQueries({ queryKey: orgKey(orgId) });
    },
  });
}

/** A team of one of my organizations: its leaders and members, and my role in it. */
export function useTeam(id: string) {
  return useQuery({
    queryKey: teamKey(id),
    queryFn: () => apiRequest('GET', teamPath(id), { schema: Team }),
  });
}

/**
 * The team's membership history, newest first, while I am in the team (no one else may read it).
 */
export function useTeamHistory(teamId: string, enabled: boolean) {
  return useQuery({
    queryKey: historyKey(teamId),
    queryFn: async () =>
      (
        await apiRequest('GET', `${teamPath(teamId)}/history?limit=100`, {
          schema: pageOf(MembershipEvent),
        })
      ).items,
    enabled,
  });
}

/** Keeps a team's fresh detail and refreshes its organization (member counts) and history. */
function useTeamWrite<T>(
  write: (input: T) => Promise<Team | void>,
  team: Pick<Team, 'id' | 'orgId'>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (fresh) => {
      if (fresh) queryClient.setQueryData(teamKey(team.id), fresh);
      return Promise.all([
        fresh ? null : queryClient.invalidateQueries({ queryKey: teamKey(team.id) }),
        queryClient.invalidateQueries({ queryKey: orgKey(team.orgId) }),
        queryClient.invalidateQueries({ queryKey: historyKey(team.id) }),
      ]);
    },
  });
}

/** Opens the team to anyone in the organization, or closes it (the team's leaders). */
export function useSetOpenToJoin(team: Team) {
  return useTeamWrite(
    (openToJoin: boolean) =>
      apiRequest('PATCH', teamPath(team.id), { body: { openToJoin }, schema: Team }),
    team,
  );
}

/** Joins a team open to anyone in the organization, as a member. */
export function useJoinTeam(team: Pick<Team, 'id' | 'orgId'>) {
  return useTeamWrite(
    (userId: string) =>
      apiRequest('PUT', `${teamPath(team.id)}/members/${encodeURIComponent(userId)}`, {
        body: { role: 'member' },
        schema: Team,
      }),
    team,
  );
}

/** Asks to join a closed team; one of its leaders answers. */
export function useAskToJoin(team: Team) {
  return useTeamWrite(
    () => apiRequest('POST', `${teamPath(team.id)}/join-requests`, { schema: Team }),
    team,
  );
}

/** Approves or declines a request to join (the team's leaders). */
export function useAnswerJoinRequest(team: Team) {
  return useTeamWrite(
    ({ requestId, answer }: { requestId: string; answer: 'approve' | 'decline' }) =>
      apiRequest(
        'POST',
        `${teamPath(team.id)}/join-requests/${encodeURIComponent(requestId)}/${answer}`,
        { schema: Team },
      ),
    team,
  );
}

/** Adds a member of the organization to the team, or changes their role in it. */
export function useSetTeamMember(team: Team) {
  return useTeamWrite(
    ({ userId, role }: { userId: string; role: TeamRole }) =>
      apiRequest('PUT', `${teamPath(team.id)}/members/${encodeURIComponent(userId)}`, {
        body: { role },
        schema: Team,
      }),
    team,
  );
}

/** Removes someone from the team (leaders and admins), or leaves it when it is me. */
export function useRemoveTeamMember(team: Team) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId }: { userId: string; self: boolean }) =>
      apiRequest('DELETE', `${teamPath(team.id)}/members/${encodeURIComponent(userId)}`),
    // Whoever leaves may no longer read the team's history: it is not fetched again for them.
    onSuccess: (_, { self }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKey(team.id) }),
        queryClient.invalidateQueries({ queryKey: orgKey(team.orgId) }),
        queryClient.invalidateQueries({
          queryKey: historyKey(team.id),
          refetchType: self ? 'none' : 'active',
        }),
      ]),
  });
}
