import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  UserEnvelope,
  type LoginBody,
  type RegisterBody,
  type User,
} from '../../../contracts/accounts';
import { apiRequest, resetCsrfToken } from '../../lib/api-client';
import { startSession } from '../../lib/session';

/** A new session: the CSRF token is bound to the session, so the one held before is dropped. */
function begin(queryClient: QueryClient, user: User) {
  resetCsrfToken();
  startSession(queryClient, user);
}

/** Signs in with email and password; on success the person is the current user. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) =>
      apiRequest('POST', '/api/auth/login', { body, schema: UserEnvelope }),
    onSuccess: ({ user }) => begin(queryClient, user),
  });
}

/** Creates an account and signs in to it. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) =>
      apiRequest('POST', '/api/auth/register', { body, schema: UserEnvelope }),
    onSuccess: ({ user }) => begin(queryClient, user),
  });
}
