import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Reflection, ReflectionSearchHit } from '../../../contracts/reflections';
import type { MoodCheckin, MoodCheckinBody, Today } from '../../../contracts/today';
import { apiAnswer } from '../../lib/api-client';
import { sendCheckIn, type CheckInChange } from '../../lib/check-in';
import { TODAY_KEY } from '../../lib/item-cache';
import { FIRST_READ_FRESH_MS } from '../../lib/early-reads';

/** Practices and aspirations are cached by their own pages too; a write here refreshes them. */
const PRACTICES_KEY = ['practices'] as const;

// The first page: answers are read without Zod (apiAnswer; the server checked them).

/** Today: the date, one prompt, my practices, my latest mood, my aspirations' tension. */
export const todayQuery = queryOptions({
  queryKey: TODAY_KEY,
  queryFn: () => apiAnswer<Today>('GET', '/api/today'),
  // Read just before Today is first drawn (app/routes/page.ts): not asked again as it mounts.
  staleTime: FIRST_READ_FRESH_MS,
});

export function useToday() {
  return useQuery(todayQuery);
}

/**
 * Today's daily reflection that answered `promptId`, if any (to show it as answered after a
 * reload). Only asked for once the server says the prompt was answered.
 */
export function usePromptAnswer(date: string, promptId: string, answered: boolean) {
  return useQuery({
    queryKey: [...TODAY_KEY, 'answer', date, promptId],
    enabled: answered,
    queryFn: async () => {
      const query = `?kind=daily&from=${date}&to=${date}&limit=100`;
      const page = await apiAnswer<{ items: z.infer<typeof ReflectionSearchHit>[] }>(
        'GET',
        `/api/reflections${query}`,
      );
      return page.items.find((item) => item.promptId === promptId) ?? null;
    },
  });
}

/**
 * Saves the answer to today's prompt: the first save writes a daily reflection, later saves
 * rewrite its body. Resolves to the reflection with the limiting language found in it.
 */
export function useSaveAnswer(date: string, promptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: string }) =>
      id
        ? apiAnswer<Reflection>('PATCH', `/api/reflections/${encodeURIComponent(id)}`, {
            body: { body },
          })
        : apiAnswer<Reflection>('POST', '/api/reflections', {
            body: { kind: 'daily', body, promptId },
          }),
    onSuccess: (reflection) => {
      queryClient.setQueryData([...TODAY_KEY, 'answer', date, promptId], reflection);
      queryClient.setQueryData<Today>(TODAY_KEY, (today) =>
        today ? { ...today, answeredPrompt: true } : today,
      );
    },
  });
}

/** Checks in my mood; it becomes today's latest. */
export function useCheckInMood() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoodCheckinBody) => apiAnswer<MoodCheckin>('POST', '/api/mood', { body }),
    onSuccess: (mood) =>
      queryClient.setQueryData<Today>(TODAY_KEY, (today) => (today ? { ...today, mood } : today)),
  });
}

/**
 * Ticks a practice for today (done or skipped), or unticks it (`status: null`). The box moves at
 * once; strength and streak follow from the server.
 */
export function useTodayCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CheckInChange) => sendCheckIn(change),
    onMutate: async ({ id, date, status }) => {
      await queryClient.cancelQueries({ queryKey: TODAY_KEY, exact: true });
      const previous = queryClient.getQueryData<Today>(TODAY_KEY);
      if (previous) {
        queryClient.setQueryData<Today>(TODAY_KEY, {
          ...previous,
          practices: previous.practices.map((practice) =>
            practice.id === id
              ? {
                  ...practice,
                  today: { date, checkIn: status ? { date, status, note: null } : null },
                }
              : practice,
          ),
        });
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(TODAY_KEY, context.previous);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: TODAY_KEY, exact: true }),
        queryClient.invalidateQueries({ queryKey: PRACTICES_KEY }),
      ]),
  });
}
