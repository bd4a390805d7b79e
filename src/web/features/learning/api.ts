import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  LearningHours,
  LearningItem,
  LearningItemDetail,
  LearningSession,
  type CreateLearningItemBody,
  type LearningKind,
  type LearningSessionBody,
  type LearningStatus,
  type UpdateLearningItemBody,
} from '../../../contracts/learning';
import { AspirationSummary } from '../../../contracts/vision';
import { apiRequest } from '../../lib/api-client';
import { afterDelete, afterSave, detailKeyOf } from '../../lib/item-cache';

const LEARNING_KEY = ['learning'] as const;
const detailKey = detailKeyOf(LEARNING_KEY[0]);
const path = (id: string) => `/api/learning/${encodeURIComponent(id)}`;

const ItemPage = pageOf(LearningItem);
const PAGE_SIZE = 20;
/** The months the hours chart looks back over, this one included. */
export const HOURS_MONTHS = 12;

/** What the learning list is narrowed to; null means "any". */
export interface LearningFilters {
  status: LearningStatus | null;
  kind: LearningKind | null;
}

/** My learning items, newest first, a page at a time, optionally of one status and kind. */
export function useLearningItems(filters: LearningFilters) {
  return useInfiniteQuery({
    queryKey: [...LEARNING_KEY, 'list', filters],
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (filters.status) params.set('status', filters.status);
      if (filters.kind) params.set('kind', filters.kind);
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest('GET', `/api/learning?${params}`, { schema: ItemPage });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One learning item with every logged session. */
export function useLearningItem(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: () => apiRequest('GET', path(id), { schema: LearningItemDetail }),
  });
}

/** Hours of learning per month by the aspiration served, over the last `HOURS_MONTHS` months. */
export function useLearningHours() {
  return useQuery({
    queryKey: [...LEARNING_KEY, 'hours', HOURS_MONTHS],
    queryFn: () =>
      apiRequest('GET', `/api/learning/hours?months=${HOURS_MONTHS}`, { schema: LearningHours }),
  });
}

/** My active aspirations, which learning can be linked to (the same list Practices asks for). */
export function useActiveAspirations() {
  return useQuery({
    queryKey: ['aspirations', 'list', 'active'],
    queryFn: async () =>
      (
        await apiRequest('GET', '/api/aspirations?status=active&limit=100', {
          schema: pageOf(AspirationSummary),
        })
      ).items,
  });
}

/** Time to log with a save: hours on a day. */
export type TimeToLog = LearningSessionBody | null;

/** A saved item and, when time was to be logged with it and that failed, why. */
export interface Saved {
  item: LearningItemDetail;
  timeError: unknown;
}

/**
 * Logs time on an item just saved. The item is kept either way, so a failure to log its time is
 * answered beside it (and not thrown): saving again would otherwise add the item twice.
 */
async function withTime(saved: LearningItemDetail, time: TimeToLog): Promise<Saved> {
  if (!time) return { item: saved, timeError: null };
  try {
    await apiRequest('POST', `${path(saved.id)}/sessions`, { body: time, schema: LearningSession });
  } catch (timeError) {
    return { item: saved, timeError };
  }
  return {
    item: await apiRequest('GET', path(saved.id), { schema: LearningItemDetail }),
    timeError: null,
  };
}

function useLearningWrite<T>(write: (input: T) => Promise<Saved>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: ({ item, timeError }) =>
      // Without its time, the answer is not the whole item: ask for it again.
      timeError
        ? afterSave(queryClient, LEARNING_KEY[0])
        : afterSave(queryClient, LEARNING_KEY[0], item),
  });
}

/** Adds a learning item, with time already given to it when `time` is set. */
export function useCreateLearningItem() {
  return useLearningWrite(
    async ({ body, time }: { body: CreateLearningItemBody; time: TimeToLog }) =>
      withTime(
        await apiRequest('POST', '/api/learning', { body, schema: LearningItemDetail }),
        time,
      ),
  );
}

/** Changes a learning item (status, insights, aspirations…), and logs more time when given. */
export function useUpdateLearningItem() {
  return useLearningWrite(
    async ({ id, body, time }: { id: string; body: UpdateLearningItemBody; time: TimeToLog }) =>
      withTime(await apiRequest('PATCH', path(id), { body, schema: LearningItemDetail }), time),
  );
}

/** Logs time on an item; a failure comes back as `timeError`. */
export function useLogTime() {
  return useLearningWrite(
    ({ item, time }: { item: LearningItemDetail; time: LearningSessionBody }) =>
      withTime(item, time),
  );
}

/** Removes a logged session; the item's total and the hours chart follow. */
export function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, sessionId }: { id: string; sessionId: string }) => {
      await apiRequest('DELETE', `${path(id)}/sessions/${encodeURIComponent(sessionId)}`);
      return apiRequest('GET', path(id), { schema: LearningItemDetail });
    },
    onSuccess: (item) => afterSave(queryClient, LEARNING_KEY[0], item),
  });
}

/** Deletes a learning item with its sessions. */
export function useDeleteLearningItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('DELETE', path(id)),
    onSuccess: (_answer, id) => afterDelete(queryClient, LEARNING_KEY[0], id),
  });
}
