import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  LanguageFindings,
  OnThisDay,
  Reflection,
  ReflectionCalendar,
  ReflectionSearchHit,
  type CreateReflectionBody,
  type ReflectionKind,
  type UpdateReflectionBody,
} from '../../../contracts/reflections';
import { pageOf } from '../../../contracts/common';
import { WeeklyReview } from '../../../contracts/reviews';
import { SearchResult } from '../../../contracts/search';
import { PromptView } from '../../../contracts/today';
import { apiRequest } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/all-pages';
import { ownedItems } from '../../lib/owned-items';

/** Today shows the answer to its prompt and counts today's reflections; writes refresh it. */
const reflections = ownedItems({
  root: 'reflections',
  base: '/api/reflections',
  detail: Reflection,
  row: ReflectionSearchHit,
});

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

/**
 * My reflections, a page at a time: newest first, or with `q` ranked by relevance and carrying
 * a highlighted snippet. The previous results stay shown while a new search loads.
 */
export const useReflections = (filters: JournalFilters) =>
  reflections.useList({ ...filters }, { keepPrevious: true });

/** How many reflections I wrote on each day of a month (YYYY-MM), with the mean mood. */
export function useCalendar(month: string) {
  return useQuery({
    queryKey: [reflections.root, 'calendar', month],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (
        await apiRequest('GET', `/api/reflections/calendar?month=${month}`, {
          schema: ReflectionCalendar,
        })
      ).days,
  });
}

/** What I wrote on this calendar day one, two, … years ago. */
export function useOnThisDay() {
  return useQuery({
    queryKey: [reflections.root, 'on-this-day'],
    queryFn: async () =>
      (await apiRequest('GET', '/api/reflections/on-this-day', { schema: OnThisDay })).items,
  });
}

/** One reflection (not asked for while `id` is null, e.g. for a new entry). */
export const useReflection = (id: string | null) => reflections.useItem(id);

/** The prompt library, all themes. */
export function usePrompts() {
  return useQuery({
    queryKey: ['prompts'],
    staleTime: Infinity,
    queryFn: () => fetchAllPages('/api/prompts', PromptView),
  });
}

/** Writes a reflection; the answer marks limiting language in it. */
export const useCreateReflection = () =>
  reflections.useWrite((body: CreateReflectionBody) => reflections.create(body));

/** Changes a reflection (used by autosave). */
export const useUpdateReflection = () =>
  reflections.useWrite((input: UpdateReflectionBody & { id: string }) => reflections.update(input));

/** Deletes a reflection. */
export const useDeleteReflection = () => reflections.useDelete();

/** Limiting language in a text being written (ask after a pause in typing). */
export function findLimitingLanguage(text: string) {
  return apiRequest('POST', '/api/language/limiting', {
    body: { text },
    schema: LanguageFindings,
  });
}

const SearchPage = pageOf(SearchResult);

/**
 * Everything I wrote that holds the words of `q` (reflections, weekly reviews, learning,
 * reactions, beliefs, my 1:1 notes), most relevant first, a page at a time; asked for only while
 * `q` holds a word. The previous results stay shown while a new search loads.
 */
export function useSearch(q: string) {
  const words = q.trim();
  return useInfiniteQuery({
    queryKey: ['search', words],
    enabled: /[\p{L}\p{N}]/u.test(words),
    initialPageParam: null as string | null,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) => {
      const search = new URLSearchParams({ q: words });
      if (pageParam) search.set('cursor', pageParam);
      return apiRequest('GET', `/api/search?${search}`, { schema: SearchPage });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** My weekly reviews, all of them (one a week), so the Journal lists them among reflections. */
export function useJournalReviews() {
  return useQuery({
    queryKey: ['reviews', 'journal'],
    queryFn: () => fetchAllPages('/api/reviews/weekly', WeeklyReview),
  });
}
