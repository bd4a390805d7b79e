import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { OrgDetail, Team } from '../../../contracts/orgs';
import {
  TeamOutcome,
  TeamVision,
  type CreateOutcomeBody,
  type UpdateOutcomeBody,
} from '../../../contracts/team-vision';
import { apiRequest } from '../../lib/api-client';
import { teamKey, teamPath } from '../../lib/use-team';

const visionKey = (teamId: string) => ['team-vision', teamId] as const;
// The same key as the organizations' pages, so the team page's answer is reused here.
const orgKey = (id: string) => ['orgs', 'detail', id] as const;

// ── The team ───────────────────────────────────────────────────────────────

/** The team's organization, for my role there (admins set the team's settings too). */
export function useOrg(orgId: string | null) {
  return useQuery({
    queryKey: orgKey(orgId ?? ''),
    queryFn: () =>
      apiRequest('GET', `/api/orgs/${encodeURIComponent(orgId ?? '')}`, { schema: OrgDetail }),
    enabled: orgId !== null,
  });
}

/** Lets the team's members, not only its leaders, write the vision and outcomes (or stops it). */
export function useSetMembersMayEdit(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membersMayEditVision: boolean) =>
      apiRequest('PATCH', teamPath(teamId), { body: { membersMayEditVision }, schema: Team }),
    onSuccess: (team) => {
      queryClient.setQueryData(teamKey(teamId), team);
      return queryClient.invalidateQueries({ queryKey: visionKey(teamId) });
    },
  });
}

// ── Vision and outcomes ────────────────────────────────────────────────────

/**
 * The team's vision and outcomes, with the aligned aspirations I may read. Team content: anyone
 * not in the team (an organization's admin too) gets 404, which is not retried.
 */
export function useTeamVision(teamId: string, enabled = true) {
  return useQuery({
    queryKey: visionKey(teamId),
    queryFn: () => apiRequest('GET', `${teamPath(teamId)}/vision`, { schema: TeamVision }),
    enabled,
  });
}

/** Writes the team's vision (Markdown); empty clears it. */
export function useWriteVision(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vision: string) =>
      apiRequest('PUT', `${teamPath(teamId)}/vision`, { body: { vision }, schema: TeamVision }),
    onSuccess: (fresh) => queryClient.setQueryData(visionKey(teamId), fresh),
  });
}

/**
 * A write to the vision's parts: `apply` puts the server's answer into the cached vision; without
 * it (the answer holds nothing to put), the vision is read again.
 */
function useVisionWrite<T, R>(
  teamId: string,
  write: (input: T) => Promise<R>,
  apply?: (vision: TeamVision, answer: R, input: T) => TeamVision,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (answer, input) => {
      const cached = queryClient.getQueryData<TeamVision>(visionKey(teamId));
      if (apply && cached) {
        queryClient.setQueryData(visionKey(teamId), apply(cached, answer, input));
        return;
      }
      return queryClient.invalidateQueries({ queryKey: visionKey(teamId) });
    },
  });
}

/** Adds an outcome at the end of the team's list. */
export function useCreateOutcome(teamId: string) {
  return useVisionWrite(
    teamId,
    (body: CreateOutcomeBody) =>
      apiRequest('POST', `${teamPath(teamId)}/outcomes`, { body, schema: TeamOutcome }),
    (vision, outcome) => ({ ...vision, outcomes: [...vision.outcomes, outcome] }),
  );
}

/** Changes an outcome's title or description. */
export function useUpdateOutcome(teamId: string) {
  return useVisionWrite(
    teamId,
    ({ id, ...body }: UpdateOutcomeBody & { id: string }) =>
      apiRequest('PATCH', `${teamPath(teamId)}/outcomes/${encodeURIComponent(id)}`, {
        body,
        schema: TeamOutcome,
      }),
    (vision, fresh) => ({
      ...vision,
      outcomes: vision.outcomes.map((outcome) => (outcome.id === fresh.id ? fresh : outcome)),
    }),
  );
}

/** Removes an outcome, and every aspiration's alignment with it. */
export function useDeleteOutcome(teamId: string) {
  return useVisionWrite(
    teamId,
    (id: string) => apiRequest('DELETE', `${teamPath(teamId)}/outcomes/${encodeURIComponent(id)}`),
    (vision, _answer, id) => ({
      ...vision,
      outcomes: vision.outcomes.filter((outcome) => outcome.id !== id),
    }),
  );
}

/**
 * Puts the outcomes in a new order: shown at once, then confirmed by the server's answer (or
 * put back when it refuses).
 */
export function useReorderOutcomes(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outcomeIds: string[]) =>
      apiRequest('PUT', `${teamPath(teamId)}/outcomes/order`, {
        body: { outcomeIds },
        schema: TeamVision,
      }),
    onMutate: async (outcomeIds) => {
      await queryClient.cancelQueries({ queryKey: visionKey(teamId) });
      const before = queryClient.getQueryData<TeamVision>(visionKey(teamId));
      if (before) {
        const byId = new Map(before.outcomes.map((outcome) => [outcome.id, outcome]));
        const outcomes = outcomeIds.flatMap((id) => byId.get(id) ?? []);
        queryClient.setQueryData(visionKey(teamId), { ...before, outcomes });
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) queryClient.setQueryData(visionKey(teamId), context.before);
    },
    onSuccess: (fresh) => queryClient.setQueryData(visionKey(teamId), fresh),
  });
}

const linkPath = (teamId: string, outcomeId: string, aspirationId: string) =>
  `${teamPath(teamId)}/outcomes/${encodeURIComponent(outcomeId)}/aspirations/${encodeURIComponent(aspirationId)}`;

/** Aligns one of my aspirations with an outcome (seen only by those it is shared with). */
export function useLinkAspiration(teamId: string) {
  return useVisionWrite(teamId, ({ outcomeId, aspirationId }: OutcomeLink) =>
    apiRequest('PUT', linkPath(teamId, outcomeId, aspirationId)),
  );
}

/** Withdraws my aspiration's alignment with an outcome. */
export function useUnlinkAspiration(teamId: string) {
  return useVisionWrite(teamId, ({ outcomeId, aspirationId }: OutcomeLink) =>
    apiRequest('DELETE', linkPath(teamId, outcomeId, aspirationId)),
  );
}

interface OutcomeLink {
  outcomeId: string;
  aspirationId: string;
}
