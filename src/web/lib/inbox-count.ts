import { useQuery } from '@tanstack/react-query';
import type { InboxCount } from '../../contracts/inbox';
import { apiAnswer } from './api-client';

/** The inbox's queries share this root, so one live event refreshes the count and the list. */
export const INBOX_KEY = ['inbox'] as const;

/** How many items of my inbox I have not read (the navigation's badge). */
export function useInboxCount(enabled = true) {
  return useQuery({
    queryKey: [...INBOX_KEY, 'count'],
    queryFn: () => apiAnswer<InboxCount>('GET', '/api/inbox/count'),
    enabled,
  });
}
