import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  Reaction,
  ReactionPatterns,
  type CreateReactionBody,
  type UpdateReactionBody,
} from '../../../contracts/reactions';
import { apiRequest } from '../../lib/api-client';
import { afterDelete, afterSave, detailKeyOf } from '../../lib/item-cache';

const REACTIONS_KEY = ['reactions'] as const;
const detailKey = detailKeyOf(REACTIONS_KEY[0]);
const path = (id: string) => `/api/reactions/${encodeURIComponent(id)}`;

const ReactionPage = pageOf(Reaction);
const PAGE_SIZE = 20;

/** My reaction log, newest first, a page at a time. */
export function useReactions() {
  return useInfiniteQuery({
    queryKey: [...REACTIONS_KEY, 'list'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest('GET', `/api/reactions?${params}`, { schema: ReactionPage });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One reaction. */
export function useReaction(id: string) {
  return useQuery({
    queryKey: detailKey(id),
    queryFn: () => apiRequest('GET', path(id), { schema: Reaction }),
  });
}

/** The most frequent trigger words and emotions of the last `days` days, today included. */
export function useReactionPatterns(days: number) {
  return useQuery({
    queryKey: [...REACTIONS_KEY, 'patterns', days],
    placeholderData: keepPreviousData,
    queryFn: () =>
      apiRequest('GET', `/api/reactions/patterns?days=${days}`, { schema: ReactionPatterns }),
  });
}

function useReactionWrite<T>(write: (input: T) => Promise<Reaction>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (reaction) => afterSave(queryClient, REACTIONS_KEY[0], reaction),
  });
}

/** Logs a reaction. */
export function useCreateReaction() {
  return useReactionWrite((body: CreateReactionBody) =>
    apiRequest('POST', '/api/reactions', { body, schema: Reaction }),
  );
}

/** Changes a reaction, e.g. adds the chosen response and its outcome later. */
export function useUpdateReaction() {
  return useReactionWrite(({ id, ...body }: UpdateReactionBody & { id: string }) =>
    apiRequest('PATCH', path(id), { body, schema: Reaction }),
  );
}

/** Deletes a reaction. */
export function useDeleteReaction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('DELETE', path(id)),
    onSuccess: (_answer, id) => afterDelete(queryClient, REACTIONS_KEY[0], id),
  });
}
