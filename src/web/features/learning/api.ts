import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { apiRequest } from '../../lib/api-client';
import { afterSave } from '../../lib/item-cache';
import { ownedItems } from '../../lib/owned-items';

const learning = ownedItems({
  root: 'learning',
  base: '/api/learning',
  detail: LearningItemDetail,
  row: LearningItem,
});
const path = learning.pathOf;

/** The months the hours chart looks back over, this one included. */
export const HOURS_MONTHS = 12;

/** What the learning list is narrowed to; null means "any". */
export interface LearningFilters {
  status: LearningStatus | null;
  kind: LearningKind | null;
}

/** My learning items, newest first, a page at a time, optionally of one status and kind. */
export const useLearningItems = (filters: LearningFilters) =>
  learning.useList({ ...filters }, { keepPrevious: true });

/** One learning item with every logged session. */
export const useLearningItem = (id: string) => learning.useItem(id);

/** Hours of learning per month by the aspiration served, over the last `HOURS_MONTHS` months. */
export function useLearningHours() {
  return useQuery({
    queryKey: [learning.root, 'hours', HOURS_MONTHS],
    queryFn: () =>
      apiRequest('GET', `/api/learning/hours?months=${HOURS_MONTHS}`, { schema: LearningHours }),
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
  return { item: await learning.fetchItem(saved.id), timeError: null };
}

function useLearningWrite<T>(write: (input: T) => Promise<Saved>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: ({ item, timeError }) =>
      // Without its time, the answer is not the whole item: ask for it again.
      timeError
        ? afterSave(queryClient, learning.root)
        : afterSave(queryClient, learning.root, item),
  });
}

/** Adds a learning item, with time already given to it when `time` is set. */
export function useCreateLearningItem() {
  return useLearningWrite(
    async ({ body, time }: { body: CreateLearningItemBody; time: TimeToLog }) =>
      withTime(await learning.create(body), time),
  );
}

/** Changes a learning item (status, insights, aspirations…), and logs more time when given. */
export function useUpdateLearningItem() {
  return useLearningWrite(
    async ({ id, body, time }: { id: string; body: UpdateLearningItemBody; time: TimeToLog }) =>
      withTime(await learning.update({ id, ...body }), time),
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
      return learning.fetchItem(id);
    },
    onSuccess: (item) => afterSave(queryClient, learning.root, item),
  });
}

/** Deletes a learning item with its sessions. */
export const useDeleteLearningItem = () => learning.useDelete();
