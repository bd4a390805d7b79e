import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { InboxPage } from '../../../contracts/inbox';
import { apiRequest } from '../../lib/api-client';
import { INBOX_KEY } from '../../lib/inbox-count';

const PAGE_SIZE = 30;

/** My inbox, newest first, a page at a time ("Show more" reads the next). */
export function useInbox() {
  return useInfiniteQuery({
    queryKey: [...INBOX_KEY, 'list'],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest('GET', `/api/inbox?${params.toString()}`, { schema: InboxPage });
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Marks one item read; the count and the list follow. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('POST', `/api/inbox/${encodeURIComponent(id)}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}

/** Marks every item read. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('POST', '/api/inbox/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}
