import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
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

declare global {
  interface Window {
    /** The session check started by public/session-start.js while the scripts loaded. */
    __praxisSession?: Promise<Response>;
  }
}

/**
 * The answer of the session check started before the scripts ran, taken once: a user, null
 * (signed out), or undefined when there is none to use (then the app asks itself).
 */
async function earlyUser(): Promise<User | null | undefined> {
  const early = window.__praxisSession;
  window.__praxisSession = undefined;
  if (!early) return undefined;
  try {
    const response = await early;
    if (response.status === 401) return null;
    if (!response.ok) return undefined;
    // Checked by the server against the contract's User schema, like every answer.
    return (await response.json()) as User;
  } catch {
    return undefined;
  }
}

async function fetchCurrentUser(): Promise<User | null> {
  const early = await earlyUser();
  if (early !== undefined) return early;
  try {
    return await apiAnswer<User>('GET', '/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in person (null when signed out), shared by every part of the app. */
export function useCurrentUser() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchCurrentUser, staleTime: 60_000 });
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
