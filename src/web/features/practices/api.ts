import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  CheckIn,
  PracticeDetail,
  PracticeSummary,
  type CheckInBody,
  type CreatePracticeBody,
  type UpdatePracticeBody,
} from '../../../contracts/practices';
import { AspirationSummary, Value } from '../../../contracts/vision';
import { apiRequest } from '../../lib/api-client';
import { afterDelete, afterSave, detailKeyOf } from '../../lib/item-cache';

const PRACTICES_KEY = ['practices'] as const;
/** Today shows practices too; every write here refreshes it. */
const listKey = (archived: boolean) => [...PRACTICES_KEY, 'list', archived] as const;
const detailKey = detailKeyOf(PRACTICES_KEY[0]);

const PracticePage = pageOf(PracticeSummary);
const path = (id: string) => `/api/practices/${encodeURIComponent(id)}`;

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
export function usePractice(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: () => apiRequest('GET', path(id), { schema: PracticeDetail }),
  });
}

/** What a practice can be linked to: my active aspirations and my values. */
export function useLinkOptions() {
  const aspirations = useQuery({
    queryKey: ['aspirations', 'list', 'active'],
    queryFn: async () =>
      (
        await apiRequest('GET', '/api/aspirations?status=active&limit=100', {
          schema: pageOf(AspirationSummary),
        })
      ).items,
  });
  const values = useQuery({
    queryKey: ['values'],
    queryFn: async () => (await apiRequest('GET', '/api/values', { schema: pageOf(Value) })).items,
  });
  return { aspirations: aspirations.data ?? [], values: values.data ?? [] };
}

function usePracticeWrite<T>(write: (input: T) => Promise<PracticeDetail | void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => afterSave(queryClient, PRACTICES_KEY[0], detail),
  });
}

/** Starts a practice. */
export function useCreatePractice() {
  return usePracticeWrite((body: CreatePracticeBody) =>
    apiRequest('POST', '/api/practices', { body, schema: PracticeDetail }),
  );
}

/** Changes a practice, or archives or restores it (`archived`). */
export function useUpdatePractice() {
  return usePracticeWrite(({ id, ...body }: UpdatePracticeBody & { id: string }) =>
    apiRequest('PATCH', path(id), { body, schema: PracticeDetail }),
  );
}

/** Deletes a practice and its check-ins. */
export function useDeletePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('DELETE', path(id)),
    onSuccess: (_answer, id) => afterDelete(queryClient, PRACTICES_KEY[0], id),
  });
}

/** Checks in for a day (done or skipped), or undoes that day's check-in (`status: null`). */
export function useCheckIn() {
  return usePracticeWrite(
    async ({
      id,
      date,
      status,
    }: {
      id: string;
      date: string;
      status: CheckInBody['status'] | null;
    }) => {
      const url = `${path(id)}/checkins/${date}`;
      if (status) await apiRequest('PUT', url, { body: { status }, schema: CheckIn });
      else await apiRequest('DELETE', url);
    },
  );
}
