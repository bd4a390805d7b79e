import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  PracticeDetail,
  PracticeListItem,
  PracticeSummary,
  type CreatePracticeBody,
  type UpdatePracticeBody,
} from '../../../contracts/practices';
import { Value } from '../../../contracts/vision';
import { apiRequest } from '../../lib/api-client';
import { sendCheckIn, type CheckInChange } from '../../lib/check-in';
import { TODAY_KEY } from '../../lib/item-cache';
import { ownedItems } from '../../lib/owned-items';
import { useActiveAspirations } from '../../lib/use-active-aspirations';

/** Today shows practices too; every write here refreshes it. */
const practices = ownedItems({
  root: 'practices',
  base: '/api/practices',
  detail: PracticeDetail,
  row: PracticeSummary,
});

const PracticePage = pageOf(PracticeListItem);
const listKey = (archived: boolean) => [practices.root, 'list', archived] as const;

/** My practices, current or archived, oldest first. */
export function usePractices(archived = false) {
  return useQuery({
    queryKey: listKey(archived),
    queryFn: async () =>
      (
        await apiRequest('GET', `/api/practices?archived=${archived}&limit=100`, {
          schema: PracticePage,
        })
      ).items,
  });
}

/** One practice with a year of check-ins and strength. */
export const usePractice = (id: string) => practices.useItem(id);

/** What a practice can be linked to: my active aspirations and my values. */
export function useLinkOptions() {
  const aspirations = useActiveAspirations();
  const values = useQuery({
    queryKey: ['values'],
    queryFn: async () => (await apiRequest('GET', '/api/values', { schema: pageOf(Value) })).items,
  });
  return { aspirations: aspirations.data ?? [], values: values.data ?? [] };
}

/** Starts a practice. */
export const useCreatePractice = () =>
  practices.useWrite((body: CreatePracticeBody) => practices.create(body));

/** Changes a practice, or archives or restores it (`archived`). */
export const useUpdatePractice = () =>
  practices.useWrite((input: UpdatePracticeBody & { id: string }) => practices.update(input));

/** Deletes a practice and its check-ins. */
export const useDeletePractice = () => practices.useDelete();

/** Checks in for a day (done or skipped), or undoes that day's check-in (`status: null`). */
export const useCheckIn = () => practices.useWrite((change: CheckInChange) => sendCheckIn(change));

/**
 * Ticks or unticks a day of the week on the Practices list: shown at once (the list's cache
 * changes before the server answers, and goes back if it refuses), then the list, the practice
 * and Today are read again for strength and streaks.
 */
export function useWeekCheckIn() {
  const queryClient = useQueryClient();
  const key = listKey(false);
  return useMutation({
    mutationFn: (change: CheckInChange) => sendCheckIn(change),
    onMutate: async ({ id, date, status }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<PracticeListItem[]>(key);
      if (previous) {
        queryClient.setQueryData<PracticeListItem[]>(
          key,
          previous.map((practice) => {
            if (practice.id !== id) return practice;
            const rest = practice.week.filter((c) => c.date !== date);
            const week = status ? [...rest, { date, status, note: null }] : rest;
            return { ...practice, week: week.sort((a, b) => a.date.localeCompare(b.date)) };
          }),
        );
      }
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [practices.root] }),
        queryClient.invalidateQueries({ queryKey: TODAY_KEY }),
      ]),
  });
}
