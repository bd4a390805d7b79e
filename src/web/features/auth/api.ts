import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { AuthConfig, CheckYourMail, PasswordChanged } from '../../../contracts/account-mail';
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

/**
 * Creates an account and signs in to it; with mail on, the answer is `check_your_mail` and the
 * account is made from the link in the mail.
 */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) =>
      apiRequest('POST', '/api/auth/register', {
        body,
        schema: z.union([UserEnvelope, CheckYourMail]),
      }),
    onSuccess: (answer) => {
      if ('user' in answer) begin(queryClient, answer.user);
    },
  });
}

/** Whether this Praxis sends mail (the pages that need it say so when it does not). */
export function useAuthConfig() {
  return useQuery({
    queryKey: ['auth-config'],
    queryFn: () => apiRequest('GET', '/api/auth/config', { schema: AuthConfig }),
    staleTime: Infinity,
  });
}

/** Asks for a password reset link (the answer is the same for any address). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { email: string }) =>
      apiRequest('POST', '/api/auth/password-reset', { body, schema: CheckYourMail }),
  });
}

/** Sets a new password through the link's token. */
export function useResetPassword(token: string) {
  return useMutation({
    mutationFn: (body: { password: string }) =>
      apiRequest('POST', `/api/auth/password-reset/${encodeURIComponent(token)}`, {
        body,
        schema: PasswordChanged,
      }),
  });
}

/** Confirms a new address through the link's token; the person is then signed in. */
export function useVerifyEmail(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('POST', `/api/auth/verify-email/${encodeURIComponent(token)}`, {
        schema: UserEnvelope,
      }),
    onSuccess: ({ user }) => begin(queryClient, user),
  });
}
