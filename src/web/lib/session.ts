import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { User } from '../../contracts/accounts';
import { ApiError, apiAnswer, apiRequest, resetCsrfToken } from './api-client';

/** The query key of the signed-in person; its data is the User, or null when signed out. */
export const ME_QUERY_KEY = ['me'] as const;

/** Why the session ended in this tab, so the guards know where to go next. */
export type SessionEnd = 'signed-out' | 'deleted' | 'expired';

let sessionEnd: SessionEnd | null = null;
const listeners = new Set<() => void>();

function setSessionEnd(value: SessionEnd | null): void {
  sessionEnd = value;
  listeners.forEach((listener) => listener());
}

/** How the last session in this tab ended, or null while signed in (or never signed out). */
export function useSessionEnd(): SessionEnd | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => sessionEnd,
    () => null,
  );
}

// The first answer is usually the one `public/early-reads.js` asked for while the scripts loaded.
async function fetchCurrentUser(): Promise<User | null> {
  try {
    return await apiAnswer<User>('GET', '/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in person (null when signed out), shared by every part of the app. */
export const meQuery = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: fetchCurrentUser,
  staleTime: 60_000,
});

export function useCurrentUser() {
  return useQuery(meQuery);
}

/** Records a fresh sign-in: the person becomes the current user. */
export function startSession(queryClient: QueryClient, user: User): void {
  setSessionEnd(null);
  queryClient.setQueryData(ME_QUERY_KEY, user);
}

/**
 * Forgets the session in this tab: the current user becomes null and every other cached answer
 * (all of it private) is dropped. The route guards then take the person to the right page.
 */
export function endSession(queryClient: QueryClient, reason: SessionEnd): void {
  // Set before the user is cleared, so the guard that reacts to the null user sees the reason.
  setSessionEnd(reason);
  resetCsrfToken();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  queryClient.setQueryData(ME_QUERY_KEY, null);
}

/** Signs out on this device. An already-ended session counts as signed out. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiRequest('POST', '/api/auth/logout');
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => endSession(queryClient, 'signed-out'),
  });
}
