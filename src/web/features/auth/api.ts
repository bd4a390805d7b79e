import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuthConfig, CheckYourMail, PasswordChanged } from '../../../contracts/account-mail';
import type { LoginBody, RegisterBody, User, UserEnvelope } from '../../../contracts/accounts';
import { apiAnswer, resetCsrfToken } from '../../lib/api-client';

// Sign-in is a first page: answers are read without Zod (apiAnswer; the server checked them).
type UserEnvelopeAnswer = z.infer<typeof UserEnvelope>;
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
      apiAnswer<UserEnvelopeAnswer>('POST', '/api/auth/login', { body }),
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
      apiAnswer<UserEnvelopeAnswer | z.infer<typeof CheckYourMail>>('POST', '/api/auth/register', {
        body,
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
    queryFn: () => apiAnswer<AuthConfig>('GET', '/api/auth/config'),
    staleTime: Infinity,
  });
}

/** Asks for a password reset link (the answer is the same for any address). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { email: string }) =>
      apiAnswer<z.infer<typeof CheckYourMail>>('POST', '/api/auth/password-reset', { body }),
  });
}

/** Sets a new password through the link's token. */
export function useResetPassword(token: string) {
  return useMutation({
    mutationFn: (body: { password: string }) =>
      apiAnswer<z.infer<typeof PasswordChanged>>(
        'POST',
        `/api/auth/password-reset/${encodeURIComponent(token)}`,
        { body },
      ),
  });
}

/** Confirms a new address through the link's token; the person is then signed in. */
export function useVerifyEmail(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiAnswer<UserEnvelopeAnswer>('POST', `/api/auth/verify-email/${encodeURIComponent(token)}`),
    onSuccess: ({ user }) => begin(queryClient, user),
  });
}
