import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  Aar,
  AarSummary,
  ActionItem,
  CarriedActionItem,
  type ActionItemBody,
  type CreateAarBody,
  type UpdateAarBody,
  type UpdateActionItemBody,
} from '../../../contracts/after-action-reviews';
import { OrgDetail, Team } from '../../../contracts/orgs';
import {
  TeamOutcome,
  TeamVision,
  type CreateOutcomeBody,
  type UpdateOutcomeBody,
} from '../../../contracts/team-vision';
import { Today } from '../../../contracts/today';
import { AspirationSummary } from '../../../contracts/vision';
import { apiRequest } from '../../lib/api-client';
import { TODAY_KEY } from '../../lib/item-cache';

const teamPath = (id: string) => `/api/teams/${encodeURIComponent(id)}`;
const aarPath = (id: string) => `/api/aars/${encodeURIComponent(id)}`;

const visionKey = (teamId: string) => ['team-vision', teamId] as const;
const AARS_KEY = ['aars'] as const;
const aarListKey = (teamId: string) => [...AARS_KEY, 'list', teamId] as const;
const openItemsKey = (teamId: string) => [...AARS_KEY, 'open', teamId] as const;
const aarKey = (id: string) => [...AARS_KEY, 'detail', id] as const;
// The same keys as the organizations' pages, so the team page's answers are reused here.
const teamKey = (id: string) => ['teams', 'detail', id] as const;
const orgKey = (id: string) => ['orgs', 'detail', id] as const;

// ── The team ───────────────────────────────────────────────────────────────

/** The team: its members (the owners an action item may have) and my role in it. */
export function useTeam(teamId: string | null) {
  return useQuery({
    queryKey: teamKey(teamId ?? ''),
    queryFn: () => apiRequest('GET', teamPath(teamId ?? ''), { schema: Team }),
    enabled: teamId !== null,
  });
}

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

/** My active aspirations, to align one with an outcome. */
export function useMyActiveAspirations(enabled: boolean) {
  return useQuery({
    queryKey: ['aspirations', 'list', 'active'],
    queryFn: async () =>
      (
        await apiRequest('GET', '/api/aspirations?status=active&limit=100', {
          schema: pageOf(AspirationSummary),
        })
      ).items,
    enabled,
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

// ── After-action reviews ───────────────────────────────────────────────────

/** Today in my time zone: a review's date defaults to it and may not pass it. */
export function useTodayDate() {
  return useQuery({
    queryKey: TODAY_KEY,
    queryFn: () => apiRequest('GET', '/api/today', { schema: Today }),
    select: (today) => today.date,
  });
}

/** The team's after-action reviews, latest first (team members only). */
export function useTeamAars(teamId: string, enabled = true) {
  return useQuery({
    queryKey: aarListKey(teamId),
    queryFn: async () =>
      (
        await apiRequest('GET', `${teamPath(teamId)}/aars?limit=100`, {
          schema: pageOf(AarSummary),
        })
      ).items,
    enabled,
  });
}

/** The team's open action items from all its reviews: what a new review carries forward. */
export function useOpenActionItems(teamId: string) {
  return useQuery({
    queryKey: openItemsKey(teamId),
    queryFn: async () =>
      (
        await apiRequest('GET', `${teamPath(teamId)}/action-items`, {
          schema: pageOf(CarriedActionItem),
        })
      ).items,
  });
}

/**
 * One review with its action items and the open ones carried from earlier reviews. Not fetched
 * again on focus: an item ticked done here stays in view, ticked, until the page is left.
 */
export function useAar(id: string) {
  return useQuery({
    queryKey: aarKey(id),
    queryFn: () => apiRequest('GET', aarPath(id), { schema: Aar }),
    refetchOnWindowFocus: false,
  });
}

/** Writes a review of the team, with its first action items. */
export function useCreateAar(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAarBody) =>
      apiRequest('POST', `${teamPath(teamId)}/aars`, { body, schema: Aar }),
    onSuccess: (aar) => {
      queryClient.setQueryData(aarKey(aar.id), aar);
      return refreshTeamLists(queryClient, teamId);
    },
  });
}

/** Changes a review's title, date or answers. */
export function useUpdateAar(aar: Aar) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAarBody) =>
      apiRequest('PATCH', aarPath(aar.id), { body, schema: Aar }),
    onSuccess: (fresh) => {
      queryClient.setQueryData(aarKey(aar.id), fresh);
      return refreshTeamLists(queryClient, aar.teamId);
    },
  });
}

/** Deletes a review with its action items (its writer or the team's leaders). */
export function useDeleteAar(aar: Aar) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('DELETE', aarPath(aar.id)),
    onSuccess: async () => {
      // Never fetched again (its page is still shown while the team page loads, and would get
      // 404); the entry expires once unused.
      await queryClient.cancelQueries({ queryKey: aarKey(aar.id) });
      return Promise.all([
        refreshTeamLists(queryClient, aar.teamId),
        // Later reviews carried this one's open items.
        queryClient.invalidateQueries({
          queryKey: [...AARS_KEY, 'detail'],
          predicate: (query) => query.queryKey[2] !== aar.id,
        }),
      ]);
    },
  });
}

/** Adds an action item, owned by a member of the team, to a review. */
export function useAddActionItem(aar: Aar) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionItemBody) =>
      apiRequest('POST', `${aarPath(aar.id)}/action-items`, { body, schema: ActionItem }),
    onSuccess: (item) => {
      queryClient.setQueryData<Aar>(aarKey(aar.id), (old) =>
        old ? { ...old, actionItems: [...old.actionItems, item] } : old,
      );
      return refreshTeamLists(queryClient, aar.teamId);
    },
  });
}

/**
 * Changes an action item of review `reviewId` (its text, owner, or done). Every review in view
 * that shows it — its own, or a later one carrying it — shows a tick or a new text at once, and
 * the server's answer when it comes (a refusal puts them back); carried lists are recomputed the
 * next time a review is opened.
 */
export function useUpdateActionItem(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      reviewId,
      itemId,
      ...body
    }: UpdateActionItemBody & { reviewId: string; itemId: string }) =>
      apiRequest('PATCH', `${aarPath(reviewId)}/action-items/${encodeURIComponent(itemId)}`, {
        body,
        schema: ActionItem,
      }),
    onMutate: async ({ itemId, done, text }) => {
      await queryClient.cancelQueries({ queryKey: AARS_KEY });
      patchItemInView(queryClient, teamId, (item) =>
        item.id === itemId ? { ...item, done: done ?? item.done, text: text ?? item.text } : item,
      );
    },
    onError: () => queryClient.invalidateQueries({ queryKey: AARS_KEY }),
    onSuccess: (fresh) => {
      patchItemInView(queryClient, teamId, (item) =>
        item.id === fresh.id ? { ...item, ...fresh } : item,
      );
      return queryClient.invalidateQueries({ queryKey: aarListKey(teamId) });
    },
  });
}

/** Removes an action item from its review. */
export function useDeleteActionItem(aar: Aar) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      apiRequest('DELETE', `${aarPath(aar.id)}/action-items/${encodeURIComponent(itemId)}`),
    onSuccess: (_answer, itemId) => {
      queryClient.setQueryData<Aar>(aarKey(aar.id), (old) =>
        old ? { ...old, actionItems: old.actionItems.filter((item) => item.id !== itemId) } : old,
      );
      return refreshTeamLists(queryClient, aar.teamId);
    },
  });
}

/** Applies `change` to every action item in view: reviews' own, carried, the team's open ones. */
function patchItemInView(
  queryClient: QueryClient,
  teamId: string,
  change: <T extends ActionItem>(item: T) => T,
) {
  queryClient.setQueriesData<Aar>({ queryKey: [...AARS_KEY, 'detail'] }, (old) =>
    old
      ? {
          ...old,
          actionItems: old.actionItems.map(change),
          carriedForward: old.carriedForward.map(change),
        }
      : old,
  );
  queryClient.setQueryData<CarriedActionItem[]>(openItemsKey(teamId), (old) => old?.map(change));
}

/** The team's list of reviews (their counts of open items) and its open items. */
function refreshTeamLists(queryClient: QueryClient, teamId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: aarListKey(teamId) }),
    queryClient.invalidateQueries({ queryKey: openItemsKey(teamId) }),
  ]);
}
