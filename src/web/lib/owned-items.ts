import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { pageOf } from '../../contracts/common';
import { apiRequest } from './api-client';
import { afterDelete, afterSave, detailKeyOf } from './item-cache';

/** How many rows a list asks for at a time. */
const PAGE_SIZE = 20;

/** What a list is narrowed to: a query parameter each; empty or null means "any". */
export type ListParams = Record<string, string | null>;

/**
 * The web client of one kind of item I own (reflections, reactions, learning, practices…): its
 * list a page at a time, one item, and writes that keep the cache and Today fresh. Everything of
 * the kind is cached under `[root]`; `base` is its API path; `detail` is the schema one item is
 * answered with, `row` the schema of a list row.
 *
 * @example
 * const reactions = ownedItems({ root: 'reactions', base: '/api/reactions', detail: Reaction, row: Reaction });
 * export const useReactions = () => reactions.useList();
 * export const useCreateReaction = () =>
 *   reactions.useWrite((body: CreateReactionBody) => reactions.create(body));
 */
export function ownedItems<T extends { id: string }, R>({
  root,
  base,
  detail,
  row,
}: {
  root: string;
  base: string;
  detail: z.ZodType<T>;
  row: z.ZodType<R>;
}) {
  const detailKey = detailKeyOf(root);
  const pathOf = (id: string) => `${base}/${encodeURIComponent(id)}`;
  const RowPage = pageOf(row);

  return {
    root,
    /** The API path of one item. */
    pathOf,
    /** Asks for one item again, e.g. after a write that answered with something else. */
    fetchItem: (id: string) => apiRequest('GET', pathOf(id), { schema: detail }),
    /** Adds an item. */
    create: (body: unknown) => apiRequest('POST', base, { body, schema: detail }),
    /** Changes the item `id` with the rest of `input`. */
    update: ({ id, ...body }: { id: string }) =>
      apiRequest('PATCH', pathOf(id), { body, schema: detail }),

    /**
     * The list, newest first, a page at a time, narrowed by `params` (trimmed; empty ones are
     * left out). With `keepPrevious` the old rows stay shown while a new narrowing loads.
     */
    useList(params: ListParams = {}, { keepPrevious = false } = {}) {
      return useInfiniteQuery({
        queryKey: [root, 'list', params],
        initialPageParam: null as string | null,
        placeholderData: keepPrevious ? keepPreviousData : undefined,
        queryFn: ({ pageParam }) => {
          const search = new URLSearchParams({ limit: String(PAGE_SIZE) });
          for (const [name, value] of Object.entries(params)) {
            if (value?.trim()) search.set(name, value.trim());
          }
          if (pageParam) search.set('cursor', pageParam);
          return apiRequest('GET', `${base}?${search}`, { schema: RowPage });
        },
        getNextPageParam: (page) => page.nextCursor,
      });
    },

    /** One item (not asked for while `id` is null, e.g. for a new one). */
    useItem(id: string | null) {
      return useQuery({
        queryKey: detailKey(id ?? ''),
        enabled: id !== null,
        queryFn: () => apiRequest('GET', pathOf(id ?? ''), { schema: detail }),
      });
    },

    /** A write that answers with the item (kept, not asked for again) or with nothing. */
    useWrite<I, O extends T | void>(write: (input: I) => Promise<O>) {
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: write,
        onSuccess: (item) => afterSave(queryClient, root, item),
      });
    },

    /** Deletes an item by id. */
    useDelete() {
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: (id: string) => apiRequest('DELETE', pathOf(id)),
        onSuccess: (_answer, id) => afterDelete(queryClient, root, id),
      });
    },
  };
}
