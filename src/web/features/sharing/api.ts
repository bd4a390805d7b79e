import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pageOf } from '../../../contracts/common';
import {
  AccessLogEntry,
  Share,
  ShareCreated,
  SharedItem,
  SharedItemSummary,
  type CreateShareBody,
  type ItemType,
} from '../../../contracts/sharing';
import { fetchAllPages } from '../../lib/all-pages';
import { apiRequest } from '../../lib/api-client';
import { fetchMyOrgDetails } from '../../lib/colleagues';
import { shareTargetsFrom } from './sharing-view';

const SHARES_KEY = ['shares'] as const;
const SHARED_KEY = ['shared'] as const;

/**
 * Every share I made, a page of 100 at a time: each "Who can see this" control on a page picks its own
 * item's out of it, so a list of items costs one call per hundred shares.
 */
export function useMyShares() {
  return useQuery({
    queryKey: [...SHARES_KEY, 'mine'],
    queryFn: () => fetchAllPages('/api/shares', Share),
    staleTime: 30_000,
  });
}

/** Shares one of my items with a person, a team or an organization. */
export function useShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateShareBody) =>
      apiRequest('POST', '/api/shares', { body, schema: ShareCreated }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SHARES_KEY }),
  });
}

/** Unshares: access through this share ends at once. */
export function useUnshare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareId: string) =>
      apiRequest('DELETE', `/api/shares/${encodeURIComponent(shareId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SHARES_KEY }),
  });
}

/** Whom I can share with: the people, teams and organizations of my organizations. */
export function useShareTargets(myId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['share-targets', myId],
    queryFn: async () => shareTargetsFrom(await fetchMyOrgDetails(), myId),
    enabled,
  });
}

/** Items others share with me now. */
export function useSharedWithMe() {
  return useQuery({
    queryKey: [...SHARED_KEY, 'list'],
    queryFn: () => fetchAllPages('/api/shared-with-me', SharedItemSummary),
  });
}

/**
 * One item shared with me, read-only (its author sees that I read it); null `itemType` (an
 * unknown kind in the address) asks nothing. Read once per visit: a
 * refetch on focus would write another line in the author's access log.
 */
export function useSharedItem(itemType: ItemType | null, itemId: string) {
  return useQuery({
    queryKey: [...SHARED_KEY, 'item', itemType, itemId],
    queryFn: () =>
      apiRequest(
        'GET',
        `/api/shared/${encodeURIComponent(itemType ?? '')}/${encodeURIComponent(itemId)}`,
        { schema: SharedItem },
      ),
    enabled: itemType !== null,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

/** Who read my shared items, and when: newest first, a page at a time. */
export function useAccessLog() {
  return useInfiniteQuery({
    queryKey: ['access-log'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiRequest(
        'GET',
        pageParam
          ? `/api/access-log?limit=50&cursor=${encodeURIComponent(pageParam)}`
          : '/api/access-log?limit=50',
        { schema: pageOf(AccessLogEntry) },
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}
