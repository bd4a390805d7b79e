import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/react-query';
import {
  AccessToken,
  CreatedToken,
  User,
  type ChangePasswordBody,
  type CreateTokenBody,
  type DeleteAccountBody,
  type UpdateProfileBody,
} from '../../../contracts/accounts';
import type { z } from 'zod';
import { pageOf } from '../../../contracts/common';
import {
  NotificationPreferences,
  type UpdateNotificationPreferencesBody,
} from '../../../contracts/notifications';
import { apiRequest } from '../../lib/api-client';
import { endSession, ME_QUERY_KEY } from '../../lib/session';

const TOKENS_QUERY_KEY = ['tokens'] as const;
const TokenPage = pageOf(AccessToken);
type TokenPage = z.infer<typeof TokenPage>;

/** Saves the display name and time zone; the current user is updated from the answer. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => apiRequest('PATCH', '/api/me', { body, schema: User }),
    onSuccess: (user) => queryClient.setQueryData(ME_QUERY_KEY, user),
  });
}

/** Changes the password; the server signs out every other session. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiRequest('PUT', '/api/me/password', { body }),
  });
}

/**
 * Deletes the account and all its data for good, then forgets the session. `onDeleted` runs
 * even though the page that asked is gone by then (callbacks given to `mutate` would not).
 */
export function useDeleteAccount(onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeleteAccountBody) => apiRequest('DELETE', '/api/me', { body }),
    onSuccess: () => {
      endSession(queryClient, 'deleted');
      onDeleted();
    },
  });
}

/** The person's access tokens, newest first, a page at a time. */
export function useAccessTokens() {
  return useInfiniteQuery({
    queryKey: TOKENS_QUERY_KEY,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiRequest(
        'GET',
        pageParam ? `/api/tokens?cursor=${encodeURIComponent(pageParam)}` : '/api/tokens',
        { schema: TokenPage },
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Creates a token; the answer holds the secret, which the server never shows again. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) =>
      apiRequest('POST', '/api/tokens', { body, schema: CreatedToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_QUERY_KEY }),
  });
}

/** Revokes a token at once; it disappears from the list without waiting for a refetch. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest('DELETE', `/api/tokens/${encodeURIComponent(id)}`),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<InfiniteData<TokenPage, string | null>>(TOKENS_QUERY_KEY, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.filter((token) => token.id !== id),
              })),
            }
          : data,
      );
      return queryClient.invalidateQueries({ queryKey: TOKENS_QUERY_KEY });
    },
  });
}

const NOTIFICATIONS_QUERY_KEY = ['notification-preferences'] as const;

/** My mail choices per kind of inbox item, and whether this Praxis sends mail. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: NOTIFICATIONS_QUERY_KEY,
    queryFn: () => apiRequest('GET', '/api/me/notifications', { schema: NotificationPreferences }),
  });
}

/** Saves a change of kinds or digest hour; the answer replaces what is shown. */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferencesBody) =>
      apiRequest('PUT', '/api/me/notifications', { body, schema: NotificationPreferences }),
    onSuccess: (preferences) => queryClient.setQueryData(NOTIFICATIONS_QUERY_KEY, preferences),
  });
}
