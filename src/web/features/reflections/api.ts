import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import { pageOf } from '../../../contracts/common';
import {
  LanguageFindings,
  Mood,
  Reflection,
  ReflectionSearchHit,
  type CreateReflectionBody,
  type ReflectionKind,
  type UpdateReflectionBody,
} from '../../../contracts/reflections';
import { PromptView } from '../../../contracts/today';
import { apiRequest } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/all-pages';
import { afterDelete, afterSave, detailKeyOf } from '../../lib/item-cache';

const REFLECTIONS_KEY = ['reflections'] as const;
/** Today shows the answer to its prompt and counts today's reflections; writes refresh it. */
const detailKey = detailKeyOf(REFLECTIONS_KEY[0]);
const path = (id: string) => `/api/reflections/${encodeURIComponent(id)}`;

const HitPage = pageOf(ReflectionSearchHit);
export type ReflectionHit = z.infer<typeof ReflectionSearchHit>;

/** What the Journal list is narrowed to; empty strings mean "any". */
export interface JournalFilters {
  q: string;
  from: string;
  to: string;
  kind: ReflectionKind | '';
  tag: string;
  emotion: string;
}

export const NO_FILTERS: JournalFilters = {
  q: '',
  from: '',
  to: '',
  kind: '',
  tag: '',
  emotion: '',
};

const PAGE_SIZE = 20;

/**
 * My reflections, a page at a time: newest first, or with `q` ranked by relevance and carrying
 * a highlighted snippet. The previous results stay shown while a new search loads.
 */
export function useReflections(filters: JournalFilters) {
  return useInfiniteQuery({
    queryKey: [...REFLECTIONS_KEY, 'list', filters],
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      for (const [name, value] of Object.entries(filters)) {
        if (value.trim()) params.set(name, value.trim());
      }
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest('GET', `/api/reflections?${params}`, { schema: HitPage });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}

const CalendarDays = z.object({
  days: z.array(z.object({ date: z.string(), count: z.number(), mood: Mood.nullable() })),
});

/** How many reflections I wrote on each day of a month (YYYY-MM), with the mean mood. */
export function useCalendar(month: string) {
  return useQuery({
    queryKey: [...REFLECTIONS_KEY, 'calendar', month],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (
        await apiRequest('GET', `/api/reflections/calendar?month=${month}`, {
          schema: CalendarDays,
        })
      ).days,
  });
}

const OnThisDay = z.object({
  items: z.array(z.object({ yearsAgo: z.number(), reflection: Reflection })),
});

/** What I wrote on this calendar day one, two, … years ago. */
export function useOnThisDay() {
  return useQuery({
    queryKey: [...REFLECTIONS_KEY, 'on-this-day'],
    queryFn: async () =>
      (await apiRequest('GET', '/api/reflections/on-this-day', { schema: OnThisDay })).items,
  });
}

/** One reflection (not asked for while `id` is null, e.g. for a new entry). */
export function useReflection(id: string | null) {
  return useQuery({
    queryKey: detailKey(id ?? ''),
    enabled: id !== null,
    queryFn: () => apiRequest('GET', path(id ?? ''), { schema: Reflection }),
  });
}

/** The prompt library, all themes. */
export function usePrompts() {
  return useQuery({
    queryKey: ['prompts'],
    staleTime: Infinity,
    queryFn: () => fetchAllPages('/api/prompts', PromptView),
  });
}

function useReflectionWrite<T>(write: (input: T) => Promise<Reflection>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (reflection) => afterSave(queryClient, REFLECTIONS_KEY[0], reflection),
  });
}

/** Writes a reflection; the answer marks limiting language in it. */
export function useCreateReflection() {
  return useReflectionWrite((body: CreateReflectionBody) =>
    apiRequest('POST', '/api/reflections', { body, schema: Reflection }),
  );
}

/** Changes a reflection (used by autosave). */
export function useUpdateReflection() {
  return useReflectionWrite(({ id, ...body }: UpdateReflectionBody & { id: string }) =>
    apiRequest('PATCH', path(id), { body, schema: Reflection }),
  );
}

/** Deletes a reflection. */
export function useDeleteReflection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('DELETE', path(id)),
    onSuccess: (_answer, id) => afterDelete(queryClient, REFLECTIONS_KEY[0], id),
  });
}

/** Limiting language in a text being written (ask after a pause in typing). */
export function findLimitingLanguage(text: string) {
  return apiRequest('POST', '/api/language/limiting', {
    body: { text },
    schema: LanguageFindings,
  });
}
