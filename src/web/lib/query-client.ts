import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { endSession, ME_QUERY_KEY } from './session';

function isSessionGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
}

/**
 * The app's one QueryClient. Retries only what may pass on a second try (no network, a 5xx), and
 * treats an `unauthenticated` answer anywhere as the end of the session.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== ME_QUERY_KEY[0] && isSessionGone(error)) {
          endSession(queryClient, 'expired');
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSessionGone(error)) endSession(queryClient, 'expired');
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 &&
          error instanceof ApiError &&
          (error.status === 0 || error.status >= 500),
      },
    },
  });
  return queryClient;
}
