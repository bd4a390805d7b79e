import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
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
import { Today } from '../../../contracts/today';
import { fetchAllPages } from '../../lib/all-pages';
import { apiRequest } from '../../lib/api-client';
import { TODAY_KEY } from '../../lib/item-cache';
import { teamPath } from '../../lib/use-team';

const aarPath = (id: string) => `/api/aars/${encodeURIComponent(id)}`;

const AARS_KEY = ['aars'] as const;
const aarListKey = (teamId: string) => [...AARS_KEY, 'list', teamId] as const;
const openItemsKey = (teamId: string) => [...AARS_KEY, 'open', teamId] as const;
const aarKey = (id: string) => [...AARS_KEY, 'detail', id] as const;

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
    queryFn: () => fetchAllPages(`${teamPath(teamId)}/aars`, AarSummary),
    enabled,
  });
}

/** The team's open action items from all its reviews: what a new review carries forward. */
export function useOpenActionItems(teamId: string) {
  return useQuery({
    queryKey: openItemsKey(teamId),
    queryFn: () => fetchAllPages(`${teamPath(teamId)}/action-items`, CarriedActionItem),
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
